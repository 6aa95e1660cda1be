import "server-only";
import type { Prisma } from "~/server/generated/prisma/client";
import type { EnrollmentOrigin, EnrollmentState } from "~/server/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

const OPEN_STATES: EnrollmentState[] = ["ENROLLED", "IN_PROGRESS"];

/**
 * The person's open enrolment in an online course, created when missing (self-start, L&D assignment or a requirement).
 * Call inside a transaction; a concurrent second call finds the first one's row after the advisory lock.
 */
export async function ensureOnlineEnrolment(tx: Tx, staffId: string, courseId: string, actorId: string | null, origin: EnrollmentOrigin = "SELF") {
  // Serialise per (person, course) so that a double click cannot open two enrolments.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`enrol:${staffId}:${courseId}`}))`;
  const open = await tx.enrollment.findFirst({
    where: { staffId, courseId, state: { in: OPEN_STATES } },
    orderBy: { createdAt: "desc" },
    select: { id: true, state: true },
  });
  if (open) return open;
  return tx.enrollment.create({
    data: { staffId, courseId, state: "ENROLLED", origin, stateChangedBy: actorId, history: { create: { state: "ENROLLED", actorId } } },
    select: { id: true, state: true },
  });
}

/** Moves the open online enrolment forward (ENROLLED → IN_PROGRESS → COMPLETED), recording the event once. */
export async function markOnlineEnrolment(tx: Tx, staffId: string, courseId: string, state: "IN_PROGRESS" | "COMPLETED", actorId: string | null) {
  const e = await ensureOnlineEnrolment(tx, staffId, courseId, actorId);
  if (e.state === state) return e;
  return tx.enrollment.update({
    where: { id: e.id },
    data: { state, stateChangedAt: new Date(), stateChangedBy: actorId, history: { create: { state, actorId } } },
    select: { id: true, state: true },
  });
}
