import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCourse, createSession, createStaff } from "~/tests/factories";
import { enrolSelf, withdraw } from "~/server/enrolment/session-places";
import { enrolPeople, previewEnrolment } from "~/server/enrolment/people";
import { cancelSession, closeWaitlist, getSessionForViewer, listMySessions } from "~/server/enrolment/sessions";
import { sessionRoster } from "~/server/enrolment/attendance";
import { renderError } from "~/server/errors";

const db = testDb();
const asOf = new Date("2026-03-02T10:00:00Z");

describe("a cancelled session says it was cancelled", () => {
  it("closes places as CANCELLED (with the reason), not as people withdrawing, and says so to each person", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const session = await createSession(db, { courseId: course.id, capacity: 2, asOf });
    const [a, b, c, quitter] = await Promise.all([1, 2, 3, 4].map(() => createStaff(db)));
    const q = await enrolSelf({ id: quitter!.id }, session.id, asOf);
    await withdraw({ id: quitter!.id, roles: ["LEARNER"] }, q.enrollmentId, asOf);
    for (const p of [a!, b!, c!]) await enrolSelf({ id: p.id }, session.id, asOf);
    const later = new Date(asOf.getTime() + 3_600_000);

    await cancelSession(admin, { sessionId: session.id, reason: "The trainer is ill." }, later);

    const roster = await sessionRoster(admin, session.id, later);
    // Only the person who left of her own accord withdrew; the three others were told of the cancellation.
    expect(roster.withdrawn.map((e) => e.staff.id)).toEqual([quitter!.id]);
    expect(roster.cancelled.map((e) => e.staff.id).sort()).toEqual([a!.id, b!.id, c!.id].sort());

    const events = await db.enrollmentEvent.findMany({ where: { enrollment: { sessionId: session.id }, state: "CANCELLED" } });
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.note === "The trainer is ill." && e.actorId === admin.id && e.at.getTime() === later.getTime())).toBe(true);

    // The learner's list (and anything built on it, such as a home page) shows the cancellation, its date and reason.
    const [mine] = await listMySessions(c!.id, later);
    expect(mine).toMatchObject({ state: "CANCELLED", session: { status: "CANCELLED", cancelReason: "The trainer is ill.", cancelledAt: later } });
    // Someone who had withdrawn before is not told their place was cancelled.
    expect(await listMySessions(quitter!.id, later)).toEqual([]);
    const viewed = await getSessionForViewer({ id: c!.id, roles: ["LEARNER"] }, session.id, later);
    expect(viewed!.mine!.state).toBe("CANCELLED");

    const mails = await db.emailMessage.findMany({ where: { to: { in: [a!.email, b!.email, c!.email, quitter!.email] }, subject: { startsWith: "Cancelled" } } });
    expect(mails).toHaveLength(3);
    expect(mails[0]!.text).toContain("has been cancelled. Reason: The trainer is ill.");
    expect(mails[0]!.text).not.toMatch(/withdr/i);
  });
});

