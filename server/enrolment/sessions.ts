import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import { sessionSnapshot } from "~/server/audit/snapshots";
import type { Actor } from "~/server/auth/roles";
import type { Locale } from "~/lib/i18n/locales";
import { localizeCourse } from "~/lib/courses/i18n";
import { localizeCategoryName } from "~/lib/categories/i18n";
import type { Prisma } from "~/server/generated/prisma/client";
import type { EnrollmentState } from "~/server/generated/prisma/enums";
import type { CancelSessionInput, CloseWaitlistInput, CreateSessionInput, UpdateSessionInput } from "~/lib/schemas/enrolment";
import { buildSchedule, deadlineInstant, minutesBetween, SESSION_COURSE_MODES, type Schedule } from "~/server/enrolment/schedule";
import { zonedDate, zonedTime } from "~/server/enrolment/zoned-time";
import { canTakeAttendance, isLdAdmin } from "~/server/enrolment/policy";
import { enrolmentClosesAt, lockSession, promoteFromWaitlist, SEAT_TX, selfEnrolmentProblem, sessionWhere } from "~/server/enrolment/session-places";
import { transitionEnrollment } from "~/server/enrolment/transition-enrollment";
import { firstDayText, otherSessionsText, queueEnrolmentMails, scheduleText, whereValues } from "~/server/enrolment/mail";

/** Seats taken: people enrolled, and after the start those whose attendance is recorded. */
const SEATED: EnrollmentState[] = ["ENROLLED", "ATTENDED", "NO_SHOW"];

const LIST_SELECT = {
  id: true,
  delivery: true,
  location: true,
  language: true,
  timeZone: true,
  capacity: true,
  status: true,
  startsAt: true,
  endsAt: true,
  enrolmentDeadline: true,
  trainingDays: true,
  cancelReason: true,
  cancelledAt: true,
  waitlistClosedAt: true,
  waitlistCloseReason: true,
  trainerName: true,
  trainer: { select: { fullName: true } },
  course: { select: { id: true, code: true, title: true, summary: true, baseLocale: true, translations: true, mode: true, status: true, category: { select: { name: true, translations: true } } } },
  days: { select: { id: true, dayNumber: true, startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
  _count: { select: { enrollments: { where: { state: { in: SEATED } } } } },
} satisfies Prisma.CourseSessionSelect;

type ListRow = Prisma.CourseSessionGetPayload<{ select: typeof LIST_SELECT }>;

async function waitlistCounts(sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db.enrollment.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds }, state: "WAITLISTED" }, _count: true });
  return new Map(rows.map((r) => [r.sessionId!, r._count]));
}

/** A session as lists show it, the course's title and category in the reader's language. */
function present(row: ListRow, waiting: number, locale: Locale = "en") {
  const taken = row._count.enrollments;
  return {
    id: row.id,
    course: {
      id: row.course.id,
      code: row.course.code,
      title: localizeCourse(row.course, locale).title,
      mode: row.course.mode,
      category: localizeCategoryName(row.course.category.name, row.course.category.translations, locale),
    },
    delivery: row.delivery,
    where: sessionWhere(row),
    location: row.location,
    language: row.language,
    timeZone: row.timeZone,
    capacity: row.capacity,
    status: row.status,
    cancelReason: row.cancelReason,
    cancelledAt: row.cancelledAt,
    waitlistClosedAt: row.waitlistClosedAt,
    waitlistCloseReason: row.waitlistCloseReason,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    enrolmentClosesAt: enrolmentClosesAt(row),
    trainingDays: row.trainingDays.toString(),
    trainer: row.trainer?.fullName ?? row.trainerName ?? null,
    days: row.days,
    enrolled: taken,
    waitlisted: waiting,
    seatsLeft: Math.max(0, row.capacity - taken),
  };
}

export type SessionSummary = ReturnType<typeof present>;

/** Courses an L&D admin can schedule sessions for. */
export async function sessionCourseOptions() {
  return db.course.findMany({
    where: { mode: { in: [...SESSION_COURSE_MODES] }, status: { in: ["DRAFT", "PUBLISHED"] } },
    orderBy: { title: "asc" },
    select: { id: true, code: true, title: true, mode: true, status: true },
  });
}

