import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";
import { testDb } from "~/tests/db";
import { uniq } from "~/tests/factories";
import { refusedPackages, writeTempZip, zipFixtureWithManifest } from "~/tests/scorm/zip";

const db = testDb();
const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-scorm-cli-"));

/** Runs the real CLI against this test file's database, as `npm run cli -- courses …` would. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, serverNodeArgs("scripts/cli.ts", ...args), {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: "", PATHWAY_DATA_DIR: dataDir },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each run starts a Node process that loads tsx and Prisma: seconds each on a busy 2-core machine.
describe("npm run cli -- courses import-package", { timeout: 240_000 }, () => {
  it("imports a package as a published course and prints one JSON object; the same file again changes nothing", async () => {
    const code = uniq("CLI-").toUpperCase().slice(0, 16);
    const zip = await writeTempZip(
      zipFixtureWithManifest("scorm2004-multi", (xml) => xml.replace('identifier="pathway-test-scorm2004-multi"', `identifier="${uniq("cli-")}"`)),
      "multi.zip",
    );
    const first = cli("courses", "import-package", zip, "--code", code, "--category", "ETHICS", "--publish", "--json");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ code, standard: "scorm2004", version: "2004 4th Edition", lessons: 2, courseVersion: 1, published: true, unchanged: false });
    const course = await db.course.findUniqueOrThrow({ where: { code }, select: { status: true, category: { select: { code: true } } } });
    expect(course).toEqual({ status: "PUBLISHED", category: { code: "ETHICS" } });
    expect(readdirSync(path.join(dataDir, "scorm")).filter((n) => n !== ".tmp")).toContain(out.packageId);

    const again = cli("courses", "import-package", zip, "--code", code);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing changed");
  });

  it("imports a package whose manifest a third-party packager wrote, taking its code from the manifest identifier", async () => {
    const identifier = uniq("org.example.briefing-");
    const zip = await writeTempZip(
      zipFixtureWithManifest("third-party/travel-briefing-12", (xml) => xml.replace('identifier="org.example.travel-briefing.scorm12"', `identifier="${identifier}"`)),
      "briefing.zip",
    );
    const run = cli("courses", "import-package", zip, "--category", "ETHICS", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { code: string; standard: string; version: string; lessons: number; title: string };
    expect(out).toMatchObject({ standard: "scorm12", version: "1.2", lessons: 1, title: "Before you travel: a security briefing" });
    expect(await db.course.findUnique({ where: { code: out.code }, select: { status: true } })).toEqual({ status: "DRAFT" });
  });

  it("refuses a bad package with exit code 2 and one sentence on stderr, storing nothing", async () => {
    const code = uniq("CLI-").toUpperCase().slice(0, 16);
    const zip = await writeTempZip(refusedPackages.launchFileMissing(), "broken.zip");
    const { code: exit, stdout, stderr } = cli("courses", "import-package", zip, "--code", code, "--json");
    expect(exit).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("error: The launch file “index.html” named in the manifest is not in the package.");
    expect(await db.course.findUnique({ where: { code } })).toBeNull();
  });
});