describe("closing the waiting list of a started session", () => {
  it("tells each person waiting, with the reason; seats stay; nobody joins the list afterwards; closing again does nothing", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { mode: "CLASSROOM", lessons: [] });
    const session = await createSession(db, { courseId: course.id, capacity: 1, asOf });
    await createSession(db, { courseId: course.id, asOf, startsInDays: 21 });
    const [seated, first, second, late] = await Promise.all([1, 2, 3, 4].map(() => createStaff(db)));
    for (const p of [seated!, first!, second!]) await enrolSelf({ id: p.id }, session.id, asOf);
    const afterStart = new Date(session.startsAt.getTime() + 3_600_000);
    // Before this change nothing could take people off the list once the session had started.
    const waiting = await db.enrollment.findFirstOrThrow({ where: { staffId: first!.id, sessionId: session.id } });
    await expect(withdraw(admin, waiting.id, afterStart)).rejects.toMatchObject({ code: "SESSION_STARTED" });

    const result = await closeWaitlist(admin, { sessionId: session.id, reason: "The session has started; no seat came free." }, afterStart);

    expect(result).toEqual({ closed: 2, alreadyClosed: false });
    const states = await db.enrollment.findMany({ where: { sessionId: session.id }, select: { staffId: true, state: true, waitlistPosition: true } });
    const stateOf = new Map(states.map((s) => [s.staffId, s]));
    expect(stateOf.get(seated!.id)!.state).toBe("ENROLLED");
    expect(stateOf.get(first!.id)).toMatchObject({ state: "WAITLIST_CLOSED", waitlistPosition: null });
    expect(stateOf.get(second!.id)).toMatchObject({ state: "WAITLIST_CLOSED", waitlistPosition: null });
    const events = await db.enrollmentEvent.findMany({ where: { enrollment: { sessionId: session.id }, state: "WAITLIST_CLOSED" } });
    expect(events.map((e) => e.note)).toEqual(["The session has started; no seat came free.", "The session has started; no seat came free."]);

    const outbox = await db.emailMessage.findMany({ where: { to: { in: [seated!.email, first!.email, second!.email] }, subject: { startsWith: "Waiting list closed" } } });
    expect(outbox.map((m) => m.to).sort()).toEqual([first!.email, second!.email].sort());
    expect(outbox[0]!.subject).toBe(`Waiting list closed: ${course.title}, 9 March 2026`);
    expect(outbox[0]!.text).toContain("Reason: The session has started; no seat came free.");
    expect(outbox[0]!.text).toMatch(/23 March 2026, Room B\.12, headquarters \(12 seats left\)/);

    const kept = await db.courseSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(kept).toMatchObject({ status: "SCHEDULED", waitlistClosedAt: afterStart, waitlistClosedById: admin.id });
    const [mine] = await listMySessions(first!.id, afterStart);
    expect(mine).toMatchObject({ state: "WAITLIST_CLOSED", session: { waitlistCloseReason: "The session has started; no seat came free." } });

    // Idempotent: again, and nobody is mailed twice.
    expect(await closeWaitlist(admin, { sessionId: session.id, reason: "Once more, by mistake" }, afterStart)).toEqual({ closed: 0, alreadyClosed: true });
    expect(await db.emailMessage.count({ where: { to: { in: [first!.email, second!.email] }, subject: { startsWith: "Waiting list closed" } } })).toBe(2);

    // The session is full and its list closed: L&D adding a walk-in puts nobody on the list, and says why.
    const preview = await previewEnrolment({ target: { kind: "session", sessionId: session.id }, people: { by: "list", text: late!.employeeId } }, afterStart);
    expect(preview).toMatchObject({ willEnrol: 0, willWaitlist: 0, waitlistClosed: 1 });
    const added = await enrolPeople(admin, { target: { kind: "session", sessionId: session.id }, people: { by: "list", text: late!.employeeId } }, afterStart);
    expect(added).toMatchObject({ enrolled: 0, waitlisted: 0 });
    expect(renderError("en", added.rejected[0]!.reason.key, added.rejected[0]!.reason.params)).toBe("cannot join: the session is full and its waiting list is closed");
    expect(await db.enrollment.count({ where: { sessionId: session.id, staffId: late!.id } })).toBe(0);
  });

  it("refuses to close the waiting list of a cancelled session", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const session = await createSession(db, { capacity: 1, asOf });
    await cancelSession(admin, { sessionId: session.id, reason: "Not enough people" }, asOf);
    await expect(closeWaitlist(admin, { sessionId: session.id, reason: "Closing anyway" }, asOf)).rejects.toMatchObject({ code: "SESSION_CANCELLED" });
  });

  it("refuses a learner the waiting list of a full session whose list is closed, before the start too", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const session = await createSession(db, { capacity: 1, asOf });
    const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
    await enrolSelf({ id: a.id }, session.id, asOf);
    await closeWaitlist(admin, { sessionId: session.id, reason: "We keep this session small." }, asOf);
    const viewed = await getSessionForViewer({ id: b.id, roles: ["LEARNER"] }, session.id, asOf);
    expect(viewed).toMatchObject({ canEnrol: false, enrolProblem: { key: "enrolment.selfEnrolment.waitlistClosed" } });
    await expect(enrolSelf({ id: b.id }, session.id, asOf)).rejects.toMatchObject({ code: "ENROLMENT_CLOSED" });
  });
});
