import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError, type Problem } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import type { EnrollmentOrigin } from "~/server/generated/prisma/enums";
import { assertOwnOrAdmin } from "~/server/enrolment/policy";
import { openEnrollments, transitionEnrollment } from "~/server/enrolment/transition-enrollment";
import { zonedDate } from "~/server/enrolment/zoned-time";
import { firstDayText, queueEnrolmentMails, scheduleText, whereValues, type EnrolmentMail, type SessionWhere } from "~/server/enrolment/mail";

// Places in a session: its seats and its waiting list. Who gets a seat, who waits, who moves up when one frees.

/** Seats are handed out one transaction at a time per session: 50 people racing for the last 3 seats get 3 seats. */
export const SEAT_TX = { maxWait: 30_000, timeout: 60_000 } as const;

const LOCKED_SESSION = {
  id: true,
  courseId: true,
  capacity: true,
  status: true,
  startsAt: true,
  endsAt: true,
  enrolmentDeadline: true,
  waitlistClosedAt: true,
  waitlistCloseReason: true,
  timeZone: true,
  delivery: true,
  location: true,
  meetingUrl: true,
  course: { select: { title: true, code: true, status: true } },
  days: { select: { startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
} satisfies Prisma.CourseSessionSelect;

export type LockedSession = Prisma.CourseSessionGetPayload<{ select: typeof LOCKED_SESSION }>;

/**
 * Takes the session's row lock (SELECT … FOR UPDATE) for the rest of the transaction and reads it. Every change
 * of seats — enrol, withdraw, promote, cancel, capacity — goes through here, so counts read after it are exact.
 */
export async function lockSession(tx: Tx, sessionId: string): Promise<LockedSession> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CourseSession" WHERE id = ${sessionId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "enrolment.sessionNotFound");
  return tx.courseSession.findUniqueOrThrow({ where: { id: sessionId }, select: LOCKED_SESSION });
}

/** When learners can no longer enrol themselves: the deadline when set (it may allow late registration), else the start. */
export function enrolmentClosesAt(session: { startsAt: Date; endsAt: Date; enrolmentDeadline: Date | null }): Date {
  const closes = session.enrolmentDeadline ?? session.startsAt;
  return closes > session.endsAt ? session.endsAt : closes;
}

/** Where a session takes place, as data: pages, mail and calendars word it ("online (virtual classroom)") in their reader's language. */
export function sessionWhere(session: { delivery: string; location: string | null }): SessionWhere {
  if (session.delivery === "VIRTUAL") return { kind: "virtual", location: "" };
  return session.location === null ? { kind: "tba", location: "" } : { kind: "place", location: session.location };
}

export type PlacementOutcome =
  | { staffId: string; outcome: "ENROLLED" | "WAITLISTED"; enrollmentId: string; waitlistRank?: number }
  | { staffId: string; outcome: "ALREADY"; enrollmentId: string; state: "ENROLLED" | "WAITLISTED" }
  | { staffId: string; outcome: "REJECTED"; reason: Problem };

/** Refusal of someone who is no longer staff (a fragment: "Jane Doe has left the organisation"). */
export const PERSON_HAS_LEFT: Problem = { code: "NOT_ACTIVE", key: "enrolment.placement.hasLeft" };

/** Refusal when the session is full and L&D closed its waiting list (a fragment, like PERSON_HAS_LEFT). */
export const WAITLIST_CLOSED: Problem = { code: "ENROLMENT_CLOSED", key: "enrolment.placement.waitlistClosed" };

/** Someone to place; `locale` is the language their mail is written in (Staff.locale). */
export type Person = { id: string; email: string; fullName: string; employeeId: string; active: boolean; locale: string };

/** What every mail about a session says of it, with its dates in the recipient's language and the session's zone. */
function sessionMailValues(session: LockedSession, locale: string) {
  return {
    course: session.course.title,
    date: firstDayText(session.startsAt, session.timeZone, locale),
    schedule: scheduleText(session.days, session.timeZone, locale),
    ...whereValues(sessionWhere(session)),
  };
}

/**
 * The calendar date a session starts on where it takes place, as a date at UTC midnight: a refusal carries it as a
 * Date and the reader's language formats it (`{date, date, day}` in server/errors.ts, which reads dates in UTC).
 * Passing the start instant itself would show the wrong day for a session starting in the early morning east of
 * UTC (00:30 in Tokyo is the previous day in UTC).
 */
export function sessionCalendarDate(startsAt: Date, timeZone: string): Date {
  return new Date(`${zonedDate(startsAt, timeZone)}T00:00:00Z`);
}

/**
 * Places people in a locked session, in the order given: free seats first, then the waiting list in order of
 * arrival. Someone already enrolled or waitlisted here keeps their place; someone holding a place in another
 * upcoming session of the same course is refused (one seat per course at a time).
 */
export async function placeInSession(
  tx: Tx,
  session: LockedSession,
  people: readonly Person[],
  opts: { origin: EnrollmentOrigin; actorId: string | null; asOf: Date; notify: boolean },
): Promise<PlacementOutcome[]> {
  const ids = people.map((p) => p.id);
  const held = await tx.enrollment.findMany({
    where: {
      staffId: { in: ids },
      courseId: session.courseId,
      state: { in: ["ENROLLED", "WAITLISTED"] },
      session: { status: "SCHEDULED", endsAt: { gt: opts.asOf } },
    },
    select: { id: true, staffId: true, sessionId: true, state: true, session: { select: { startsAt: true, timeZone: true } } },
  });
  const heldBy = new Map(held.map((h) => [h.staffId, h]));

  const [enrolled, lastInLine] = await Promise.all([
    tx.enrollment.count({ where: { sessionId: session.id, state: "ENROLLED" } }),
    tx.enrollment.aggregate({ where: { sessionId: session.id, state: "WAITLISTED" }, _max: { waitlistPosition: true }, _count: true }),
  ]);
  let seatsLeft = Math.max(0, session.capacity - enrolled);
  let position = lastInLine._max.waitlistPosition ?? 0;
  let waiting = lastInLine._count;

  const outcomes: PlacementOutcome[] = [];
  const toCreate: { person: Person; state: "ENROLLED" | "WAITLISTED"; position: number | null; rank?: number }[] = [];
  const seen = new Set<string>();
  for (const person of people) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    const h = heldBy.get(person.id);
    if (h && h.sessionId === session.id) {
      outcomes.push({ staffId: person.id, outcome: "ALREADY", enrollmentId: h.id, state: h.state as "ENROLLED" | "WAITLISTED" });
    } else if (h) {
      outcomes.push({
        staffId: person.id,
        outcome: "REJECTED",
        reason: { code: "ALREADY_ENROLLED", key: "enrolment.placement.heldElsewhere", params: { date: sessionCalendarDate(h.session!.startsAt, h.session!.timeZone) } },
      });
    } else if (!person.active) {
      outcomes.push({ staffId: person.id, outcome: "REJECTED", reason: PERSON_HAS_LEFT });
    } else if (seatsLeft > 0) {
      seatsLeft--;
      toCreate.push({ person, state: "ENROLLED", position: null });
    } else if (session.waitlistClosedAt) {
      outcomes.push({ staffId: person.id, outcome: "REJECTED", reason: WAITLIST_CLOSED });
    } else {
      waiting++;
      toCreate.push({ person, state: "WAITLISTED", position: ++position, rank: waiting });
    }
  }
  if (toCreate.length === 0) return outcomes;

  const created = await openEnrollments(
    tx,
    toCreate.map((c) => ({
      staffId: c.person.id,
      courseId: session.courseId,
      sessionId: session.id,
      state: c.state,
      origin: opts.origin,
      waitlistPosition: c.position,
    })),
    { actorId: opts.actorId, asOf: opts.asOf, note: opts.origin === "ADMIN" ? "Enrolled by L&D" : null },
  );
  const idOf = new Map(created.map((c) => [c.staffId, c.id]));
  for (const c of toCreate) {
    const enrollmentId = idOf.get(c.person.id)!;
    outcomes.push(
      c.state === "ENROLLED"
        ? { staffId: c.person.id, outcome: "ENROLLED", enrollmentId }
        : { staffId: c.person.id, outcome: "WAITLISTED", enrollmentId, waitlistRank: c.rank },
    );
  }
  if (opts.notify) {
    await queueEnrolmentMails(
      tx,
      toCreate.map(
        (c): EnrolmentMail => ({
          to: c.person.email,
          locale: c.person.locale,
          template: c.state === "ENROLLED" ? "enrolled" : "waitlisted",
          values: { ...sessionMailValues(session, c.person.locale), name: c.person.fullName, rank: c.rank ?? 0 },
          path: `/sessions/${session.id}`,
          dedupeKey: `session-${c.state === "ENROLLED" ? "enrolled" : "waitlisted"}:${idOf.get(c.person.id)}`,
        }),
      ),
    );
  }
  return outcomes;
}

