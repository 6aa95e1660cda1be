import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createCourse, createEnrolment, createMentee, createMentor, createSession, createStaff, recordTraining } from "~/tests/factories";
import { completeLesson, startCourse } from "~/server/courses/player";
import { acceptRequest, sendRequests } from "~/server/mentoring/requests";
import { checkIn } from "~/server/mentoring/pairings";
import { continueLearning, mentoringState, recentCompletions, upcomingSessions } from "~/server/home/learner";
import { pairingsNeedingAction, waitingRequests } from "~/server/home/mentor";
import { navBadges } from "~/server/home/nav-badges";
import { adminWork } from "~/server/home/admin";

const db = testDb();
const T0 = new Date("2026-03-02T09:00:00Z");
const DAY = 86_400_000;
const later = (days: number) => new Date(T0.getTime() + days * DAY);

describe("the learner's home", () => {
  it("continues a course in progress at the first lesson not done, and drops it once completed elsewhere", async () => {
    const learner = await createStaff(db);
    const course = await createCourse(db, { title: "Negotiation basics" });
    const other = await createCourse(db, { title: "Mindfulness at work" });
    await startCourse(actorOf(learner), course.id, {}, T0);
    await completeLesson(actorOf(learner), course.lessonIds[0]!, T0);
    await startCourse(actorOf(learner), other.id, {}, later(1));

    const items = await continueLearning(learner.id);
    // Most recently worked on first: Mindfulness was started after the Negotiation lesson.
    expect(items.map((i) => i.courseTitle)).toEqual(["Mindfulness at work", "Negotiation basics"]);
    const negotiation = items[1]!;
    expect(negotiation).toMatchObject({ lessonsDone: 1, lessons: 4, next: { position: 2, title: "How to act" } });
    expect(items[0]!.next).toMatchObject({ position: 1, title: "Why it matters" });
    // Someone else's progress never shows.
    expect(await continueLearning((await createStaff(db)).id)).toEqual([]);
  });

  it("lists upcoming sessions soonest first, with the join link only for a seat, never past or cancelled ones", async () => {
    const learner = await createStaff(db);
    const asOf = new Date();
    const later = await createSession(db, { startsInDays: 20, delivery: "VIRTUAL" });
    const sooner = await createSession(db, { startsInDays: 5 });
    const waiting = await createSession(db, { startsInDays: 10, delivery: "VIRTUAL" });
    const past = await createSession(db, { startsInDays: -10 });
    const cancelled = await createSession(db, { startsInDays: 3, status: "CANCELLED" });
    for (const s of [later, sooner, past, cancelled]) await createEnrolment(db, { staffId: learner.id, courseId: s.courseId, sessionId: s.id });
    await createEnrolment(db, { staffId: learner.id, courseId: waiting.courseId, sessionId: waiting.id, state: "WAITLISTED" });

    const rows = await upcomingSessions(learner.id, asOf);
    expect(rows.map((r) => r.sessionId)).toEqual([sooner.id, waiting.id, later.id]);
    expect(rows[0]).toMatchObject({ delivery: "IN_PERSON", location: "Room B.12, headquarters", timeZone: "Europe/Zurich", state: "ENROLLED" });
    expect(rows[0]!.days).toHaveLength(2);
    expect(rows[1]).toMatchObject({ state: "WAITLISTED", meetingUrl: null });
    expect(rows[2]).toMatchObject({ state: "ENROLLED", meetingUrl: "https://meet.example.org/test" });
  });

  it("shows MentorNet as the mentee lives it: pending with its expiry, then answered and paired with the next check-in", async () => {
    const mentor = await createMentor(db, { fullName: "Pat Mentor", capacity: 2 });
    const mentee = await createMentee(db, { fullName: "Sam Mentee" });
    expect(await mentoringState(mentee.id, T0)).toMatchObject({ hasMenteeProfile: true, pending: [], pairing: null });

    const [request] = await sendRequests(actorOf(mentee), { mentorIds: [mentor.id], message: "Hello, I would like to work with you on leadership.", durationMonths: 6 }, T0);
    const pending = await mentoringState(mentee.id, later(1));
    expect(pending.pending).toEqual([{ id: request!.id, mentor: "Pat Mentor", expiresAt: expect.any(Date) }]);
    expect(pending.pending[0]!.expiresAt.getTime()).toBeGreaterThan(later(1).getTime());

    await acceptRequest(actorOf(mentor), { requestId: request!.id }, later(2));
    const paired = await mentoringState(mentee.id, later(3));
    expect(paired.pending).toEqual([]);
    expect(paired.answered).toMatchObject([{ status: "ACCEPTED", mentor: "Pat Mentor" }]);
    expect(paired.pairing).toMatchObject({ status: "ACTIVE", mentor: "Pat Mentor", startedOn: "2026-03-04", endsOn: "2026-09-04", next: { kind: "checkIn", due: false } });
    // Past the mid-point the check-in is due; once given, the next step is the planned end.
    const midway = await mentoringState(mentee.id, later(100));
    expect(midway.pairing?.next).toMatchObject({ kind: "checkIn", due: true });
    await checkIn(actorOf(mentee), { pairingId: paired.pairing!.id, onTrack: true, note: "" }, later(100));
    expect((await mentoringState(mentee.id, later(101))).pairing?.next).toEqual({ kind: "end", on: "2026-09-04", due: false });
  });

  it("lists the last counted completions, newest first, and never a no-show", async () => {
    const learner = await createStaff(db);
    const a = await createCourse(db, { title: "Alpha course", lessons: [] });
    const b = await createCourse(db, { title: "Beta course", lessons: [] });
    await recordTraining(db, { staffId: learner.id, course: a, endDate: "2025-05-01" });
    await recordTraining(db, { staffId: learner.id, course: b, endDate: "2026-01-10", trainingDays: "0.438" });
    await recordTraining(db, { staffId: learner.id, course: a, endDate: "2026-02-01", status: "NO_SHOW" });
    const rows = await recentCompletions(learner.id);
    expect(rows.map((r) => [r.courseTitle, r.endDate, r.trainingDays])).toEqual([
      ["Beta course", "2026-01-10", "0.438"],
      ["Alpha course", "2025-05-01", "0.5"],
    ]);
  });
});

