import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import nodemailer, { type Transporter } from "nodemailer";
import { testDb } from "~/tests/db";
import { createActorWithRole, createDepartment, createStaff, createCourse, createRequirementRow, recordTraining, retireBootstrapRequirements } from "~/tests/factories";
import { startSmtpSink, type SmtpSink } from "~/tests/smtp-sink";
import { runReminders } from "~/server/compliance/reminders";
import { updateComplianceSettings } from "~/server/compliance/settings";
import { listPeopleStates } from "~/server/compliance/dashboard";
import { deliverPending } from "~/server/mail/delivery";

const db = testDb();
const at = (iso: string) => new Date(`${iso}T06:00:00+01:00`); // the 06:00 Geneva run

let sink: SmtpSink;
let transport: Transporter;

beforeAll(async () => {
  await retireBootstrapRequirements(db);
  sink = await startSmtpSink();
  transport = nodemailer.createTransport({ url: sink.url, ignoreTLS: true } as never);
});
afterAll(async () => {
  transport.close();
  await sink.close();
});
beforeEach(async () => {
  // Every test builds its own organisation slice; requirements of earlier tests no longer apply.
  await db.requirement.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
  await db.emailMessage.deleteMany({});
  sink.received.length = 0;
});

const mailsTo = (email: string) => db.emailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

/** A department with two learners (their manager works elsewhere) and a requirement due 2026-03-31 for it. */
async function scenario() {
  const dept = await createDepartment(db);
  const manager = await createStaff(db, { departmentId: (await createDepartment(db)).id, fullName: "Wen Manager" });
  const amina = await createStaff(db, { departmentId: dept.id, managerId: manager.id, fullName: "Amina Test" });
  const done = await createStaff(db, { departmentId: dept.id, managerId: manager.id, fullName: "Done Already" });
  const course = await createCourse(db, { title: "Working Together" });
  const requirement = await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-03-31" });
  await recordTraining(db, { staffId: done.id, course, endDate: "2026-01-20" });
  return { dept, manager, amina, done, course, requirement };
}