async function resolveTrainer(tx: Tx, trainer: string | null | undefined): Promise<string | null> {
  if (!trainer) return null;
  const key = trainer.trim();
  const staff = await tx.staff.findFirst({
    where: key.includes("@") ? { email: key.toLowerCase() } : { employeeId: key },
    select: { id: true, active: true },
  });
  if (!staff || !staff.active) {
    throw new AppError("INVALID", "enrolment.trainerUnknown", { key }, { field: "trainer" });
  }
  return staff.id;
}

function checkPlace(input: { delivery: "IN_PERSON" | "VIRTUAL"; location?: string | null; meetingUrl?: string | null }) {
  if (input.delivery === "IN_PERSON" && !input.location) throw new AppError("INVALID", "enrolment.locationMissing", {}, { field: "location" });
  if (input.delivery === "VIRTUAL" && !input.meetingUrl) throw new AppError("INVALID", "enrolment.meetingUrlMissing", {}, { field: "meetingUrl" });
}

function checkDeadline(deadline: string | null | undefined, schedule: Schedule, timeZone: string) {
  if (!deadline) return;
  if (deadline > zonedDate(schedule.endsAt, timeZone)) {
    throw new AppError("INVALID", "enrolment.deadlineAfterEnd", {}, { field: "enrolmentDeadline" });
  }
}

/** Schedules a session of a classroom, virtual or blended course. Past dates are allowed: L&D also records sessions that took place. */
export async function createSession(actor: Actor, input: CreateSessionInput) {
  const course = await db.course.findUnique({ where: { id: input.courseId }, select: { id: true, mode: true, status: true, title: true } });
  if (!course) throw new AppError("NOT_FOUND", "enrolment.courseNotFound", {}, { field: "courseId" });
  if (!SESSION_COURSE_MODES.includes(course.mode)) throw new AppError("INVALID", "enrolment.courseWithoutSessions", {}, { field: "courseId" });
  if (course.status === "RETIRED" || course.status === "ARCHIVED") throw new AppError("INVALID", "enrolment.courseNotOffered", {}, { field: "courseId" });
  checkPlace(input);
  const schedule = buildSchedule(input.days, input.timeZone);
  checkDeadline(input.enrolmentDeadline, schedule, input.timeZone);
  return db.$transaction(async (tx) => {
    const trainerId = await resolveTrainer(tx, input.trainer);
    const session = await tx.courseSession.create({
      data: {
        courseId: course.id,
        delivery: input.delivery,
        location: input.location ?? null,
        meetingUrl: input.meetingUrl ?? null,
        trainerId,
        trainerName: input.trainerName ?? null,
        capacity: input.capacity,
        language: input.language,
        timeZone: input.timeZone,
        enrolmentDeadline: deadlineInstant(input.enrolmentDeadline, input.timeZone),
        startsAt: schedule.startsAt,
        endsAt: schedule.endsAt,
        trainingDays: schedule.trainingDays,
        notes: input.notes,
        days: { create: schedule.days.map((d) => ({ dayNumber: d.dayNumber, startsAt: d.startsAt, endsAt: d.endsAt })) },
      },
      select: { id: true },
    });
    await audit(tx, actor, "session.create", "CourseSession", session.id, {
      data: { courseId: course.id, days: schedule.days.length, capacity: input.capacity },
      after: {
        course: course.title,
        ...sessionSnapshot({ ...input, status: "SCHEDULED", ...schedule, enrolmentDeadline: deadlineInstant(input.enrolmentDeadline, input.timeZone), location: input.location ?? null }),
      },
    });
    return session;
  });
}

/**
 * Changes a session. The days can change until attendance is taken; a changed time or place raises the calendar
 * sequence and tells everyone enrolled or waiting. More seats promote people from the waiting list; fewer seats
 * than people enrolled are refused.
 */
