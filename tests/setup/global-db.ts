// Integration tests' globalSetup (runs once, in the vitest main process): a throwaway embedded PostgreSQL
// server on a free port, and a template database migrated and bootstrapped once, which every test
// file clones (tests/setup/file-db.ts). Workers get the URLs through provide/inject.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, freePort, startEmbeddedServer, withDatabase } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";

export const TEMPLATE_DATABASE = "pathway_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the test server's `postgres` database. */
    pgAdminUrl: string;
    /** Migrated, bootstrapped database each test file clones. */
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-test-db-"));
  const server = await startEmbeddedServer({ dataDir, port: await freePort(), ephemeral: true });
  const serverReady = Date.now();
  try {
    await createDatabaseIfMissing(server.adminUrl, TEMPLATE_DATABASE);
    await prepareDatabase(withDatabase(server.adminUrl, TEMPLATE_DATABASE));
    // No one may connect to the template any more: a stray session would make every clone fail (55006).
    await adminQuery(server.adminUrl, `ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  if (process.env.PATHWAY_TEST_TIMINGS) {
    console.log(`test database: server ${serverReady - started} ms, template migrated in ${Date.now() - serverReady} ms`);
  }
  project.provide("pgAdminUrl", server.adminUrl);
  project.provide("pgTemplate", TEMPLATE_DATABASE);
  return () => server.stop();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