describe("the mentor's home", () => {
  it("lists requests waiting with their expiry, pairings needing a check-in, and counts them on the MentorNet badge", async () => {
    const mentor = await createMentor(db, { fullName: "Morgan Mentor", capacity: 3 });
    const first = await createMentee(db, { fullName: "Ada First" });
    const second = await createMentee(db, { fullName: "Bo Second" });
    const [r1] = await sendRequests(actorOf(first), { mentorIds: [mentor.id], message: "Hello, I would like to work with you on leadership.", durationMonths: 6 }, T0);
    const [r2] = await sendRequests(actorOf(second), { mentorIds: [mentor.id], message: "Hello, I would like to work with you on negotiation.", durationMonths: 3 }, later(1));

    const waiting = await waitingRequests(mentor.id, later(2));
    expect(waiting.map((w) => w.mentee)).toEqual(["Ada First", "Bo Second"]);
    expect(waiting[0]!.expiresAt.getTime()).toBeGreaterThan(later(2).getTime());
    const mentorActor = actorOf(mentor, "MENTOR");
    expect(await navBadges(mentorActor, later(2))).toEqual({ "/mentoring": 2 });

    // Accepting the first: one request left; at the mid-point the pairing needs the mentor's check-in.
    await acceptRequest(actorOf(mentor), { requestId: r1!.id }, later(2));
    expect(await pairingsNeedingAction(mentor.id, later(3))).toEqual([]);
    const due = await pairingsNeedingAction(mentor.id, later(100));
    expect(due).toMatchObject([{ role: "MENTOR", partner: "Ada First", need: "CHECK_IN" }]);
    expect(await waitingRequests(mentor.id, later(100))).toEqual([]); // Bo's request expired by then
    expect(await navBadges(mentorActor, later(100))).toEqual({ "/mentoring": 1 });
    void r2;
    // The mentee is waited for too (her own check-in) on her badge; a person with nothing waiting has no badge.
    expect(await navBadges(actorOf(first), later(100))).toEqual({ "/mentoring": 1 });
    expect(await navBadges(actorOf(await createStaff(db)), later(100))).toEqual({});
  });
});

describe("L&D's today's work", () => {
  it("counts sessions waiting for attendance and failed mail (each new one adds one)", async () => {
    const now = new Date();
    const before = await adminWork(now);
    const ended = await createSession(db, { startsInDays: -3 });
    await createEnrolment(db, { staffId: (await createStaff(db)).id, courseId: ended.courseId, sessionId: ended.id });
    // A session over with nobody still ENROLLED (attendance taken) waits for nothing.
    const done = await createSession(db, { startsInDays: -5 });
    await createEnrolment(db, { staffId: (await createStaff(db)).id, courseId: done.courseId, sessionId: done.id, state: "ATTENDED" });
    await db.emailMessage.create({ data: { to: "x@test.example.org", subject: "s", text: "t", status: "FAILED", dedupeKey: `test-failed-${ended.id}` } });
    const round = await db.matchingRound.create({ data: { name: "Spring round", closesOn: new Date(now.getTime() + 10 * DAY), weights: {} } });
    const after = await adminWork(now);
    expect(after.attendance - before.attendance).toBe(1);
    expect(after.failedMail - before.failedMail).toBe(1);
    expect(after.roundsOpen - before.roundsOpen).toBe(1);
    expect(after.escalateAfterDays).toBeGreaterThan(0);
    void round;
  });
});
