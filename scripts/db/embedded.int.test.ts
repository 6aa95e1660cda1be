import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, repoRoot, startEmbeddedServer } from "~/scripts/db/embedded";

const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-embedded-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The CLI with no DATABASE_URL: it uses (or starts) the embedded server of `dataDir` on `port`. */
function cli(port: number, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: "", PATHWAY_DATA_DIR: dataDir, PATHWAY_PG_PORT: String(port) };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/cli.ts", ...args], { cwd: repoRoot, env, encoding: "utf8", timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("the embedded PostgreSQL of a checkout", () => {
  it("a command that starts it stops it when done; one that finds it running reuses it and leaves it running; db stop stops it", { timeout: 180_000 }, async () => {
    const port = await freePort();

    const alone = cli(port, "db", "status");
    expect(alone.stderr).toBe("");
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain("(embedded, started for this command)");
    expect(await listening(port)).toBe(false);

    // Another process (the app, say) has it running: the CLI reuses it and does not stop it.
    const app = await startEmbeddedServer({ dataDir, port });
    try {
      const reused = cli(port, "db", "status");
      expect(reused.code).toBe(0);
      expect(reused.stdout).toContain("(embedded, already running)");
      expect(await listening(port)).toBe(true);

      const stop = cli(port, "db", "stop");
      expect(stop.code).toBe(0);
      expect(stop.stdout).toContain(`Stopped the embedded PostgreSQL server (port ${port}`);
      expect(await listening(port)).toBe(false);
      expect(cli(port, "db", "stop").stdout).not.toContain("Stopped");
    } finally {
      await app.release().catch(() => {});
    }
  });
});
