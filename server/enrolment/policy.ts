import "server-only";
import { AppError } from "~/server/errors";
import { hasRole, type Actor } from "~/server/auth/roles";

/** Object-level rules of enrolment; the permission list has already checked the role. */

export function isLdAdmin(actor: Pick<Actor, "roles">): boolean {
  return hasRole(actor, "LD_ADMIN");
}

/** A session's trainer (a staff member) or an L&D admin takes attendance and sees the roster. */
export function canTakeAttendance(actor: Pick<Actor, "id" | "roles">, session: { trainerId: string | null }): boolean {
  return isLdAdmin(actor) || (session.trainerId !== null && session.trainerId === actor.id);
}

export function assertCanTakeAttendance(actor: Pick<Actor, "id" | "roles">, session: { trainerId: string | null }): void {
  if (!canTakeAttendance(actor, session)) {
    throw new AppError("FORBIDDEN", "enrolment.attendance.forbidden");
  }
}

/** A learner acts on their own enrolment; L&D on anyone's. */
export function assertOwnOrAdmin(actor: Pick<Actor, "id" | "roles">, enrollment: { staffId: string }): void {
  if (enrollment.staffId !== actor.id && !isLdAdmin(actor)) {
    // Same answer as a missing row: whether someone else's enrolment exists is not for this person to learn.
    throw new AppError("NOT_FOUND", "enrolment.enrolmentNotFound");
  }
}