export async function updateSession(actor: Actor, input: UpdateSessionInput, asOf: Date = new Date()) {
  checkPlace(input);
  const schedule = buildSchedule(input.days, input.timeZone);
  checkDeadline(input.enrolmentDeadline, schedule, input.timeZone);
  return db.$transaction(async (tx) => {
    const locked = await lockSession(tx, input.sessionId);
    if (locked.status === "CANCELLED") throw new AppError("SESSION_CANCELLED", "enrolment.cancelledUnchangeable");
    const before = await tx.courseSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { timeZone: true, location: true, meetingUrl: true, delivery: true, days: { select: { id: true, dayNumber: true, startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } } },
    });
    const scheduleChanged =
      before.timeZone !== input.timeZone ||
      before.days.length !== schedule.days.length ||
      before.days.some((d, i) => d.startsAt.getTime() !== schedule.days[i]!.startsAt.getTime() || d.endsAt.getTime() !== schedule.days[i]!.endsAt.getTime());
    const placeChanged = before.delivery !== input.delivery || before.location !== (input.location ?? null) || before.meetingUrl !== (input.meetingUrl ?? null);
    if (scheduleChanged) {
      const marked = await tx.sessionAttendance.count({ where: { day: { sessionId: input.sessionId } } });
      if (marked > 0) throw new AppError("ATTENDANCE_TAKEN", "enrolment.attendanceTaken", {}, { field: "days" });
    }
    const enrolled = await tx.enrollment.count({ where: { sessionId: input.sessionId, state: { in: SEATED } } });
    if (input.capacity < enrolled) {
      throw new AppError("CAPACITY_BELOW_ENROLLED", "enrolment.capacityBelowEnrolled", { enrolled }, { field: "capacity" });
    }
    const trainerId = await resolveTrainer(tx, input.trainer);
    const notify = scheduleChanged || placeChanged;
    const updated = await tx.courseSession.update({
      where: { id: input.sessionId },
      data: {
        delivery: input.delivery,
        location: input.location ?? null,
        meetingUrl: input.meetingUrl ?? null,
        trainerId,
        trainerName: input.trainerName ?? null,
        capacity: input.capacity,
        language: input.language,
        timeZone: input.timeZone,
        enrolmentDeadline: deadlineInstant(input.enrolmentDeadline, input.timeZone),
        notes: input.notes,
        ...(scheduleChanged ? { startsAt: schedule.startsAt, endsAt: schedule.endsAt, trainingDays: schedule.trainingDays } : {}),
        ...(notify ? { sequence: { increment: 1 } } : {}),
      },
      select: { id: true, sequence: true },
    });
    if (scheduleChanged) {
      await tx.sessionDay.deleteMany({ where: { sessionId: input.sessionId } });
      await tx.sessionDay.createMany({
        data: schedule.days.map((d) => ({ sessionId: input.sessionId, dayNumber: d.dayNumber, startsAt: d.startsAt, endsAt: d.endsAt })),
      });
    }
    const session = await lockSession(tx, input.sessionId);
    if (notify && asOf < session.endsAt) {
      const people = await tx.enrollment.findMany({
        where: { sessionId: input.sessionId, state: { in: ["ENROLLED", "WAITLISTED"] } },
        select: { id: true, staff: { select: { email: true, fullName: true, locale: true } } },
      });
      await queueEnrolmentMails(
        tx,
        people.map((p) => ({
          to: p.staff.email,
          locale: p.staff.locale,
          template: "updated" as const,
          values: { name: p.staff.fullName, course: session.course.title, schedule: scheduleText(session.days, session.timeZone, p.staff.locale), ...whereValues(sessionWhere(session)) },
          path: `/sessions/${session.id}`,
          dedupeKey: `session-updated:${session.id}:${updated.sequence}:${p.id}`,
        })),
      );
    }
    const promoted = await promoteFromWaitlist(tx, session, actor.id, asOf);
    await audit(tx, actor, "session.update", "CourseSession", input.sessionId, {
      data: { scheduleChanged, placeChanged, capacity: input.capacity, promoted: promoted.length },
      before: sessionSnapshot(locked),
      after: sessionSnapshot(session),
    });
    return { id: updated.id, promoted: promoted.length, notified: notify };
  }, SEAT_TX);
}

/**
 * Cancels a session that has not started: it stays (cancelled, with the reason), its enrolments and waiting list
 * are closed as CANCELLED (L&D's act, never counted as people withdrawing), and each person is e-mailed, in their
 * language, the reason and the course's other upcoming sessions. Nothing is deleted.
 */
