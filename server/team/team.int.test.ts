import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createCourse, createRequirementRow, createStaff, recordTraining, retireBootstrapRequirements } from "~/tests/factories";
import { parseCsv } from "~/lib/csv";
import { en } from "~/messages/en";
import { AppError } from "~/server/errors";
import { teamCompliance, teamTrainingDays } from "~/server/team/compliance";
import { teamCsv, teamCsvFile } from "~/server/team/export";
import { remindTeamMember } from "~/server/team/remind";
import { createCaller } from "~/server/api/root";

const db = testDb();
const AS_OF = "2026-05-15";
const T0 = new Date("2026-05-15T08:00:00Z");
const DAY = 86_400_000;
const COLUMNS = Object.values(en.team.csv).filter((_, i) => i >= 2);

beforeAll(async () => {
  await retireBootstrapRequirements(db);
});

/**
 * Mia manages Dora (compliant), Larry (overdue since 31 March) and Tess, a team lead who manages Una (due: hired
 * recently). Everyone must take Working Together by 31 March 2026 (or 90 days after joining).
 */
async function team() {
  const mia = await createStaff(db, { fullName: "Mia Manager" });
  const dora = await createStaff(db, { fullName: "Dora Done", managerId: mia.id });
  const larry = await createStaff(db, { fullName: "Larry Late", managerId: mia.id });
  const tess = await createStaff(db, { fullName: "Tess Lead", managerId: mia.id });
  const una = await createStaff(db, { fullName: "Una Under", managerId: tess.id, hireDate: new Date(Date.UTC(2026, 3, 1)) });
  const outsider = await createStaff(db, { fullName: "Otto Outside" });
  const course = await createCourse(db, { title: `Working Together ${randomUUID().slice(0, 6)}` });
  const r = await createRequirementRow(db, course.id, { effectiveFrom: "2026-01-01", dueDate: "2026-03-31", dueAfterDays: 90 });
  await recordTraining(db, { staffId: dora.id, course, endDate: "2026-02-10" });
  await recordTraining(db, { staffId: tess.id, course, endDate: "2026-03-01" });
  return { mia, dora, larry, tess, una, outsider, course, r };
}

