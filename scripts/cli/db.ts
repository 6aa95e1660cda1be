// `db migrate | status | stop`: database operations for developers and operators.
import pg from "pg";
import { embeddedConfig, maskUrl, stopEmbedded } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";
import { migrationStatus } from "~/scripts/db/schema-engine";
import { parseOptions, withDb, type CommandGroup } from "~/scripts/cli/command";

export const db: CommandGroup = {
  migrate: {
    summary: "apply pending migrations, then ensure reference data (idempotent)",
    async run(argv) {
      parseOptions(argv, {});
      await withDb(async (database) => {
        console.log(`Database: ${maskUrl(database.url)}`);
        const { applied } = await prepareDatabase(database.url, { log: console.log });
        if (!applied.length) console.log("No pending migrations.");
        console.log("Reference data is in place.");
      });
    },
  },

  status: {
    summary: "show the database, its migrations and the rows per table",
    async run(argv) {
      parseOptions(argv, {});
      const external = Boolean(process.env.DATABASE_URL);
      return withDb(async (database) => {
        const where = external ? "DATABASE_URL" : database.startedHere ? "embedded, started for this command" : "embedded, already running";
        console.log(`Database: ${maskUrl(database.url)} (${where})`);
        const status = await migrationStatus(database.url);
        console.log(`Migrations: ${status.applied.length} applied, ${status.pending.length} pending${status.failed.length ? `, ${status.failed.length} FAILED` : ""}`);
        for (const name of status.applied) console.log(`  applied  ${name}`);
        for (const name of status.pending) console.log(`  pending  ${name}`);
        for (const name of status.failed) console.log(`  FAILED   ${name}  (fix the database, then mark it rolled back or applied)`);
        for (const name of status.unknown) console.log(`  unknown  ${name}  (applied here, but not in prisma/migrations)`);
        const counts = await rowCounts(database.url);
        if (counts.length) {
          console.log("Rows:");
          const width = Math.max(...counts.map((c) => c.table.length));
          for (const { table, rows } of counts) console.log(`  ${table.padEnd(width)}  ${rows}`);
        }
        return status.failed.length ? 1 : 0;
      });
    },
  },

  stop: {
    summary: "stop the embedded PostgreSQL server of this checkout",
    async run(argv) {
      parseOptions(argv, {});
      const { dataDir, port } = embeddedConfig();
      if (await stopEmbedded()) console.log(`Stopped the embedded PostgreSQL server (port ${port}, data in ${dataDir}).`);
      else console.log(`No embedded PostgreSQL server is running for ${dataDir}.`);
    },
  },
};

/** Exact row counts of the tables in the public schema (pg_stat estimates lag behind on a fresh database). */
async function rowCounts(url: string): Promise<{ table: string; rows: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
    );
    if (!tables.length) return [];
    const union = tables.map((t, i) => `SELECT ${i} AS i, count(*)::int AS n FROM ${client.escapeIdentifier(t.name)}`).join(" UNION ALL ");
    const { rows } = await client.query<{ i: number; n: number }>(union);
    const byIndex = new Map(rows.map((r) => [r.i, r.n]));
    return tables.map((t, i) => ({ table: t.name, rows: byIndex.get(i) ?? 0 }));
  } finally {
    await client.end();
  }
}