export async function cancelSession(actor: Actor, input: CancelSessionInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, input.sessionId);
    if (session.status === "CANCELLED") throw new AppError("SESSION_CANCELLED", "enrolment.alreadyCancelled");
    if (asOf >= session.startsAt) throw new AppError("SESSION_STARTED", "enrolment.cancelAfterStart");
    await tx.courseSession.update({
      where: { id: session.id },
      data: { status: "CANCELLED", cancelledAt: asOf, cancelledById: actor.id, cancelReason: input.reason, sequence: { increment: 1 } },
    });
    const people = await tx.enrollment.findMany({
      where: { sessionId: session.id, state: { in: ["ENROLLED", "WAITLISTED"] } },
      select: { id: true, staff: { select: { email: true, fullName: true, locale: true } } },
    });
    // The event's note is the reason itself: the state already says the session was cancelled.
    await transitionEnrollment(tx, people.map((p) => p.id), "CANCELLED", { actorId: actor.id, asOf, note: input.reason });
    const others = await upcomingSessionsOfCourse(tx, session.courseId, asOf, session.id);
    await queueEnrolmentMails(
      tx,
      people.map((p) => ({
        to: p.staff.email,
        locale: p.staff.locale,
        template: "cancelled" as const,
        values: {
          name: p.staff.fullName,
          course: session.course.title,
          date: firstDayText(session.startsAt, session.timeZone, p.staff.locale),
          reason: input.reason,
          alternatives: otherSessionsText(others, p.staff.locale),
        },
        path: `/sessions?course=${encodeURIComponent(session.course.code)}`,
        dedupeKey: `session-cancelled:${session.id}:${p.id}`,
      })),
    );
    await audit(tx, actor, "session.cancel", "CourseSession", session.id, {
      reason: input.reason,
      data: { notified: people.length },
      before: { status: session.status },
      after: { status: "CANCELLED" },
    });
    return { notified: people.length, alternatives: others.length };
  }, SEAT_TX);
}

/**
 * Closes a session's waiting list, before or after its start (after the start nobody can leave it any other way):
 * everyone still waiting moves to WAITLIST_CLOSED and is e-mailed, in their language, the reason and the course's
 * other sessions; from then on a full session puts nobody on its list. Idempotent: closing again changes nothing
 * and mails nobody twice.
 */
export async function closeWaitlist(actor: Actor, input: CloseWaitlistInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, input.sessionId);
    if (session.status === "CANCELLED") throw new AppError("SESSION_CANCELLED", "enrolment.cancelledUnchangeable");
    const waiting = await tx.enrollment.findMany({
      where: { sessionId: session.id, state: "WAITLISTED" },
      orderBy: { waitlistPosition: "asc" },
      select: { id: true, staff: { select: { email: true, fullName: true, locale: true } } },
    });
    const alreadyClosed = session.waitlistClosedAt !== null;
    if (alreadyClosed && waiting.length === 0) return { closed: 0, alreadyClosed: true };
    if (!alreadyClosed) {
      await tx.courseSession.update({
        where: { id: session.id },
        data: { waitlistClosedAt: asOf, waitlistClosedById: actor.id, waitlistCloseReason: input.reason },
      });
    }
    const reason = session.waitlistCloseReason ?? input.reason;
    const closed = await transitionEnrollment(tx, waiting.map((w) => w.id), "WAITLIST_CLOSED", { actorId: actor.id, asOf, note: reason });
    const others = await upcomingSessionsOfCourse(tx, session.courseId, asOf, session.id);
    await queueEnrolmentMails(
      tx,
      waiting.map((w) => ({
        to: w.staff.email,
        locale: w.staff.locale,
        template: "waitlistClosed" as const,
        values: {
          name: w.staff.fullName,
          course: session.course.title,
          date: firstDayText(session.startsAt, session.timeZone, w.staff.locale),
          reason,
          alternatives: otherSessionsText(others, w.staff.locale),
        },
        path: `/sessions?course=${encodeURIComponent(session.course.code)}`,
        dedupeKey: `session-waitlist-closed:${w.id}`,
      })),
    );
    await audit(tx, actor, "session.closeWaitlist", "CourseSession", session.id, { reason, data: { notified: closed.length } });
    return { closed: closed.length, alreadyClosed };
  }, SEAT_TX);
}

