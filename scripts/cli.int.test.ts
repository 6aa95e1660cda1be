import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";
import { readMigrations } from "~/scripts/db/schema-engine";


/** Runs the real CLI against this test file's database, as `npm run cli -- …` would. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, serverNodeArgs("scripts/cli.ts", ...args), {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run cli", () => {
  it("db status names the database (password masked), the applied migrations and row counts", async () => {
    const { code, stdout } = cli("db", "status");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Database: postgresql:\/\/pathway:\*\*\*\*@127\.0\.0\.1:\d+\/test_\w+ \(DATABASE_URL\)$/m);
    const names = (await readMigrations()).migrationDirectories.map((d) => d.path);
    expect(stdout).toContain(`Migrations: ${names.length} applied, 0 pending`);
    for (const name of names) expect(stdout).toContain(`applied  ${name}`);
    expect(stdout).toMatch(/^ {2}Category +9$/m); // bootstrap's reference data
  });

  it("db migrate on an up-to-date database applies nothing", () => {
    const { code, stdout } = cli("db", "migrate");
    expect(code).toBe(0);
    expect(stdout).toContain("No pending migrations.");
  });

  it("rejects an unknown command with the usage on stderr and exit code 2", () => {
    const { code, stdout, stderr } = cli("db", "frobnicate");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Unknown command: db frobnicate");
    expect(stderr).toContain("usage: npm run cli -- <group> <command>");
  });

  it("rejects an unknown option with exit code 2", () => {
    const { code, stderr } = cli("db", "status", "--verbose");
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--verbose'");
  });

  it("through npm itself, prints only the report (a program can parse stdout) and a usage error in one line", () => {
    const npm = (...args: string[]) => {
      // npm_config_* from the test runner's own `npm test` would override the project's .npmrc: drop them.
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: "" };
      for (const key of Object.keys(env)) if (key.toLowerCase().startsWith("npm_config_")) delete env[key];
      const r = spawnSync("npm", ["run", "cli", "--", ...args], { cwd: repoRoot, env, encoding: "utf8", timeout: 60_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const ok = npm("report", "training", "--from", "2019-01-01", "--to", "2019-12-31");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ from: "2019-01-01", to: "2019-12-31" });
    const bad = npm("report", "training", "--from", "2019-01-01");
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toEqual(["report training: The end date is required (YYYY-MM-DD)."]);
  });
});
