import "server-only";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import type { ApplicationStatus } from "~/server/generated/prisma/enums";

/**
 * Who sees and does what with a programme application, object by object:
 * - the applicant sees their application, but never L&D's decision before the selection is published;
 * - only the manager named on the application (its managerId, the applicant's manager when they applied) endorses it;
 * - the applicant withdraws while undecided (before publication) or waitlisted.
 */

/** What the applicant is shown: L&D's pending choices stay "under review" until the selection is published. */
export type VisibleStatus = "UNDER_REVIEW" | "WITHDRAWN" | "SELECTED" | "WAITLISTED" | "NOT_SELECTED" | "COMPLETED" | "DROPPED";

const UNDECIDED: readonly ApplicationStatus[] = ["SUBMITTED", "SELECTED", "WAITLISTED", "NOT_SELECTED"];

export function visibleStatus(status: ApplicationStatus, cohort: { selectionPublishedAt: Date | null }): VisibleStatus {
  if (status === "SUBMITTED") return "UNDER_REVIEW";
  if (!cohort.selectionPublishedAt && UNDECIDED.includes(status)) return "UNDER_REVIEW";
  return status;
}

/** Statuses the applicant may withdraw from: any undecided one before publication, the waiting list after it. */
export function withdrawableStatuses(cohort: { selectionPublishedAt: Date | null }): ApplicationStatus[] {
  return cohort.selectionPublishedAt ? ["WAITLISTED"] : [...UNDECIDED];
}

export function canWithdraw(status: ApplicationStatus, cohort: { selectionPublishedAt: Date | null }): boolean {
  return withdrawableStatuses(cohort).includes(status);
}

/** A participant sees their cohort once the selection is published and they are in it. */
export function isParticipant(status: ApplicationStatus, cohort: { selectionPublishedAt: Date | null }): boolean {
  return !!cohort.selectionPublishedAt && (status === "SELECTED" || status === "COMPLETED");
}

/**
 * The named manager only. The applicant is told they may not (they know the application exists); anyone else is told
 * it does not exist, so an id reveals nothing of another person's application.
 */
export function assertEndorser(actor: Pick<Actor, "id">, application: { staffId: string; managerId: string | null } | null): asserts application is { staffId: string; managerId: string } {
  if (application && application.managerId === actor.id) return;
  if (application && application.staffId === actor.id) throw new AppError("FORBIDDEN", "programmes.endorsement.notYours");
  throw new AppError("NOT_FOUND", "programmes.applicationNotFound");
}