/** Upcoming, open sessions of a course with their free seats, soonest first. */
export async function upcomingSessionsOfCourse(tx: Tx, courseId: string, asOf: Date, excludeId?: string) {
  const rows = await tx.courseSession.findMany({
    where: { courseId, status: "SCHEDULED", startsAt: { gt: asOf }, ...(excludeId ? { id: { not: excludeId } } : {}) },
    orderBy: { startsAt: "asc" },
    take: 10,
    select: { id: true, startsAt: true, timeZone: true, delivery: true, location: true, capacity: true, _count: { select: { enrollments: { where: { state: "ENROLLED" } } } } },
  });
  return rows.map((r) => ({ id: r.id, startsAt: r.startsAt, timeZone: r.timeZone, where: sessionWhere(r), seatsLeft: Math.max(0, r.capacity - r._count.enrollments) }));
}

/** Sessions a learner can still join (self-enrolment open), optionally of one course, with their own place in each. */
export async function listOpenSessions(viewer: Pick<Actor, "id">, filter: { courseCode?: string }, asOf: Date = new Date(), locale: Locale = "en") {
  const rows = await db.courseSession.findMany({
    where: {
      status: "SCHEDULED",
      endsAt: { gt: asOf },
      course: { status: "PUBLISHED", ...(filter.courseCode ? { code: filter.courseCode } : {}) },
    },
    orderBy: { startsAt: "asc" },
    take: 200,
    select: LIST_SELECT,
  });
  const open = rows.filter((r) => asOf < enrolmentClosesAt(r));
  const [waiting, mine] = await Promise.all([
    waitlistCounts(open.map((r) => r.id)),
    db.enrollment.findMany({
      where: { staffId: viewer.id, sessionId: { in: open.map((r) => r.id) }, state: { in: ["ENROLLED", "WAITLISTED"] } },
      select: { sessionId: true, state: true },
    }),
  ]);
  const myState = new Map(mine.map((m) => [m.sessionId!, m.state]));
  return open.map((r) => ({ ...present(r, waiting.get(r.id) ?? 0, locale), myState: myState.get(r.id) ?? null, inProgress: asOf >= r.startsAt }));
}

/**
 * A course page's sessions: the course's scheduled sessions that have not ended, soonest first, each with its
 * seats, waiting list, the viewer's own place (and rank when waiting), and whether they may enrol now (the same
 * rule enrolSelf applies; one place per course at a time, so none while they hold one elsewhere).
 */
export async function listCourseSessions(viewer: Pick<Actor, "id">, courseId: string, asOf: Date = new Date(), locale: Locale = "en") {
  const rows = await db.courseSession.findMany({
    where: { courseId, status: "SCHEDULED", endsAt: { gt: asOf } },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: { ...LIST_SELECT, waitlistClosedAt: true },
  });
  if (rows.length === 0) return [];
  const [waiting, mine] = await Promise.all([
    waitlistCounts(rows.map((r) => r.id)),
    db.enrollment.findMany({
      where: { staffId: viewer.id, sessionId: { in: rows.map((r) => r.id) }, state: { in: ["ENROLLED", "WAITLISTED", "WAITLIST_CLOSED"] } },
      select: { id: true, sessionId: true, state: true },
    }),
  ]);
  const ranks = await waitlistRanks(mine.filter((m) => m.state === "WAITLISTED").map((m) => m.id));
  const mineBySession = new Map(mine.map((m) => [m.sessionId!, m]));
  const holdsPlace = mine.some((m) => m.state === "ENROLLED" || m.state === "WAITLISTED");
  return rows.map((r) => {
    const summary = present(r, waiting.get(r.id) ?? 0, locale);
    const m = mineBySession.get(r.id);
    const problem = selfEnrolmentProblem(r, asOf, summary.seatsLeft);
    return {
      ...summary,
      mine: m ? { enrollmentId: m.id, state: m.state, waitlistRank: ranks.get(m.id) ?? null } : null,
      canEnrol: !holdsPlace && !m && problem === null,
      // Why not, when it is the session's doing (the page words it); holding a place elsewhere is shown by that place.
      enrolProblem: !holdsPlace && !m ? problem : null,
    };
  });
}

