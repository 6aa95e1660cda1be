// Bring a database up to date: migrations, reference data and, for demos, the demo organisation.
// Shared by `npm start`, `db migrate`, the e2e server and the integration tests' template database.
import { bootstrap } from "~/server/bootstrap";
import { db, disconnectDb } from "~/server/db";
import { applyMigrations } from "~/scripts/db/schema-engine";

export interface PrepareResult {
  applied: string[];
  seeded: boolean;
}

export async function prepareDatabase(url: string, options: { seedDemoIfEmpty?: boolean; log?: (line: string) => void } = {}): Promise<PrepareResult> {
  const log = options.log ?? (() => {});
  const applied = await applyMigrations(url);
  for (const name of applied) log(`Applied migration ${name}`);
  // The process's one client (server/db.ts) serves the database being prepared, then lets go of it (a template
  // database must be left with no connection).
  const previousUrl = process.env.DATABASE_URL;
  await disconnectDb();
  process.env.DATABASE_URL = url;
  try {
    await bootstrap();
    // The demo organisation goes into an empty database only: never on top of real people.
    if (!options.seedDemoIfEmpty || (await db.staff.count()) > 0) return { applied, seeded: false };
    const seedDemo = await loadSeedDemo();
    if (!seedDemo) {
      log("No demo seed (prisma/seed.ts) yet: starting with an empty database.");
      return { applied, seeded: false };
    }
    await seedDemo();
    return { applied, seeded: true };
  } finally {
    await disconnectDb();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
}

async function loadSeedDemo() {
  try {
    return (await import("~/prisma/seed")).seedDemo;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}
