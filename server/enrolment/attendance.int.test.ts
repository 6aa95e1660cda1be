import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff, createSession } from "~/tests/factories";
import { enrolSelf } from "~/server/enrolment/session-places";
import { markAttendance, sessionRoster } from "~/server/enrolment/attendance";
import { learningHistory } from "~/server/records/history";
import type { Actor } from "~/server/auth/roles";

const db = testDb();
const HOUR = 3_600_000;
const enrolAt = new Date("2026-03-02T10:00:00Z");
// Two mornings of 3.5 hours, Geneva time: 9–12:30 on 9 and 10 March 2026.
const day1 = new Date("2026-03-09T08:00:00Z");
const days = [
  { startsAt: day1, endsAt: new Date(day1.getTime() + 3.5 * HOUR) },
  { startsAt: new Date(day1.getTime() + 24 * HOUR), endsAt: new Date(day1.getTime() + 27.5 * HOUR) },
];
const after = new Date("2026-03-10T12:00:00Z");

async function setUp() {
  const session = await createSession(db, { days, capacity: 5 });
  const learner = await createStaff(db);
  const e = await enrolSelf({ id: learner.id }, session.id, enrolAt);
  const admin = await createActorWithRole(db, "LD_ADMIN");
  return { session, learner, enrollmentId: e.enrollmentId, admin };
}

const mark = (enrollmentId: string, dayId: string, m: "ATTENDED" | "PARTIAL" | "NO_SHOW", hours?: number) => ({ enrollmentId, dayId, mark: m, hours });

describe("attendance", () => {
  it("turns two attended mornings into one ATTENDED ledger row of 0.875 days, dated where the session took place", async () => {
    const { session, learner, enrollmentId, admin } = await setUp();
    const result = await markAttendance(admin, { sessionId: session.id, marks: session.days.map((d) => mark(enrollmentId, d.id, "ATTENDED")) }, after);
    expect(result).toMatchObject({ recorded: 1 });
    const records = await db.trainingRecord.findMany({ where: { staffId: learner.id } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: "ATTENDED", source: "SESSION", sourceKey: `enrolment:${enrollmentId}`, mode: "CLASSROOM" });
    expect(records[0]!.trainingDays.toString()).toBe("0.875");
    expect(records[0]!.startDate.toISOString().slice(0, 10)).toBe("2026-03-09");
    expect(records[0]!.endDate.toISOString().slice(0, 10)).toBe("2026-03-10");
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).state).toBe("ATTENDED");

    const history = await learningHistory(learner.id, "calendar");
    expect(history.years).toEqual([{ year: "2026", label: "2026", trainingDays: "0.875", participations: 1 }]);
  });

  it("records nothing until every day is marked", async () => {
    const { session, learner, enrollmentId, admin } = await setUp();
    const result = await markAttendance(admin, { sessionId: session.id, marks: [mark(enrollmentId, session.days[0]!.id, "ATTENDED")] }, after);
    expect(result).toMatchObject({ recorded: 0, incomplete: 1 });
    expect(await db.trainingRecord.count({ where: { staffId: learner.id } })).toBe(0);
  });

  it("credits the hours of a partial day", async () => {
    const { session, learner, enrollmentId, admin } = await setUp();
    await markAttendance(admin, { sessionId: session.id, marks: [mark(enrollmentId, session.days[0]!.id, "ATTENDED"), mark(enrollmentId, session.days[1]!.id, "PARTIAL", 2)] }, after);
    const record = await db.trainingRecord.findFirstOrThrow({ where: { staffId: learner.id } });
    // 3.5 h + 2 h = 5.5 h = 0.6875 → 0.688 day
    expect(record.trainingDays.toString()).toBe("0.688");
  });

  it("a no-show credits nothing: a NO_SHOW row with 0 days, which reports do not count", async () => {
    const { session, learner, enrollmentId, admin } = await setUp();
    await markAttendance(admin, { sessionId: session.id, marks: session.days.map((d) => mark(enrollmentId, d.id, "NO_SHOW")) }, after);
    const record = await db.trainingRecord.findFirstOrThrow({ where: { staffId: learner.id } });
    expect(record.status).toBe("NO_SHOW");
    expect(record.trainingDays.toString()).toBe("0");
    expect((await learningHistory(learner.id, "calendar")).years).toEqual([]);
  });

  it("marking again revises the same row with an audited revision, never a second row", async () => {
    const { session, learner, enrollmentId, admin } = await setUp();
    await markAttendance(admin, { sessionId: session.id, marks: session.days.map((d) => mark(enrollmentId, d.id, "NO_SHOW")) }, after);
    await markAttendance(admin, { sessionId: session.id, marks: [mark(enrollmentId, session.days[0]!.id, "ATTENDED")], note: "Signed the attendance sheet on day 1" }, after);
    const records = await db.trainingRecord.findMany({ where: { staffId: learner.id }, include: { revisions: true } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: "ATTENDED" });
    expect(records[0]!.trainingDays.toString()).toBe("0.438");
    expect(records[0]!.revisions).toHaveLength(1);
    expect(records[0]!.revisions[0]).toMatchObject({
      actorId: admin.id,
      reason: "Signed the attendance sheet on day 1",
      before: expect.objectContaining({ status: "NO_SHOW", trainingDays: "0" }),
      after: expect.objectContaining({ status: "ATTENDED", trainingDays: "0.438" }),
    });
    // The same marks again change nothing and write no revision.
    await markAttendance(admin, { sessionId: session.id, marks: [mark(enrollmentId, session.days[0]!.id, "ATTENDED")] }, after);
    expect(await db.trainingRecordRevision.count({ where: { recordId: records[0]!.id } })).toBe(1);
  });

  it("is for days that have started, by the trainer or L&D only", async () => {
    const trainer = await createStaff(db);
    const session = await createSession(db, { days, capacity: 5, trainerId: trainer.id });
    const learner = await createStaff(db);
    const { enrollmentId } = await enrolSelf({ id: learner.id }, session.id, enrolAt);
    const trainerActor: Actor = { id: trainer.id, employeeId: trainer.employeeId, email: trainer.email, fullName: trainer.fullName, locale: "en", roles: ["LEARNER"] };
    const someone = await createActorWithRole(db, "MANAGER");
    const marks = session.days.map((d) => mark(enrollmentId, d.id, "ATTENDED"));

    await expect(markAttendance(trainerActor, { sessionId: session.id, marks }, new Date("2026-03-09T09:00:00Z"))).rejects.toMatchObject({ code: "DAY_NOT_STARTED" });
    await expect(markAttendance(someone, { sessionId: session.id, marks }, after)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sessionRoster(someone, session.id, after)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markAttendance(trainerActor, { sessionId: session.id, marks }, after)).resolves.toMatchObject({ recorded: 1 });
    const roster = await sessionRoster(trainerActor, session.id, after);
    expect(roster.participants[0]!.record).toEqual({ trainingDays: "0.875", status: "ATTENDED" });
  });

  it("has no attendance for people on the waiting list", async () => {
    const session = await createSession(db, { days, capacity: 1 });
    const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
    await enrolSelf({ id: a.id }, session.id, enrolAt);
    const waiting = await enrolSelf({ id: b.id }, session.id, enrolAt);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    await expect(
      markAttendance(admin, { sessionId: session.id, marks: [mark(waiting.enrollmentId, session.days[0]!.id, "ATTENDED")] }, after),
    ).rejects.toMatchObject({ code: "NOT_PARTICIPANT" });
  });
});