describe("the team's compliance", () => {
  it("counts compliant, due and overdue with percentages, overdue people first; direct vs all reports down the line", async () => {
    const o = await team();
    const direct = await teamCompliance(o.mia.id, AS_OF, { scope: "direct" });
    expect(direct.people).toBe(3);
    const fig = direct.figures.find((f) => f.requirementId === o.r.id)!;
    expect(fig).toMatchObject({ total: 3, COMPLIANT: 2, DUE: 0, OVERDUE: 1 });
    expect(fig.share.COMPLIANT).toBeCloseTo(2 / 3);
    expect(fig.share.OVERDUE).toBeCloseTo(1 / 3);
    expect(direct.rows.filter((r) => r.requirementId === o.r.id).map((r) => [r.fullName, r.state])).toEqual([
      ["Larry Late", "OVERDUE"],
      ["Dora Done", "COMPLIANT"],
      ["Tess Lead", "COMPLIANT"],
    ]);

    const all = await teamCompliance(o.mia.id, AS_OF, { scope: "all" });
    expect(all.people).toBe(4);
    expect(all.figures.find((f) => f.requirementId === o.r.id)).toMatchObject({ total: 4, COMPLIANT: 2, DUE: 1, OVERDUE: 1, share: { DUE: 0.25, OVERDUE: 0.25, COMPLIANT: 0.5 } });
    const una = all.rows.find((r) => r.staffId === o.una.id)!;
    expect(una).toMatchObject({ state: "DUE", direct: false, manager: "Tess Lead", dueOn: "2026-06-30" });
    expect(all.rows.filter((r) => r.requirementId === o.r.id).map((r) => r.fullName)).toEqual(["Larry Late", "Una Under", "Dora Done", "Tess Lead"]);
    // Nobody outside the line, ever.
    expect(all.rows.some((r) => r.staffId === o.outsider.id)).toBe(false);

    // The state filter narrows the rows, never the figures at a glance.
    const overdue = await teamCompliance(o.mia.id, AS_OF, { scope: "all", state: "OVERDUE" });
    expect(overdue.rows.map((r) => r.fullName)).toEqual(["Larry Late"]);
    expect(overdue.figures).toEqual(all.figures);
  });

  it("sums the team's training days of this calendar year and last from the ledger, exactly, counting completions only", async () => {
    const o = await team();
    const extra = await createCourse(db, { lessons: [], trainingDays: "0.438" });
    await recordTraining(db, { staffId: o.larry.id, course: extra, endDate: "2025-11-03" });
    await recordTraining(db, { staffId: o.una.id, course: extra, endDate: "2026-04-20" });
    await recordTraining(db, { staffId: o.larry.id, course: extra, endDate: "2026-04-21", status: "NO_SHOW" });
    await recordTraining(db, { staffId: o.outsider.id, course: extra, endDate: "2026-04-21" });
    // Direct: Dora's and Tess's Working Together (0.5 each) in 2026, Larry's 0.438 in 2025.
    expect(await teamTrainingDays(o.mia.id, AS_OF, "direct")).toEqual([
      { year: 2026, trainingDays: "1.000", participants: 2 },
      { year: 2025, trainingDays: "0.438", participants: 1 },
    ]);
    expect((await teamTrainingDays(o.mia.id, AS_OF, "all"))[0]).toEqual({ year: 2026, trainingDays: "1.438", participants: 3 });
  });

  it("exports exactly the filtered view as CSV, in the page's order", async () => {
    const o = await team();
    const filter = { scope: "all" as const, requirementId: o.r.id };
    const view = await teamCompliance(o.mia.id, AS_OF, filter);
    const csv = teamCsv(view.rows, { csv: en.team.csv, state: en.compliance.state });
    const lines = parseCsv(csv, { columns: COLUMNS }).rows.map((l) => l.values);
    expect(lines.map((l) => l.Name)).toEqual(view.rows.map((r) => r.fullName));
    expect(lines[0]).toMatchObject({ Name: "Larry Late", State: "Overdue", "Due on": "2026-03-31", "Days overdue": "45" });

    // The route's file: the same rows for the same query string, and only this manager's people.
    const { csv: file, fileName } = await teamCsvFile(o.mia.id, new URLSearchParams({ scope: "all", requirement: o.r.id, state: "OVERDUE" }), en, T0);
    expect(fileName).toBe("team-training-2026-05-15.csv");
    expect(parseCsv(file, { columns: COLUMNS }).rows.map((l) => l.values.Name)).toEqual(["Larry Late"]);
  });
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("reminding a team member", () => {
  it("puts one reminder in the person's outbox, refuses another within 7 days with the date, allows it after, and a double click counts once", async () => {
    const o = await team();
    const mia = actorOf(o.mia, "MANAGER");
    const requestId = randomUUID();
    const first = await remindTeamMember(mia, { staffId: o.larry.id, requirementId: o.r.id, requestId }, T0);
    expect(first.repeated).toBe(false);
    expect(first.nextAllowedOn).toBe("2026-05-22");
    // The same click again (double click, retry): the same reminder, no second mail.
    const again = await remindTeamMember(mia, { staffId: o.larry.id, requirementId: o.r.id, requestId }, new Date(T0.getTime() + 500));
    expect(again).toMatchObject({ reminderId: first.reminderId, repeated: true });
    const mails = await db.emailMessage.findMany({ where: { to: o.larry.email }, select: { subject: true, text: true } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Reminder from Mia Manager: ${o.course.title}`);
    expect(mails[0]!.text).toContain("has been overdue since 31 March 2026 (45 days)");
    expect(mails[0]!.text).toContain(`/courses/${o.course.code}`);
    expect(await db.auditEntry.count({ where: { action: "team.remind", entityId: o.larry.id } })).toBe(1);

    // A new click six days later (by Larry's skip-level or Mia alike): refused, saying when it becomes possible.
    const tooSoon = await refusal(remindTeamMember(mia, { staffId: o.larry.id, requirementId: o.r.id, requestId: randomUUID() }, new Date(T0.getTime() + 6 * DAY)));
    expect(tooSoon.code).toBe("TOO_MANY_REQUESTS");
    expect(tooSoon.message).toBe("This person was reminded about this course on 15 May 2026. You can remind them again from 22 May 2026.");
    // From the seventh day on it goes again.
    const week = await remindTeamMember(mia, { staffId: o.larry.id, requirementId: o.r.id, requestId: randomUUID() }, new Date(T0.getTime() + 7 * DAY));
    expect(week.repeated).toBe(false);
    expect(await db.emailMessage.count({ where: { to: o.larry.email } })).toBe(2);
    // The page shows when the person was last reminded.
    const rows = (await teamCompliance(o.mia.id, "2026-05-22", { scope: "direct", state: "OVERDUE" })).rows;
    expect(rows.find((r) => r.staffId === o.larry.id && r.requirementId === o.r.id)?.lastRemindedAt?.toISOString()).toBe(new Date(T0.getTime() + 7 * DAY).toISOString());
  });

  it("reminds down the line, but refuses another manager's report and someone not due", async () => {
    const o = await team();
    const mia = actorOf(o.mia, "MANAGER");
    await remindTeamMember(mia, { staffId: o.una.id, requirementId: o.r.id, requestId: randomUUID() }, T0);
    // Another manager (Tess's peer elsewhere) cannot remind Mia's people.
    const other = await createStaff(db, { fullName: "Other Manager" });
    await createStaff(db, { managerId: other.id });
    const refused = await refusal(remindTeamMember(actorOf(other, "MANAGER"), { staffId: o.larry.id, requirementId: o.r.id, requestId: randomUUID() }, T0));
    expect(refused.code).toBe("FORBIDDEN");
    // Tess manages Una only, not her own peers.
    expect((await refusal(remindTeamMember(actorOf(o.tess, "MANAGER"), { staffId: o.larry.id, requirementId: o.r.id, requestId: randomUUID() }, T0))).code).toBe("FORBIDDEN");
    expect((await refusal(remindTeamMember(mia, { staffId: o.dora.id, requirementId: o.r.id, requestId: randomUUID() }, T0))).code).toBe("CONFLICT");
    expect(await db.emailMessage.count({ where: { to: { in: [o.larry.email, o.dora.email] } } })).toBe(0);
  });

  it("is reachable through the router by managers only", async () => {
    const o = await team();
    const caller = createCaller({ actor: actorOf(o.mia, "MANAGER") } as never);
    const done = await caller.team.remind({ staffId: o.larry.id, requirementId: o.r.id, requestId: randomUUID() });
    expect(done.repeated).toBe(false);
  });
});