export type CourseSessionRow = Awaited<ReturnType<typeof listCourseSessions>>[number];

/**
 * A learner's sessions: upcoming and in progress (enrolled or waiting, with their place in the queue), and what
 * L&D closed for them in the last 60 days — a cancelled session (state CANCELLED, with its date and reason) or a
 * closed waiting list (WAITLIST_CLOSED) — with the course's other sessions to choose from.
 */
export async function listMySessions(staffId: string, asOf: Date = new Date(), locale: Locale = "en") {
  const recent = new Date(asOf.getTime() - 60 * 86_400_000);
  const rows = await db.enrollment.findMany({
    where: {
      staffId,
      sessionId: { not: null },
      OR: [
        { state: { in: ["ENROLLED", "WAITLISTED"] }, session: { status: "SCHEDULED", endsAt: { gt: asOf } } },
        { state: "CANCELLED", session: { status: "CANCELLED", cancelledAt: { gt: recent }, startsAt: { gt: asOf } } },
        { state: "WAITLIST_CLOSED", stateChangedAt: { gt: recent } },
      ],
    },
    select: { id: true, state: true, stateChangedAt: true, waitlistPosition: true, session: { select: LIST_SELECT } },
    orderBy: { session: { startsAt: "asc" } },
  });
  const sessionIds = rows.map((r) => r.session!.id);
  const [waiting, ranks] = await Promise.all([waitlistCounts(sessionIds), waitlistRanks(rows.filter((r) => r.state === "WAITLISTED").map((r) => r.id))]);
  return rows.map((r) => ({
    enrollmentId: r.id,
    state: r.state,
    /** when the state last changed: for CANCELLED and WAITLIST_CLOSED, when L&D closed it */
    stateChangedAt: r.stateChangedAt,
    waitlistRank: ranks.get(r.id) ?? null,
    canWithdraw: (r.state === "ENROLLED" || r.state === "WAITLISTED") && asOf < r.session!.startsAt,
    session: present(r.session!, waiting.get(r.session!.id) ?? 0, locale),
  }));
}