/**
 * Fills free seats from the waiting list, first come first served, and tells each promoted person by e-mail.
 * Call with the session locked.
 */
export async function promoteFromWaitlist(tx: Tx, session: LockedSession, actorId: string | null, asOf: Date): Promise<string[]> {
  if (session.status !== "SCHEDULED" || asOf >= session.endsAt) return [];
  const enrolled = await tx.enrollment.count({ where: { sessionId: session.id, state: "ENROLLED" } });
  const free = session.capacity - enrolled;
  if (free <= 0) return [];
  const next = await tx.enrollment.findMany({
    where: { sessionId: session.id, state: "WAITLISTED" },
    orderBy: { waitlistPosition: "asc" },
    take: free,
    select: { id: true, staff: { select: { email: true, fullName: true, locale: true } } },
  });
  if (next.length === 0) return [];
  const ids = next.map((n) => n.id);
  await transitionEnrollment(tx, ids, "ENROLLED", { actorId, asOf, note: "Promoted from the waiting list" });
  await queueEnrolmentMails(
    tx,
    next.map((n) => ({
      to: n.staff.email,
      locale: n.staff.locale,
      template: "promoted" as const,
      values: { ...sessionMailValues(session, n.staff.locale), name: n.staff.fullName },
      path: `/sessions/${session.id}`,
      dedupeKey: `session-promoted:${n.id}`,
    })),
  );
  return ids;
}

