import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createDepartment, createStaff, createCourse, createSession, seatPeople } from "~/tests/factories";
import { enrolSelf, withdraw } from "~/server/enrolment/session-places";
import { enrolPeople, previewEnrolment } from "~/server/enrolment/people";
import { cancelSession, listMySessions, updateSession, getSessionForEditing } from "~/server/enrolment/sessions";
import { AppError } from "~/server/errors";

const db = testDb();
const asOf = new Date("2026-03-02T10:00:00Z");

describe("seats under concurrency", () => {
  it("gives the last 3 seats to exactly 3 of 50 simultaneous learners and queues the other 47 in order", async () => {
    const session = await createSession(db, { capacity: 12, asOf });
    await seatPeople(db, session.id, 9);
    const learners = await Promise.all(Array.from({ length: 50 }, () => createStaff(db)));

    const outcomes = await Promise.all(learners.map((l) => enrolSelf({ id: l.id }, session.id, asOf)));

    expect(outcomes.filter((o) => o.outcome === "ENROLLED")).toHaveLength(3);
    expect(outcomes.filter((o) => o.outcome === "WAITLISTED")).toHaveLength(47);
    const rows = await db.enrollment.findMany({ where: { sessionId: session.id }, select: { state: true, waitlistPosition: true, createdAt: true } });
    expect(rows.filter((r) => r.state === "ENROLLED")).toHaveLength(12);
    const waiting = rows.filter((r) => r.state === "WAITLISTED").sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    // Positions 1…47 without gaps or repeats, handed out in the order the transactions took the lock.
    expect(waiting.map((w) => w.waitlistPosition)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    for (let i = 1; i < waiting.length; i++) expect(waiting[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(waiting[i - 1]!.createdAt.getTime());
    // Every waiting learner was told their place: 1 to 47.
    const ranks = outcomes.flatMap((o) => (o.outcome === "WAITLISTED" ? [o.waitlistRank] : [])).sort((a, b) => a! - b!);
    expect(ranks).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
  });

  it("enrols a person once however often they click", async () => {
    const session = await createSession(db, { capacity: 5, asOf });
    const learner = await createStaff(db);
    const results = await Promise.all([1, 2, 3, 4].map(() => enrolSelf({ id: learner.id }, session.id, asOf)));
    expect(new Set(results.map((r) => r.enrollmentId)).size).toBe(1);
    expect(await db.enrollment.count({ where: { sessionId: session.id, staffId: learner.id } })).toBe(1);
  });
});

describe("withdrawing and the waiting list", () => {
  it("promotes the first person waiting when someone withdraws, and e-mails them", async () => {
    const session = await createSession(db, { capacity: 2, asOf });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createStaff(db)));
    const ea = await enrolSelf({ id: a!.id }, session.id, asOf);
    await enrolSelf({ id: b!.id }, session.id, asOf);
    const ec = await enrolSelf({ id: c!.id }, session.id, asOf);
    const ed = await enrolSelf({ id: d!.id }, session.id, asOf);
    expect([ec.outcome, ed.outcome]).toEqual(["WAITLISTED", "WAITLISTED"]);

    const result = await withdraw({ id: a!.id, roles: ["LEARNER"] }, ea.enrollmentId, asOf);

    expect(result.promoted).toEqual([ec.enrollmentId]);
    const states = await db.enrollment.findMany({ where: { sessionId: session.id }, select: { staffId: true, state: true, waitlistPosition: true } });
    const stateOf = new Map(states.map((s) => [s.staffId, s]));
    expect(stateOf.get(a!.id)!.state).toBe("WITHDRAWN");
    expect(stateOf.get(c!.id)).toMatchObject({ state: "ENROLLED", waitlistPosition: null });
    expect(stateOf.get(d!.id)!.state).toBe("WAITLISTED");
    const mail = await db.emailMessage.findMany({ where: { to: c!.email } });
    expect(mail.map((m) => m.subject)).toContain(`A seat is yours: Test course ${(await db.course.findUniqueOrThrow({ where: { id: session.courseId } })).code}, 9 March 2026`);
    const [mine] = await listMySessions(d!.id, asOf);
    expect(mine!.waitlistRank).toBe(1);
  });

  it("lets nobody withdraw once the session has started", async () => {
    const session = await createSession(db, { capacity: 2, asOf });
    const learner = await createStaff(db);
    const e = await enrolSelf({ id: learner.id }, session.id, asOf);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const afterStart = new Date(session.startsAt.getTime() + 60_000);
    await expect(withdraw({ id: learner.id, roles: ["LEARNER"] }, e.enrollmentId, afterStart)).rejects.toMatchObject({ code: "SESSION_STARTED" });
    await expect(withdraw(admin, e.enrollmentId, afterStart)).rejects.toMatchObject({ code: "SESSION_STARTED" });
  });

  it("does not let a learner withdraw someone else", async () => {
    const session = await createSession(db, { capacity: 2, asOf });
    const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
    const e = await enrolSelf({ id: a.id }, session.id, asOf);
    await expect(withdraw({ id: b.id, roles: ["LEARNER"] }, e.enrollmentId, asOf)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("closes self-enrolment at the deadline and refuses a second seat in the same course", async () => {
    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const s1 = await createSession(db, { courseId: course.id, asOf, enrolmentDeadline: new Date(asOf.getTime() + 86_400_000) });
    const s2 = await createSession(db, { courseId: course.id, asOf, startsInDays: 14 });
    const learner = await createStaff(db);
    await expect(enrolSelf({ id: learner.id }, s1.id, new Date(asOf.getTime() + 2 * 86_400_000))).rejects.toMatchObject({ code: "ENROLMENT_CLOSED" });
    await enrolSelf({ id: learner.id }, s2.id, asOf);
    const err = await enrolSelf({ id: learner.id }, s1.id, asOf).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).userMessage).toMatch(/already have a place in the session of 16 March 2026/);
  });
});

describe("L&D enrolment of a list or an audience", () => {
  it("enrols all P4 of a department, seats first then the waiting list, and reports the rest", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const dept = await createDepartment(db, "Patent Law Division (test)");
    const p4s = await Promise.all([1, 2, 3, 4, 5].map(() => createStaff(db, { grade: "P4", departmentId: dept.id })));
    await createStaff(db, { grade: "P3", departmentId: dept.id });
    await createStaff(db, { grade: "P4", departmentId: dept.id, active: false });
    const session = await createSession(db, { capacity: 3, asOf });
    const input = { target: { kind: "session" as const, sessionId: session.id }, people: { by: "audience" as const, filter: { grades: ["P4"], departmentIds: [dept.id], sectorIds: [], dutyStationIds: [] } } };

    const preview = await previewEnrolment(input, asOf);
    expect(preview).toMatchObject({ matched: 5, willEnrol: 3, willWaitlist: 2, seatsLeft: 3 });
    expect(await db.enrollment.count({ where: { sessionId: session.id } })).toBe(0);

    const result = await enrolPeople(admin, input, asOf);
    expect(result).toMatchObject({ enrolled: 3, waitlisted: 2, already: 0, rejected: [] });
    const again = await enrolPeople(admin, input, asOf);
    expect(again).toMatchObject({ enrolled: 0, waitlisted: 0, already: 5 });
    const emails = await db.emailMessage.count({ where: { to: { in: p4s.map((p) => p.email) } } });
    expect(emails).toBe(5);
  });

  it("enrols a pasted list in order and names what it did not recognise", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
    const session = await createSession(db, { capacity: 1, asOf });
    const result = await enrolPeople(
      admin,
      { target: { kind: "session", sessionId: session.id }, people: { by: "list", text: `${b.employeeId}\n${a.email.toUpperCase()}; nobody@example.org` } },
      asOf,
    );
    expect(result).toMatchObject({ enrolled: 1, waitlisted: 1, unknown: ["nobody@example.org"] });
    const first = await db.enrollment.findFirstOrThrow({ where: { sessionId: session.id, staffId: b.id } });
    expect(first.state).toBe("ENROLLED");
  });
});

