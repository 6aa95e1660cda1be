import "server-only";
import type { Tx } from "~/server/db";
import type { EnrollmentOrigin, EnrollmentState } from "~/server/generated/prisma/enums";

// The one writer of Enrollment and EnrollmentEvent (server/house/table-writers.test.ts keeps it so): every enrolment
// opens here and changes state here, so each change stamps the same three facts — when (the caller's asOf, never the
// wall clock), who, and an event in its history.

/** Who changes enrolments, when, and what their history says about it. */
export type EnrollmentChange = { actorId: string | null; asOf: Date; note?: string | null };

/** The states in which a person has an enrolment still open in an online course. */
export const OPEN_ONLINE_STATES = ["ENROLLED", "IN_PROGRESS"] as const satisfies readonly EnrollmentState[];

/** The lock that serialises enrolments of one person in one course (a double click, the daily run, L&D at once). */
export const enrolmentLockKey = (staffId: string, courseId: string) => `enrol:${staffId}:${courseId}`;

/**
 * Moves enrolments to state `to`, with one event each; those already in `to` are left alone (so retrying changes
 * nothing). Leaving the waiting list clears the place in it. Returns the ids that changed.
 */
export async function transitionEnrollment(tx: Tx, ids: readonly string[], to: EnrollmentState, change: EnrollmentChange): Promise<string[]> {
  if (ids.length === 0) return [];
  const changed = await tx.enrollment.updateManyAndReturn({
    where: { id: { in: [...ids] }, state: { not: to } },
    data: { state: to, ...(to === "WAITLISTED" ? {} : { waitlistPosition: null }), stateChangedAt: change.asOf, stateChangedBy: change.actorId },
    select: { id: true },
  });
  if (changed.length === 0) return [];
  await tx.enrollmentEvent.createMany({
    data: changed.map((e) => ({ enrollmentId: e.id, state: to, actorId: change.actorId, at: change.asOf, note: change.note ?? null })),
  });
  return changed.map((e) => e.id);
}

export type NewEnrollment = {
  staffId: string;
  courseId: string;
  sessionId?: string | null;
  state: "ENROLLED" | "WAITLISTED";
  origin: EnrollmentOrigin;
  waitlistPosition?: number | null;
};

/** Opens enrolments (a transition from nothing) with their first event. Returns the new rows' ids by person. */
export async function openEnrollments(tx: Tx, rows: readonly NewEnrollment[], change: EnrollmentChange): Promise<{ id: string; staffId: string; courseId: string }[]> {
  if (rows.length === 0) return [];
  const created = await tx.enrollment.createManyAndReturn({
    data: rows.map((r) => ({
      staffId: r.staffId,
      courseId: r.courseId,
      sessionId: r.sessionId ?? null,
      state: r.state,
      origin: r.origin,
      waitlistPosition: r.waitlistPosition ?? null,
      stateChangedAt: change.asOf,
      stateChangedBy: change.actorId,
    })),
    select: { id: true, staffId: true, courseId: true, state: true },
  });
  await tx.enrollmentEvent.createMany({
    data: created.map((e) => ({ enrollmentId: e.id, state: e.state, actorId: change.actorId, at: change.asOf, note: change.note ?? null })),
  });
  return created.map(({ id, staffId, courseId }) => ({ id, staffId, courseId }));
}

/**
 * Opens an online enrolment for each (person, course) pair that has no open one, inside the caller's transaction:
 * set-based, each pair under the same advisory lock a learner's own "Start the course" takes (in a fixed order, so
 * two runs at once cannot deadlock) and re-checked under it, so nobody ends up with two open enrolments.
 * Returns how many it opened.
 */
export async function openMissingOnlineEnrollments(
  tx: Tx,
  pairs: readonly { staffId: string; courseId: string }[],
  change: EnrollmentChange & { origin: EnrollmentOrigin },
): Promise<number> {
  if (pairs.length === 0) return 0;
  const staffIds = pairs.map((p) => p.staffId);
  const courseIds = pairs.map((p) => p.courseId);
  // Stored as UTC like every Prisma-written timestamp, whatever the connection's time zone.
  const at = change.asOf.toISOString();
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(hashtext('enrol:' || p.s || ':' || p.c))
    FROM unnest(${staffIds}::text[], ${courseIds}::text[]) AS p(s, c) ORDER BY p.s, p.c`;
  return tx.$executeRaw`
    WITH opened AS (
      INSERT INTO "Enrollment" (id, "staffId", "courseId", state, origin, "stateChangedAt", "stateChangedBy", "createdAt", "updatedAt")
      SELECT 'enr_' || replace(gen_random_uuid()::text, '-', ''), p.s, p.c, 'ENROLLED', ${change.origin}::"EnrollmentOrigin",
             (${at}::timestamptz AT TIME ZONE 'UTC'), ${change.actorId}::text, now(), now()
      FROM unnest(${staffIds}::text[], ${courseIds}::text[]) AS p(s, c)
      WHERE NOT EXISTS (
        SELECT 1 FROM "Enrollment" e WHERE e."staffId" = p.s AND e."courseId" = p.c AND e.state IN ('ENROLLED', 'IN_PROGRESS'))
      RETURNING id
    )
    INSERT INTO "EnrollmentEvent" (id, "enrollmentId", state, "actorId", note, at)
    SELECT 'eev_' || replace(gen_random_uuid()::text, '-', ''), id, 'ENROLLED', ${change.actorId}::text, ${change.note ?? null}::text,
           (${at}::timestamptz AT TIME ZONE 'UTC')
    FROM opened`;
}