/**
 * Why a learner cannot enrol themselves now, or null when they can (callers render it or throw it). With the
 * session's free seats known, a full session whose waiting list L&D closed is refused too.
 */
export function selfEnrolmentProblem(
  session: Pick<LockedSession, "status" | "startsAt" | "endsAt" | "enrolmentDeadline" | "course"> & { waitlistClosedAt?: Date | null },
  asOf: Date,
  seatsLeft?: number,
): Problem | null {
  const closed = (key: "cancelled" | "courseNotOpen" | "started" | "deadlinePassed" | "waitlistClosed"): Problem => ({ code: "ENROLMENT_CLOSED", key: `enrolment.selfEnrolment.${key}` });
  if (session.status === "CANCELLED") return closed("cancelled");
  if (session.course.status !== "PUBLISHED") return closed("courseNotOpen");
  if (asOf >= enrolmentClosesAt(session)) return closed(asOf >= session.startsAt ? "started" : "deadlinePassed");
  if (session.waitlistClosedAt && seatsLeft === 0) return closed("waitlistClosed");
  return null;
}

/** A learner takes a seat, or a place on the waiting list when the session is full. Idempotent. */
export async function enrolSelf(actor: Pick<Actor, "id">, sessionId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    const problem = selfEnrolmentProblem(session, asOf);
    if (problem) throw AppError.of(problem);
    const person = await tx.staff.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, email: true, fullName: true, employeeId: true, active: true, locale: true },
    });
    const [outcome] = await placeInSession(tx, session, [person], { origin: "SELF", actorId: actor.id, asOf, notify: true });
    if (outcome!.outcome === "REJECTED") {
      // The same refusal, said to the person themselves.
      const { reason } = outcome!;
      if (reason.key === "enrolment.placement.heldElsewhere") throw new AppError("ALREADY_ENROLLED", "enrolment.selfHeldElsewhere", reason.params);
      if (reason.key === WAITLIST_CLOSED.key) throw new AppError(reason.code, "enrolment.selfEnrolment.waitlistClosed");
      throw new AppError(reason.code, "enrolment.selfHasLeft");
    }
    return outcome!;
  }, SEAT_TX);
}

/**
 * Withdraws an enrolment or leaves the waiting list, until the session starts (afterwards only attendance or a
 * no-show can be recorded). A freed seat goes to the first person waiting, who is told by e-mail.
 */
export async function withdraw(actor: Pick<Actor, "id" | "roles">, enrollmentId: string, asOf: Date = new Date()) {
  const found = await db.enrollment.findUnique({ where: { id: enrollmentId }, select: { staffId: true, sessionId: true } });
  if (!found) throw new AppError("NOT_FOUND", "enrolment.enrolmentNotFound");
  assertOwnOrAdmin(actor, found);
  if (!found.sessionId) throw new AppError("INVALID", "enrolment.withdrawOnlySessions");
  const sessionId = found.sessionId;
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    const e = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: { state: true, staffId: true } });
    if (e.state !== "ENROLLED" && e.state !== "WAITLISTED") {
      throw new AppError("NOT_ACTIVE", "enrolment.notActive");
    }
    if (asOf >= session.startsAt) throw new AppError("SESSION_STARTED", "enrolment.withdrawAfterStart");
    await transitionEnrollment(tx, [enrollmentId], "WITHDRAWN", { actorId: actor.id, asOf, note: e.staffId === actor.id ? null : "Withdrawn by L&D" });
    if (e.staffId !== actor.id) await audit(tx, actor, "enrolment.withdraw", "Enrollment", enrollmentId);
    const promoted = e.state === "ENROLLED" ? await promoteFromWaitlist(tx, session, actor.id, asOf) : [];
    return { withdrawn: enrollmentId, promoted };
  }, SEAT_TX);
}
