import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import type { EnrollmentOrigin } from "~/server/generated/prisma/enums";
import { assertOwnOrAdmin } from "~/server/enrolment/policy";
import { firstDayText, queueEnrolmentMails, scheduleText, type EnrolmentMail } from "~/server/enrolment/mail";

type Tx = Prisma.TransactionClient;

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
  if (rows.length === 0) throw new AppError("NOT_FOUND", "This session does not exist.");
  return tx.courseSession.findUniqueOrThrow({ where: { id: sessionId }, select: LOCKED_SESSION });
}

/** When learners can no longer enrol themselves: the deadline when set (it may allow late registration), else the start. */
export function enrolmentClosesAt(session: { startsAt: Date; endsAt: Date; enrolmentDeadline: Date | null }): Date {
  const closes = session.enrolmentDeadline ?? session.startsAt;
  return closes > session.endsAt ? session.endsAt : closes;
}

export function sessionWhere(session: { delivery: string; location: string | null }): string {
  return session.delivery === "VIRTUAL" ? "online (virtual classroom)" : (session.location ?? "to be announced");
}

export type PlacementOutcome =
  | { staffId: string; outcome: "ENROLLED" | "WAITLISTED"; enrollmentId: string; waitlistRank?: number }
  | { staffId: string; outcome: "ALREADY"; enrollmentId: string; state: "ENROLLED" | "WAITLISTED" }
  | { staffId: string; outcome: "REJECTED"; reason: string };

export type Person = { id: string; email: string; fullName: string; employeeId: string; active: boolean };

function sessionMailValues(session: LockedSession) {
  return {
    course: session.course.title,
    date: firstDayText(session.startsAt, session.timeZone),
    schedule: scheduleText(session.days, session.timeZone),
    where: sessionWhere(session),
  };
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
        reason: `already has a place in the session of ${firstDayText(h.session!.startsAt, h.session!.timeZone)}`,
      });
    } else if (!person.active) {
      outcomes.push({ staffId: person.id, outcome: "REJECTED", reason: "has left the organisation" });
    } else if (seatsLeft > 0) {
      seatsLeft--;
      toCreate.push({ person, state: "ENROLLED", position: null });
    } else {
      waiting++;
      toCreate.push({ person, state: "WAITLISTED", position: ++position, rank: waiting });
    }
  }
  if (toCreate.length === 0) return outcomes;

  const created = await tx.enrollment.createManyAndReturn({
    data: toCreate.map((c) => ({
      staffId: c.person.id,
      courseId: session.courseId,
      sessionId: session.id,
      state: c.state,
      origin: opts.origin,
      waitlistPosition: c.position,
      stateChangedAt: opts.asOf,
      stateChangedBy: opts.actorId,
    })),
    select: { id: true, staffId: true },
  });
  const idOf = new Map(created.map((c) => [c.staffId, c.id]));
  await tx.enrollmentEvent.createMany({
    data: toCreate.map((c) => ({
      enrollmentId: idOf.get(c.person.id)!,
      state: c.state,
      actorId: opts.actorId,
      at: opts.asOf,
      note: opts.origin === "ADMIN" ? "Enrolled by L&D" : null,
    })),
  });
  for (const c of toCreate) {
    const enrollmentId = idOf.get(c.person.id)!;
    outcomes.push(
      c.state === "ENROLLED"
        ? { staffId: c.person.id, outcome: "ENROLLED", enrollmentId }
        : { staffId: c.person.id, outcome: "WAITLISTED", enrollmentId, waitlistRank: c.rank },
    );
  }
  if (opts.notify) {
    const values = sessionMailValues(session);
    await queueEnrolmentMails(
      tx,
      toCreate.map(
        (c): EnrolmentMail => ({
          to: c.person.email,
          template: c.state === "ENROLLED" ? "enrolled" : "waitlisted",
          values: { ...values, name: c.person.fullName, rank: c.rank ?? 0 },
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
    select: { id: true, staff: { select: { email: true, fullName: true } } },
  });
  if (next.length === 0) return [];
  const ids = next.map((n) => n.id);
  await tx.enrollment.updateMany({
    where: { id: { in: ids } },
    data: { state: "ENROLLED", waitlistPosition: null, stateChangedAt: asOf, stateChangedBy: actorId },
  });
  await tx.enrollmentEvent.createMany({
    data: ids.map((id) => ({ enrollmentId: id, state: "ENROLLED" as const, actorId, at: asOf, note: "Promoted from the waiting list" })),
  });
  const values = sessionMailValues(session);
  await queueEnrolmentMails(
    tx,
    next.map((n) => ({
      to: n.staff.email,
      template: "promoted" as const,
      values: { ...values, name: n.staff.fullName },
      path: `/sessions/${session.id}`,
      dedupeKey: `session-promoted:${n.id}`,
    })),
  );
  return ids;
}

/** Why a learner cannot enrol themselves now, or null when they can. */
export function selfEnrolmentProblem(session: Pick<LockedSession, "status" | "startsAt" | "endsAt" | "enrolmentDeadline" | "course">, asOf: Date): string | null {
  if (session.status === "CANCELLED") return "This session was cancelled.";
  if (session.course.status !== "PUBLISHED") return "This course is not open for enrolment.";
  if (asOf >= enrolmentClosesAt(session)) {
    return asOf >= session.startsAt ? "This session has already started; enrolment is closed." : "The enrolment deadline for this session has passed.";
  }
  return null;
}

/** A learner takes a seat, or a place on the waiting list when the session is full. Idempotent. */
export async function enrolSelf(actor: Pick<Actor, "id">, sessionId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    const problem = selfEnrolmentProblem(session, asOf);
    if (problem) throw new AppError("ENROLMENT_CLOSED", problem);
    const person = await tx.staff.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, email: true, fullName: true, employeeId: true, active: true },
    });
    const [outcome] = await placeInSession(tx, session, [person], { origin: "SELF", actorId: actor.id, asOf, notify: true });
    if (outcome!.outcome === "REJECTED") {
      throw new AppError("ALREADY_ENROLLED", `You ${outcome!.reason.replace(/^already has/, "already have")}; withdraw from it first.`);
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
  if (!found) throw new AppError("NOT_FOUND", "This enrolment does not exist.");
  assertOwnOrAdmin(actor, found);
  if (!found.sessionId) throw new AppError("INVALID", "Only session enrolments can be withdrawn here.");
  const sessionId = found.sessionId;
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    const e = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: { state: true, staffId: true } });
    if (e.state !== "ENROLLED" && e.state !== "WAITLISTED") {
      throw new AppError("NOT_ACTIVE", "This enrolment is no longer active.");
    }
    if (asOf >= session.startsAt) {
      throw new AppError(
        "SESSION_STARTED",
        "The session has started, so the enrolment can no longer be withdrawn; L&D records attendance or a no-show.",
      );
    }
    await tx.enrollment.update({
      where: { id: enrollmentId },
      data: {
        state: "WITHDRAWN",
        waitlistPosition: null,
        stateChangedAt: asOf,
        stateChangedBy: actor.id,
        history: { create: { state: "WITHDRAWN", actorId: actor.id, at: asOf, note: e.staffId === actor.id ? null : "Withdrawn by L&D" } },
      },
    });
    if (e.staffId !== actor.id) await audit(tx, actor, "enrolment.withdraw", "Enrollment", enrollmentId);
    const promoted = e.state === "ENROLLED" ? await promoteFromWaitlist(tx, session, actor.id, asOf) : [];
    return { withdrawn: enrollmentId, promoted };
  }, SEAT_TX);
}
