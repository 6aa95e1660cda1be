import { beforeAll, describe, expect, it } from "vitest";
import {
  addCoach,
  answerCoachingRequest,
  closeCoaching,
  listCoaches,
  logCoachingSession,
  myCoaching,
  requestCoaching,
  setCoachListed,
} from "~/server/mentoring/coaching";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { testDb } from "~/tests/db";
import { actorOf, createActorWithRole, createStaff, uniq } from "~/tests/factories";
import { createCaller } from "~/server/api/root";
import { mentoringStats } from "~/server/mentoring/stats";

const db = testDb();
const T0 = new Date("2026-03-02T09:00:00Z");
const MESSAGE = "I am taking over a team of twelve and would like help with difficult conversations.";
let admin: Actor;

beforeAll(async () => {
  admin = await createActorWithRole(db, "LD_ADMIN");
});

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

/** A staff member L&D has added to the coaching network. */
async function createCoach(o: { fullName?: string } = {}) {
  const staff = await createStaff(db, { fullName: o.fullName ?? `Coach ${uniq()}` });
  const { id } = await addCoach(admin, { employeeId: staff.employeeId, bio: "Executive coach, ICF certified.", languages: ["en", "fr"] });
  return { staff, coachId: id, actor: actorOf(staff) };
}

/** A coachee whose request the coach has accepted. */
async function acceptedCoaching() {
  const coach = await createCoach();
  const coachee = actorOf(await createStaff(db));
  const request = await requestCoaching(coachee, { coachId: coach.coachId, message: MESSAGE }, T0);
  await answerCoachingRequest(coach.actor, { requestId: request.id, accept: true }, T0);
  return { coach, coachee, request };
}

const mailsTo = (to: string) => db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { subject: true, text: true } });

describe("the coaching network", () => {
  it("lists the coaches L&D added, A–Z, and no longer those unlisted", async () => {
    const zed = await createCoach({ fullName: `Zed ${uniq()}` });
    const ada = await createCoach({ fullName: `Ada ${uniq()}` });
    const names = (await listCoaches()).map((c) => c.staff.fullName);
    expect(names.indexOf(ada.staff.fullName)).toBeLessThan(names.indexOf(zed.staff.fullName));
    expect((await listCoaches()).find((c) => c.id === ada.coachId)).toMatchObject({ bio: "Executive coach, ICF certified.", languages: ["en", "fr"], listed: true });

    await setCoachListed(admin, zed.coachId, false);
    expect((await listCoaches()).map((c) => c.id)).not.toContain(zed.coachId);
    expect((await listCoaches({ includeUnlisted: true })).map((c) => c.id)).toContain(zed.coachId);
  });

  it("sorts coaches by name as the reader's language does: 李 before 张 in Chinese, 张 before 李 otherwise", async () => {
    const family = uniq();
    const zhang = await createCoach({ fullName: `张伟${family}` });
    const li = await createCoach({ fullName: `李娜${family}` });
    const order = async (locale: "en" | "zh") => (await listCoaches({}, locale)).map((c) => c.id).filter((id) => id === zhang.coachId || id === li.coachId);
    expect(await order("zh")).toEqual([li.coachId, zhang.coachId]);
    expect(await order("en")).toEqual([zhang.coachId, li.coachId]);
  });

  it("refuses to add an employee number no active staff member has, on that field", async () => {
    const e = await rejection(addCoach(admin, { employeeId: "NO-SUCH-1", bio: "", languages: ["en"] }));
    expect(e).toMatchObject({ code: "NOT_FOUND", key: "mentoring.coaching.noStaff", field: "employeeId" });
    expect(e.message).toBe("No active staff member has the employee number NO-SUCH-1.");
  });
});