describe("the daily reminder run, with a fixed clock", () => {
  it("reminds a learner from 14 days before the deadline, at most once a week, and never those who completed", async () => {
    const s = await scenario();
    await runReminders(at("2026-03-16")); // 15 days before
    expect(await mailsTo(s.amina.email)).toHaveLength(0);

    await runReminders(at("2026-03-17")); // Tuesday, 14 days before
    const [first] = await mailsTo(s.amina.email);
    expect(first).toMatchObject({ dedupeKey: `reminder:${s.amina.id}:2026-W12`, status: "PENDING" });
    expect(first!.subject).toBe("Mandatory training: 1 course needs your attention");
    expect(first!.text).toContain("Dear Amina Test,");
    expect(first!.text).toContain("Working Together: due by 31 March 2026");
    expect(await mailsTo(s.done.email)).toHaveLength(0);

    // Wednesday to Sunday of the same week: nothing new.
    for (const day of ["2026-03-18", "2026-03-19", "2026-03-22"]) await runReminders(at(day));
    expect(await mailsTo(s.amina.email)).toHaveLength(1);

    // The next week: the second reminder.
    await runReminders(at("2026-03-23"));
    expect((await mailsTo(s.amina.email)).map((m) => m.dedupeKey)).toEqual([`reminder:${s.amina.id}:2026-W12`, `reminder:${s.amina.id}:2026-W13`]);
  });

  it("collects everything due into one message", async () => {
    const s = await scenario();
    const other = await createCourse(db, { title: "Anti-fraud awareness" });
    await createRequirementRow(db, other.id, { audienceKind: "DEPARTMENT", audienceValues: [s.dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-03-20" });
    await runReminders(at("2026-03-24"));
    const mails = await mailsTo(s.amina.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Mandatory training: 1 course is overdue");
    expect(mails[0]!.text).toContain("Anti-fraud awareness: overdue since 20 March 2026 (4 days)");
    expect(mails[0]!.text).toContain("Working Together: due by 31 March 2026");
  });

  it("tells the manager in a weekly digest once someone is 14 days overdue, and lists them for L&D after 30", async () => {
    const s = await scenario();
    await runReminders(at("2026-04-13")); // 13 days overdue
    expect(await mailsTo(s.manager.email)).toHaveLength(0);
    expect((await mailsTo(s.amina.email))[0]!.subject).toBe("Mandatory training: 1 course is overdue");

    await runReminders(at("2026-04-14")); // 14 days overdue, same ISO week
    const digest = await mailsTo(s.manager.email);
    expect(digest).toHaveLength(1);
    expect(digest[0]).toMatchObject({ dedupeKey: `manager-digest:${s.manager.id}:2026-W16` });
    expect(digest[0]!.subject).toBe("Your team: 1 person is overdue with mandatory training");
    expect(digest[0]!.text).toContain("Amina Test: Working Together, overdue since 31 March 2026 (14 days)");
    expect(digest[0]!.text).not.toContain("Done Already");
    expect(await mailsTo(s.amina.email)).toHaveLength(1); // the learner already had this week's message

    const escalated = (asOf: string) => listPeopleStates(asOf, { requirementId: s.requirement.id, state: "OVERDUE", minDaysOverdue: 30, page: 1 });
    expect((await escalated("2026-04-29")).rows).toHaveLength(0);
    expect((await escalated("2026-04-30")).rows.map((r) => [r.fullName, r.daysOverdue, r.manager])).toEqual([["Amina Test", 30, "Wen Manager"]]);
  });

  it("uses L&D's day counts", async () => {
    const s = await scenario();
    const admin = await createActorWithRole(db, "LD_ADMIN");
    await updateComplianceSettings(admin, { remindBeforeDays: 30, managerAfterDays: 3, escalateAfterDays: 10 });
    try {
      await runReminders(at("2026-03-02")); // 29 days before
      expect(await mailsTo(s.amina.email)).toHaveLength(1);
      await runReminders(at("2026-04-03")); // 3 days overdue
      expect(await mailsTo(s.manager.email)).toHaveLength(1);
    } finally {
      await updateComplianceSettings(admin, { remindBeforeDays: 14, managerAfterDays: 14, escalateAfterDays: 30 });
    }
  });

  it("warns before a certification runs out", async () => {
    const s = await scenario();
    const bsafe = await createCourse(db, { title: "BSAFE", validityMonths: 36 });
    await createRequirementRow(db, bsafe.id, { audienceKind: "DEPARTMENT", audienceValues: [s.dept.id], effectiveFrom: "2020-01-01", dueDate: "2020-06-30", validityMonths: 36 });
    await recordTraining(db, { staffId: s.done.id, course: bsafe, endDate: "2023-04-10" });
    await recordTraining(db, { staffId: s.amina.id, course: bsafe, endDate: "2025-01-10" });
    await runReminders(at("2026-03-26")); // 15 days before Done's certification ends
    expect(await mailsTo(s.done.email)).toHaveLength(0);
    await runReminders(at("2026-03-30"));
    const [m] = await mailsTo(s.done.email);
    expect(m!.text).toContain("BSAFE: your certification runs out on 10 April 2026");
  });

  it("a restart sends nothing twice: run twice (also at once), crash after the outbox write, deliver, deliver again", async () => {
    const s = await scenario();
    const first = await runReminders(at("2026-04-20"));
    expect(first.queued).toBeGreaterThanOrEqual(2); // Amina and her manager at least
    // The process dies here, before delivery. On restart the worker runs the day's job again, twice even.
    const [again, concurrently] = await Promise.all([runReminders(at("2026-04-20")), runReminders(at("2026-04-21"))]);
    expect(again.queued + concurrently.queued).toBe(0);
    // A rerun reads only what the week's outbox lacks, yet still reports who has something to be told this week.
    expect(first.learners).toBeGreaterThanOrEqual(1);
    expect(first.managers).toBeGreaterThanOrEqual(1);
    expect({ learners: again.learners, managers: again.managers }).toEqual({ learners: first.learners, managers: first.managers });
    await deliverPending(transport, { from: "Pathway <learning@example.org>" });
    await deliverPending(transport, { from: "Pathway <learning@example.org>" });
    const toAmina = sink.received.filter((m) => m.to[0] === s.amina.email);
    const toManager = sink.received.filter((m) => m.to[0] === s.manager.email);
    expect(toAmina).toHaveLength(1);
    expect(toManager).toHaveLength(1);
    expect(toAmina[0]!.subject).toBe("Mandatory training: 1 course is overdue");
    await runReminders(at("2026-04-22"));
    await deliverPending(transport, { from: "Pathway <learning@example.org>" });
    expect(sink.received.filter((m) => m.to[0] === s.amina.email)).toHaveLength(1);
  });

  it("enrols the people a requirement applies to in its online course (origin REQUIREMENT), once, and not those who completed it", async () => {
    const s = await scenario();
    const enrolments = (staffId: string) => db.enrollment.findMany({ where: { staffId, courseId: s.course.id }, select: { state: true, origin: true, history: { select: { state: true } } } });

    const first = await runReminders(at("2026-03-20"));
    expect(first.enrolled).toBe(1);
    expect(await enrolments(s.amina.id)).toEqual([{ state: "ENROLLED", origin: "REQUIREMENT", history: [{ state: "ENROLLED" }] }]);
    expect(await enrolments(s.done.id)).toEqual([]);
    expect(await enrolments(s.manager.id)).toEqual([]); // not in the department

    // The next day (a retry, a second worker): nobody is enrolled twice.
    expect((await runReminders(at("2026-03-21"))).enrolled).toBe(0);
    expect(await enrolments(s.amina.id)).toHaveLength(1);
  });

  it("enrols a whole large department on the first run (40,000 people: more advisory locks than one transaction may hold)", { timeout: 120_000 }, async () => {
    const dept = await createDepartment(db);
    await db.$executeRaw`
      INSERT INTO "Staff" (id, "employeeId", email, "fullName", gender, grade, "departmentId", "hireDate", "updatedAt")
      SELECT 'big_' || ${dept.id} || '_' || i, 'B' || ${dept.id} || i, 'big' || i || '.' || ${dept.id} || '@example.org', 'Person ' || i, 'F', 'G4', ${dept.id}, date '2020-01-01', now()
      FROM generate_series(1, 40000) i`;
    const course = await createCourse(db, { title: "Anti-fraud awareness" });
    await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], effectiveFrom: "2026-01-01", dueDate: "2026-03-31" });

    expect((await runReminders(at("2026-04-20"))).enrolled).toBe(40_000);
    expect(await db.enrollment.count({ where: { courseId: course.id, origin: "REQUIREMENT", state: "ENROLLED" } })).toBe(40_000);
    expect((await runReminders(at("2026-04-21"))).enrolled).toBe(0);
  });
});
