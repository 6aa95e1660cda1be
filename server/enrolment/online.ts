import "server-only";
import { db, type Tx } from "~/server/db";
import type { EnrollmentOrigin } from "~/server/generated/prisma/enums";
import {
  enrolmentLockKey,
  openEnrollments,
  openMissingOnlineEnrollments,
  OPEN_ONLINE_STATES,
  transitionEnrollment,
  type EnrollmentChange,
} from "~/server/enrolment/transition-enrollment";

/** Pairs per transaction of the daily run: each holds one advisory lock per pair, and PostgreSQL's lock table is finite. */
const CHUNK = 1_000;

/**
 * The person's open enrolment in an online course, opened when missing (self-start, L&D assignment).
 * Joins the caller's transaction; a concurrent second call finds the first one's row after the advisory lock.
 */
export async function ensureOnlineEnrolment(tx: Tx, staffId: string, courseId: string, change: EnrollmentChange & { origin?: EnrollmentOrigin }) {
  // Serialise per (person, course) so that a double click cannot open two enrolments.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${enrolmentLockKey(staffId, courseId)}))`;
  const open = await tx.enrollment.findFirst({
    where: { staffId, courseId, state: { in: [...OPEN_ONLINE_STATES] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, state: true },
  });
  if (open) return open;
  const [created] = await openEnrollments(tx, [{ staffId, courseId, state: "ENROLLED", origin: change.origin ?? "SELF" }], change);
  return { id: created!.id, state: "ENROLLED" as const };
}

/** Moves the open online enrolment forward (ENROLLED → IN_PROGRESS → COMPLETED), recording the event once, at `asOf`. */
export async function markOnlineEnrolment(tx: Tx, staffId: string, courseId: string, state: "IN_PROGRESS" | "COMPLETED", change: EnrollmentChange) {
  const e = await ensureOnlineEnrolment(tx, staffId, courseId, change);
  if (e.state === state) return e;
  await transitionEnrollment(tx, [e.id], state, change);
  return { id: e.id, state };
}

/**
 * Opens an enrolment (origin REQUIREMENT) for each (person, course) pair given: the daily reminder run passes the
 * people due or overdue with a published online mandatory course and no open enrolment in it, read in the same
 * state query as its reminders. Set-based, in transactions of CHUNK pairs (the first run on a large organisation has
 * 100,000s of pairs: one transaction would run out of lock memory). Each pair is re-checked under the lock a learner's
 * own "Start the course" takes, so rerunning it (the same day, or after a crash part-way) enrols nobody twice.
 * Returns how many enrolments it opened.
 */
export async function ensureOnlineEnrolments(wanted: readonly { staffId: string; courseId: string }[], opts: { asOf: Date }): Promise<number> {
  // One pair per person and course (two requirements may name the same course), sorted so locks are taken in order.
  const pairs = [...new Map(wanted.map((p) => [`${p.staffId}:${p.courseId}`, p])).values()].sort(
    (a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : a.courseId < b.courseId ? -1 : a.courseId > b.courseId ? 1 : 0),
  );
  const change = { origin: "REQUIREMENT" as const, actorId: null, asOf: opts.asOf, note: "Mandatory training: enrolled by the requirement" };
  let opened = 0;
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    opened += await db.$transaction((tx) => openMissingOnlineEnrollments(tx, chunk, change), { timeout: 60_000 });
  }
  // A mass enrolment (the first run on an organisation) changes the table's shape faster than autovacuum notices:
  // without fresh statistics the next run's anti-join planned as a nested loop took 34 s for 15,000 people.
  if (opened >= CHUNK) await db.$executeRawUnsafe(`ANALYZE "Enrollment"`);
  return opened;
}
