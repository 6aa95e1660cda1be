import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";
import { testDb } from "~/tests/db";
import { createDepartment, createStaff, createCourse, createRequirementRow, retireBootstrapRequirements } from "~/tests/factories";
import { startSmtpSink, type SmtpSink } from "~/tests/smtp-sink";

const db = testDb();
let sink: SmtpSink;

/** Runs the real CLI against this test file's database (asynchronously: the SMTP sink lives in this process). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, serverNodeArgs("scripts/cli.ts", ...args), { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  await retireBootstrapRequirements(db);
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

describe("npm run cli -- jobs", () => {
  it("run-reminders for a given day, again (nothing new), then deliver-mail through SMTP, then status", async () => {
    const dept = await createDepartment(db);
    const learner = await createStaff(db, { departmentId: dept.id });
    const course = await createCourse(db);
    await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-03-31" });

    // The app serves at APP_URL (not localhost:3000): the CLI's mail links there too.
    const first = await cli(["jobs", "run-reminders", "--as-of", "2026-04-20"], { APP_URL: "https://learning.example.org/pathway/" });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Reminders for 2026-04-20 (2026-W17): 1 learners, 0 managers; 1 new messages in the outbox; 1 new enrolments.");
    const reminder = await db.emailMessage.findFirstOrThrow({ where: { to: learner.email } });
    expect(reminder.text).toMatch(/: https:\/\/learning\.example\.org\/pathway\n/);
    expect(reminder.html).toContain('href="https://learning.example.org/pathway"');
    expect(`${reminder.text}${reminder.html}`).not.toContain("localhost");
    const again = await cli(["jobs", "run-reminders", "--as-of", "2026-04-21"]);
    expect(again.stdout).toContain("0 new messages");
    expect(await db.emailMessage.count({ where: { to: learner.email } })).toBe(1);

    const noSmtp = await cli(["jobs", "deliver-mail"], { SMTP_URL: "" });
    expect(noSmtp.code).toBe(2);
    expect(noSmtp.stderr).toContain("SMTP_URL is not set");

    const sent = await cli(["jobs", "deliver-mail"], { SMTP_URL: `${sink.url}?ignoreTLS=true` });
    expect(sent.stdout).toContain("Mail: 1 sent, 0 to retry later, 0 failed.");
    expect(sink.received.map((m) => m.to[0])).toEqual([learner.email]);

    const status = await cli(["jobs", "status"]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("Outbox: 0 pending, 1 sent, 0 failed.");
  });

  it("rejects a malformed date with exit code 2 and writes nothing", async () => {
    const before = await db.emailMessage.count();
    const { code, stderr } = await cli(["jobs", "run-reminders", "--as-of", "2026-02-30"]);
    expect(code).toBe(2);
    expect(stderr).toContain("is not a real calendar date");
    expect(await db.emailMessage.count()).toBe(before);
  });
});