describe("asking for coaching", () => {
  it("sends the request to the coach by e-mail with the coachee's message", async () => {
    const coach = await createCoach();
    const coacheeStaff = await createStaff(db, { fullName: `Cora ${uniq()}` });
    await requestCoaching(actorOf(coacheeStaff), { coachId: coach.coachId, message: MESSAGE }, T0);
    const [mail] = await mailsTo(coach.staff.email);
    expect(mail?.subject).toBe(`${coacheeStaff.fullName} asks you for coaching`);
    expect(mail?.text).toContain(MESSAGE);
    expect((await myCoaching(coach.actor)).asCoach?.requests).toMatchObject([{ status: "OPEN", message: MESSAGE, coachee: { fullName: coacheeStaff.fullName } }]);
  });

  it("refuses a second request to the same coach while the first is open or ongoing", async () => {
    const coach = await createCoach();
    const coachee = actorOf(await createStaff(db));
    await requestCoaching(coachee, { coachId: coach.coachId, message: MESSAGE }, T0);
    const e = await rejection(requestCoaching(coachee, { coachId: coach.coachId, message: MESSAGE }, T0));
    expect(e).toMatchObject({ code: "ALREADY_ASKED", key: "mentoring.coaching.alreadyAsked" });
    expect(e.message).toBe(`You already have a request with ${coach.staff.fullName}.`);
    expect(await db.coachingRequest.count({ where: { coacheeId: coachee.id } })).toBe(1);
  });

  it("keeps two requests sent at the same moment to one (the second is refused)", async () => {
    const coach = await createCoach();
    const coachee = actorOf(await createStaff(db));
    const results = await Promise.allSettled([1, 2].map(() => requestCoaching(coachee, { coachId: coach.coachId, message: MESSAGE }, T0)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.coachingRequest.count({ where: { coacheeId: coachee.id } })).toBe(1);
  });

  it("allows a new request once the coaching with that coach is closed", async () => {
    const { coach, coachee, request } = await acceptedCoaching();
    await closeCoaching(coach.actor, request.id);
    await requestCoaching(coachee, { coachId: coach.coachId, message: MESSAGE }, T0);
    expect((await myCoaching(coachee)).asCoachee.map((r) => r.status).sort()).toEqual(["CLOSED", "OPEN"]);
  });

  it("refuses asking oneself, and a coach who is unlisted or has left", async () => {
    const coach = await createCoach();
    expect(await rejection(requestCoaching(coach.actor, { coachId: coach.coachId, message: MESSAGE }, T0))).toMatchObject({ code: "INVALID", key: "mentoring.coaching.askSelf" });

    const coachee = actorOf(await createStaff(db));
    await setCoachListed(admin, coach.coachId, false);
    const unlisted = await rejection(requestCoaching(coachee, { coachId: coach.coachId, message: MESSAGE }, T0));
    expect(unlisted).toMatchObject({ code: "NOT_FOUND", key: "mentoring.coaching.coachNotListed" });
    expect(unlisted.message).toBe("This coach is not listed in the coaching network.");

    const gone = await createCoach();
    await db.staff.update({ where: { id: gone.staff.id }, data: { active: false } });
    expect(await rejection(requestCoaching(coachee, { coachId: gone.coachId, message: MESSAGE }, T0))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("answering and closing", () => {
  it("tells the coachee that the coach accepted, once: a second answer is refused", async () => {
    const coach = await createCoach();
    const coacheeStaff = await createStaff(db);
    const request = await requestCoaching(actorOf(coacheeStaff), { coachId: coach.coachId, message: MESSAGE }, T0);
    expect(await answerCoachingRequest(coach.actor, { requestId: request.id, accept: true }, T0)).toEqual({ id: request.id, status: "ACCEPTED" });
    expect((await mailsTo(coacheeStaff.email)).map((m) => m.subject)).toEqual([`${coach.staff.fullName} accepted your coaching request`]);

    const e = await rejection(answerCoachingRequest(coach.actor, { requestId: request.id, accept: false }, T0));
    expect(e).toMatchObject({ code: "REQUEST_CLOSED", key: "mentoring.coaching.answered" });
    expect(e.message).toBe("This request has already been answered.");
    expect((await myCoaching(actorOf(coacheeStaff))).asCoachee).toMatchObject([{ id: request.id, status: "ACCEPTED" }]);
  });

  it("tells the coachee when the coach declines, and then nothing can be logged or closed", async () => {
    const coach = await createCoach();
    const coacheeStaff = await createStaff(db);
    const request = await requestCoaching(actorOf(coacheeStaff), { coachId: coach.coachId, message: MESSAGE }, T0);
    await answerCoachingRequest(coach.actor, { requestId: request.id, accept: false }, T0);
    expect((await mailsTo(coacheeStaff.email)).map((m) => m.subject)).toEqual([`${coach.staff.fullName} declined your coaching request`]);

    expect(await rejection(logCoachingSession(coach.actor, { requestId: request.id, heldOn: "2026-03-01", hours: "1" }, T0))).toMatchObject({
      code: "REQUEST_CLOSED",
      key: "mentoring.coaching.sessionsNeedOngoing",
    });
    const close = await rejection(closeCoaching(coach.actor, request.id));
    expect(close).toMatchObject({ code: "REQUEST_CLOSED", key: "mentoring.coaching.closeNeedsOngoing" });
    expect(close.message).toBe("Only an ongoing coaching can be closed.");
  });

  it("lets only the addressed coach answer, log or close: anyone else is told it does not exist", async () => {
    const { coachee, request } = await acceptedCoaching();
    const otherCoach = await createCoach();
    for (const attempt of [
      answerCoachingRequest(otherCoach.actor, { requestId: request.id, accept: true }, T0),
      logCoachingSession(coachee, { requestId: request.id, heldOn: "2026-03-01", hours: "1" }, T0),
      closeCoaching(otherCoach.actor, request.id),
    ]) {
      const e = await rejection(attempt);
      expect(e).toMatchObject({ code: "NOT_FOUND", key: "mentoring.coaching.requestNotFound" });
    }
  });
});

describe("sessions and hours", () => {
  it("adds up the hours of the sessions exactly, for the coach and the coachee", async () => {
    const { coach, coachee, request } = await acceptedCoaching();
    expect(await logCoachingSession(coach.actor, { requestId: request.id, heldOn: "2026-02-10", hours: "1.5" }, T0)).toMatchObject({ hours: "1.5" });
    await logCoachingSession(coach.actor, { requestId: request.id, heldOn: "2026-02-24", hours: "0.75" }, T0);
    await logCoachingSession(coach.actor, { requestId: request.id, heldOn: "2026-03-02", hours: "0.1" }, T0);

    expect((await myCoaching(coachee)).asCoachee).toEqual([expect.objectContaining({ id: request.id, coach: coach.staff.fullName, sessions: 3, hours: "2.35" })]);
    const asCoach = (await myCoaching(coach.actor)).asCoach;
    expect(asCoach?.requests).toEqual([
      expect.objectContaining({
        id: request.id,
        hours: "2.35",
        sessions: [
          { id: expect.any(String), heldOn: "2026-03-02", hours: "0.1" },
          { id: expect.any(String), heldOn: "2026-02-24", hours: "0.75" },
          { id: expect.any(String), heldOn: "2026-02-10", hours: "1.5" },
        ],
      }),
    ]);
    expect((await listCoaches()).find((c) => c.id === coach.coachId)?._count.sessions).toBe(3);
  });

  it("refuses a session dated after today, on its date field", async () => {
    const { coach, request } = await acceptedCoaching();
    const e = await rejection(logCoachingSession(coach.actor, { requestId: request.id, heldOn: "2026-03-03", hours: "1" }, T0));
    expect(e).toMatchObject({ code: "INVALID", key: "mentoring.coaching.sessionInFuture", field: "heldOn" });
    expect(e.message).toBe("A session cannot be logged before it happens.");
    expect(await db.coachingSession.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("keeps the hours logged after the coaching is closed, but takes no more", async () => {
    const { coach, coachee, request } = await acceptedCoaching();
    await logCoachingSession(coach.actor, { requestId: request.id, heldOn: "2026-02-10", hours: "2" }, T0);
    expect(await closeCoaching(coach.actor, request.id)).toEqual({ id: request.id, status: "CLOSED" });
    expect(await rejection(logCoachingSession(coach.actor, { requestId: request.id, heldOn: "2026-02-11", hours: "1" }, T0))).toMatchObject({ code: "REQUEST_CLOSED" });
    expect((await myCoaching(coachee)).asCoachee).toMatchObject([{ status: "CLOSED", sessions: 1, hours: "2" }]);
  });

  it("shows a person who is no coach nothing as coach", async () => {
    const person = actorOf(await createStaff(db));
    expect(await myCoaching(person)).toEqual({ asCoachee: [], asCoach: null });
  });

  it("takes hours with either decimal separator through the form's procedure: “1,5” is 1.5 hours, in the coaching figures too", async () => {
    const { coach, coachee, request } = await acceptedCoaching();
    const api = createCaller({ actor: coach.actor });
    expect(await api.coaching.logSession({ requestId: request.id, heldOn: "2026-03-01", hours: "1,5", submissionKey: uniq("form-") })).toMatchObject({ hours: "1.5" });
    expect(await api.coaching.logSession({ requestId: request.id, heldOn: "2026-03-02", hours: " 0.75 ", submissionKey: uniq("form-") })).toMatchObject({ hours: "0.75" });
    expect((await myCoaching(coachee)).asCoachee[0]).toMatchObject({ sessions: 2, hours: "2.25" });
    const stored = await db.coachingSession.findMany({ where: { requestId: request.id }, orderBy: { heldOn: "asc" }, select: { hours: true } });
    expect(stored.map((x) => x.hours.toString())).toEqual(["1.5", "0.75"]);
    // The annual report counts coaching in hours (never rounded to training days).
    const figures = await mentoringStats({ from: "2026-03-01", to: "2026-03-02" });
    expect(Number(figures.coaching.hours)).toBeGreaterThanOrEqual(2.25);
  });

  it("refuses hours that are not a number of hours from 0.25 to 12, and a date after today; nothing is logged", async () => {
    const { coach, request } = await acceptedCoaching();
    const api = createCaller({ actor: coach.actor });
    for (const hours of ["", "abc", "1.5.0", "1,5,0", "0", "0,2", "12.5", "13", "1.555", "-1", "1 000"]) {
      await expect(api.coaching.logSession({ requestId: request.id, heldOn: "2026-03-01", hours, submissionKey: uniq("form-") }), `hours “${hours}”`).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(api.coaching.logSession({ requestId: request.id, heldOn: "2099-01-01", hours: "1", submissionKey: uniq("form-") })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.coaching.logSession({ requestId: request.id, heldOn: "2026-02-30", hours: "1", submissionKey: uniq("form-") })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.coachingSession.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("logs a double-submitted form once, even when both submits arrive together", async () => {
    const { coach, coachee, request } = await acceptedCoaching();
    const input = { requestId: request.id, heldOn: "2026-02-20", hours: "1", submissionKey: uniq("form-") };
    const [a, b] = await Promise.all([logCoachingSession(coach.actor, input, T0), logCoachingSession(coach.actor, input, T0)]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const retry = await logCoachingSession(coach.actor, input, T0);
    expect(retry).toMatchObject({ id: a.id, created: false });
    expect(await db.coachingSession.count({ where: { requestId: request.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "coaching.session.log", entityId: a.id } })).toBe(1);
    // A new form (a new key) is a new session.
    await logCoachingSession(coach.actor, { ...input, submissionKey: uniq("form-") }, T0);
    expect((await myCoaching(coachee)).asCoachee[0]).toMatchObject({ sessions: 2, hours: "2" });
  });
});
