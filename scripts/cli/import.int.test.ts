import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";
import { testDb } from "~/tests/db";
import { createStaff, uniq } from "~/tests/factories";

const db = testDb();
const dir = mkdtempSync(path.join(tmpdir(), "pathway-import-cli-"));

/** Runs the real CLI against this test file's database, as `npm run cli -- import …` would. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, serverNodeArgs("scripts/cli.ts", ...args), {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const RECORDS = "employee_id,course_code,course_title,category,mode,start_date,end_date,training_days,status";
const STAFF = "employee_id,email,full_name,gender,grade,department,sector,duty_station,hire_date,manager_employee_id";

// Each run starts a Node process that loads tsx and Prisma: seconds each on a busy 2-core machine.
describe("npm run cli -- import", { timeout: 240_000 }, () => {
  it("imports records (exit 0, summary on stdout); the same file again reports everything unchanged", async () => {
    const a = await createStaff(db);
    const code = uniq("CLI-").toUpperCase();
    const f = file("ok.csv", `${RECORDS}\n${a.employeeId},${code},Presentation skills for webinars,COMM,virtual,2020-05-12,2020-05-12,0.25,completed\n`);
    const first = cli("import", "records", f);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain(`Archived courses created: ${code}`);
    expect(first.stdout.trim().split("\n").at(-1)).toBe("Summary: 1 rows read, 1 created, 0 updated, 0 unchanged, 0 rejected.");
    const second = cli("import", "records", f);
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe("Summary: 1 rows read, 0 created, 0 updated, 1 unchanged, 0 rejected.");
    const batches = await db.importBatch.findMany({ where: { fileName: "ok.csv" } });
    expect(batches.map((b) => b.status)).toEqual(["APPLIED", "APPLIED"]);
  });

  it("refuses a file with an invalid row: exit 2, `line N: reason` on stderr, nothing imported", async () => {
    const a = await createStaff(db);
    const code = uniq("BAD-").toUpperCase();
    const f = file("bad.csv", `${RECORDS}\n${a.employeeId},${code},Title,COMM,virtual,2020-05-12,2020-05-12,0.25,completed\nGHOST,${code},Title,COMM,virtual,2020-05-12,2020-05-12,0.25,completed\n`);
    const run = cli("import", "records", f);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 3: unknown employee_id "GHOST"');
    expect(run.stderr).toContain("Import aborted: nothing was changed");
    expect(run.stdout.trim()).toBe("Summary: 2 rows read, 0 created, 0 updated, 0 unchanged, 1 rejected.");
    expect(await db.trainingRecord.count({ where: { staffId: a.id } })).toBe(0);

    const skipping = cli("import", "records", f, "--skip-invalid");
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toContain('line 3: unknown employee_id "GHOST"');
    expect(skipping.stdout.trim().split("\n").at(-1)).toBe("Summary: 2 rows read, 1 created, 0 updated, 0 unchanged, 1 rejected.");
  });

  it("--dry-run on a bad file prints only the errors with their lines and that nothing was changed", async () => {
    const a = await createStaff(db);
    const code = uniq("DRY-").toUpperCase();
    const f = file("dry-bad.csv", `${RECORDS}\n${a.employeeId},${code},New course,COMM,virtual,2020-05-12,2020-05-12,0.25,completed\nGHOST,${code},New course,COMM,virtual,2020-05-12,2020-05-12,0.25,completed\n`);
    const run = cli("import", "records", f, "--dry-run");
    expect(run.code).toBe(2);
    // Before: "Archived courses created: DRY-…" and "1 created" were printed above "nothing was changed".
    expect(run.stdout + run.stderr).not.toContain("created");
    expect(run.stdout + run.stderr).not.toContain("Archived courses");
    expect(run.stderr.trim().split("\n")).toEqual(['line 3: unknown employee_id "GHOST"', "Import aborted: nothing was changed (use --skip-invalid to import the valid rows)."]);
    expect(run.stdout.trim()).toBe("Dry run: 2 rows read, 0 to create, 0 to update, 0 unchanged, 1 rejected. Nothing was changed.");
    expect(await db.course.count({ where: { code } })).toBe(0);
    expect(await db.importBatch.count({ where: { fileName: "dry-bad.csv" } })).toBe(0);

    // A good file in a dry run says what it would create, and creates nothing.
    const good = file("dry-good.csv", `${RECORDS}\n${a.employeeId},${code},New course,COMM,virtual,2020-05-12,2020-05-12,0.25,completed\n`);
    const dry = cli("import", "records", good, "--dry-run");
    expect(dry).toMatchObject({ code: 0, stderr: "" });
    expect(dry.stdout.trim().split("\n")).toEqual([`Archived courses to create: ${code}`, "Dry run: 1 rows read, 1 to create, 0 to update, 0 unchanged, 0 rejected. Nothing was changed."]);
    expect(await db.course.count({ where: { code } })).toBe(0);
  });

  it("imports staff with --mark-missing-as-left accepted only by the staff import", async () => {
    const id = uniq("S");
    const f = file("staff.csv", `${STAFF}\n${id},${id}@example.org,Ana Souza,F,P2,HRMD,,Rio de Janeiro,2021-02-01,\n`);
    const dry = cli("import", "staff", f, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Duty stations to create: Rio de Janeiro");
    expect(dry.stdout).not.toContain("created");
    expect(dry.stdout.trim().split("\n").at(-1)).toBe("Dry run: 1 rows read, 1 to create, 0 to update, 0 unchanged, 0 rejected. Nothing was changed.");
    expect(await db.staff.count({ where: { employeeId: id } })).toBe(0);
    const run = cli("import", "staff", f);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Duty stations created: Rio de Janeiro");
    expect(await db.staff.count({ where: { employeeId: id } })).toBe(1);
    const wrong = cli("import", "records", f, "--mark-missing-as-left");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--mark-missing-as-left'");
  });

  it("exits 2 for a missing file, a wrong header or no file at all", () => {
    expect(cli("import", "records", path.join(dir, "nope.csv"))).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file") });
    const header = cli("import", "staff", file("header.csv", "id,name\n1,x\n"));
    expect(header.code).toBe(2);
    expect(header.stderr).toContain("line 1: the header does not match; missing columns: employee_id, email");
    expect(cli("import", "staff").code).toBe(2);
  });
});
