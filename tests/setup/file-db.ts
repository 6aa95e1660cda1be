// Runs in each integration test file's worker before the file is imported: clones the template into a
// database of the file's own (so files run in parallel and never see each other's rows), points
// DATABASE_URL at it before anything imports server/db.ts, and drops it when the file is done.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { withDatabase } from "~/scripts/db/embedded";

const adminUrl = inject("pgAdminUrl");
const template = inject("pgTemplate");
const name = `test_${randomBytes(6).toString("hex")}`;

await withAdmin(async (client) => {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      // 55006 "source database is being accessed by other users": another worker is cloning right now.
      if ((error as { code?: string }).code !== "55006" || attempt >= 40) throw error;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
});
process.env.DATABASE_URL = withDatabase(adminUrl, name);

afterAll(async () => {
  // The app's singleton (server/db.ts) lives on globalThis; close it before its database goes away.
  await (globalThis as { pathwayDb?: { $disconnect(): Promise<void> } }).pathwayDb?.$disconnect();
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
