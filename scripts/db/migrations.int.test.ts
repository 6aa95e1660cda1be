import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { withDatabase } from "~/scripts/db/embedded";
import { applyMigrations, diffMigrationsToSchema, migrationsDir, migrationStatus, readMigrations } from "~/scripts/db/schema-engine";

const adminUrl = inject("pgAdminUrl");
const migrationNames = (await readMigrations()).migrationDirectories.map((d) => d.path);

describe("prisma/migrations", () => {
  it("build exactly the schema in prisma/schema.prisma (no drift)", async () => {
    const sql = await diffMigrationsToSchema(process.env.DATABASE_URL!);
    // Non-empty means schema.prisma changed without a migration: run `npm run db:migration -- <name>`.
    expect(sql).toBe("");
  });

  it("are all applied to the test database, and applying again is a no-op", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
    expect(await migrationStatus(process.env.DATABASE_URL!)).toMatchObject({ applied: migrationNames, pending: [], failed: [] });
  });
});

describe("applyMigrations on an empty database", () => {
  const fresh = `fresh_${process.pid}_${Date.now()}`;
  const url = withDatabase(adminUrl, fresh);
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${fresh}" WITH (FORCE)`));

  it("applies every migration once, recording them as `prisma migrate deploy` does", async () => {
    await admin(`CREATE DATABASE "${fresh}"`);
    expect(await migrationStatus(url)).toMatchObject({ applied: [], pending: migrationNames });

    expect(await applyMigrations(url)).toEqual(migrationNames);
    expect(await applyMigrations(url)).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const admin = (sql: string) => query(adminUrl, sql);