describe("changing and cancelling a session", () => {
  it("keeps a cancelled session, closes its places and offers the course's other sessions by e-mail", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const session = await createSession(db, { courseId: course.id, capacity: 1, asOf });
    await createSession(db, { courseId: course.id, asOf, startsInDays: 21 });
    const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
    await enrolSelf({ id: a.id }, session.id, asOf);
    await enrolSelf({ id: b.id }, session.id, asOf);

    const result = await cancelSession(admin, { sessionId: session.id, reason: "The trainer is ill." }, asOf);

    expect(result).toEqual({ notified: 2, alternatives: 1 });
    const kept = await db.courseSession.findUniqueOrThrow({ where: { id: session.id }, include: { enrollments: true } });
    expect(kept).toMatchObject({ status: "CANCELLED", cancelReason: "The trainer is ill.", sequence: 1 });
    expect(kept.enrollments.map((e) => e.state)).toEqual(["CANCELLED", "CANCELLED"]);
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: b.email, subject: { startsWith: "Cancelled" } } });
    expect(mail.text).toContain("The trainer is ill.");
    expect(mail.text).toMatch(/23 March 2026, Room B\.12, headquarters \(12 seats left\)/);
    await expect(cancelSession(admin, { sessionId: session.id, reason: "Again, twice" }, asOf)).rejects.toMatchObject({ code: "SESSION_CANCELLED" });
  });

  it("promotes the waiting list when L&D adds seats, and refuses fewer seats than people enrolled", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const session = await createSession(db, { capacity: 1, asOf });
    const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
    await enrolSelf({ id: a.id }, session.id, asOf);
    await enrolSelf({ id: b.id }, session.id, asOf);
    const form = (await getSessionForEditing(session.id))!;
    const base = { ...form, location: form.location, meetingUrl: null, trainer: null, trainerName: null, enrolmentDeadline: null, notes: "", delivery: form.delivery, language: "en" as const, timeZone: "Europe/Zurich" as const };

    const result = await updateSession(admin, { ...base, capacity: 2 }, asOf);
    expect(result.promoted).toBe(1);
    expect(await db.enrollment.count({ where: { sessionId: session.id, state: "ENROLLED" } })).toBe(2);
    await expect(updateSession(admin, { ...base, capacity: 1 }, asOf)).rejects.toMatchObject({ code: "CAPACITY_BELOW_ENROLLED" });
  });
});