/** Place in the queue (1 = next to get a seat) of waitlisted enrolments, in one query. */
async function waitlistRanks(enrollmentIds: string[]): Promise<Map<string, number>> {
  if (enrollmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
    SELECT id, rank::int AS rank FROM (
      SELECT id, rank() OVER (PARTITION BY "sessionId" ORDER BY "waitlistPosition") AS rank
      FROM "Enrollment"
      WHERE state = 'WAITLISTED' AND "sessionId" IN (SELECT "sessionId" FROM "Enrollment" WHERE id = ANY(${enrollmentIds}))
    ) ranked
    WHERE id = ANY(${enrollmentIds})`;
  return new Map(rows.map((r) => [r.id, r.rank]));
}

/** One session as a signed-in person sees it: details, their place, what they may do, and the course's other sessions. */
export async function getSessionForViewer(viewer: Pick<Actor, "id" | "roles">, sessionId: string, asOf: Date = new Date(), locale: Locale = "en") {
  const row = await db.courseSession.findUnique({
    where: { id: sessionId },
    select: { ...LIST_SELECT, meetingUrl: true, notes: true, trainerId: true, course: { select: { ...LIST_SELECT.course.select, summary: true } } },
  });
  if (!row) return null;
  if (row.course.status !== "PUBLISHED" && !isLdAdmin(viewer) && row.trainerId !== viewer.id) {
    const mine = await db.enrollment.count({ where: { sessionId, staffId: viewer.id } });
    if (mine === 0) return null;
  }
  const [waiting, mine] = await Promise.all([
    waitlistCounts([row.id]),
    db.enrollment.findFirst({
      where: { sessionId, staffId: viewer.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, state: true },
    }),
  ]);
  const ranks = mine?.state === "WAITLISTED" ? await waitlistRanks([mine.id]) : new Map<string, number>();
  const active = mine && (mine.state === "ENROLLED" || mine.state === "WAITLISTED");
  // A refusal as data: the page renders it in the viewer's language.
  const problem = selfEnrolmentProblem(row, asOf, Math.max(0, row.capacity - row._count.enrollments));
  const others = await upcomingSessionsOfCourse(db, row.course.id, asOf, row.id);
  const enrolledOrAdmin = isLdAdmin(viewer) || row.trainerId === viewer.id || mine?.state === "ENROLLED" || mine?.state === "ATTENDED";
  return {
    ...present(row, waiting.get(row.id) ?? 0, locale),
    summary: row.course.summary,
    notes: row.notes,
    // The meeting link is for participants, the trainer and L&D.
    meetingUrl: enrolledOrAdmin ? row.meetingUrl : null,
    mine: mine ? { enrollmentId: mine.id, state: mine.state, waitlistRank: ranks.get(mine.id) ?? null } : null,
    canEnrol: !active && problem === null,
    enrolProblem: active ? null : problem,
    canWithdraw: !!active && asOf < row.startsAt,
    canTakeAttendance: canTakeAttendance(viewer, row) && row.status === "SCHEDULED" && asOf >= row.startsAt,
    isAdmin: isLdAdmin(viewer),
    others,
  };
}

export type AdminSessionRow = SessionSummary & { attendancePending: number };

/** L&D's list: upcoming (and in progress), past (with how many participants still lack attendance), or cancelled. */
export async function listAdminSessions(filter: { view: "upcoming" | "past" | "cancelled"; courseId?: string }, asOf: Date = new Date(), locale: Locale = "en"): Promise<AdminSessionRow[]> {
  const where: Prisma.CourseSessionWhereInput =
    filter.view === "cancelled"
      ? { status: "CANCELLED" }
      : filter.view === "upcoming"
        ? { status: "SCHEDULED", endsAt: { gt: asOf } }
        : { status: "SCHEDULED", endsAt: { lte: asOf } };
  const rows = await db.courseSession.findMany({
    where: { ...where, ...(filter.courseId ? { courseId: filter.courseId } : {}) },
    orderBy: { startsAt: filter.view === "upcoming" ? "asc" : "desc" },
    take: 300,
    select: LIST_SELECT,
  });
  const ids = rows.map((r) => r.id);
  const [waiting, pending] = await Promise.all([waitlistCounts(ids), attendancePending(ids)]);
  return rows.map((r) => ({ ...present(r, waiting.get(r.id) ?? 0, locale), attendancePending: pending.get(r.id) ?? 0 }));
}

/** Per session: participants still ENROLLED (attendance not complete) among those whose sessions have started. */
async function attendancePending(sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db.enrollment.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds }, state: "ENROLLED" }, _count: true });
  return new Map(rows.map((r) => [r.sessionId!, r._count]));
}

/** The form values of a session, with its days as wall-clock times in its zone. */
export async function getSessionForEditing(sessionId: string) {
  const s = await db.courseSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      courseId: true,
      delivery: true,
      location: true,
      meetingUrl: true,
      trainerName: true,
      trainer: { select: { employeeId: true, fullName: true } },
      capacity: true,
      language: true,
      timeZone: true,
      enrolmentDeadline: true,
      notes: true,
      status: true,
      days: { select: { startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
      course: { select: { title: true, code: true } },
    },
  });
  if (!s) return null;
  return {
    sessionId: s.id,
    courseId: s.courseId,
    course: s.course,
    status: s.status,
    delivery: s.delivery,
    location: s.location ?? "",
    meetingUrl: s.meetingUrl ?? "",
    trainer: s.trainer?.employeeId ?? "",
    trainerFullName: s.trainer?.fullName ?? null,
    trainerName: s.trainerName ?? "",
    capacity: s.capacity,
    language: s.language,
    timeZone: s.timeZone,
    // Stored as the instant the deadline date ends; shown as that date.
    enrolmentDeadline: s.enrolmentDeadline ? zonedDate(new Date(s.enrolmentDeadline.getTime() - 1), s.timeZone) : "",
    notes: s.notes,
    days: s.days.map((d) => ({ date: zonedDate(d.startsAt, s.timeZone), start: zonedTime(d.startsAt, s.timeZone), end: zonedTime(d.endsAt, s.timeZone) })),
  };
}

/** Scheduled minutes of one day. */
export function dayMinutes(day: { startsAt: Date; endsAt: Date }): number {
  return minutesBetween(day.startsAt, day.endsAt);
}
