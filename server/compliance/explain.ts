import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { toIsoDate, type IsoDate } from "~/lib/dates";
import { explainCourseProgress, type CourseProgressExplanation } from "~/server/courses/progress";
import { assertCanSeeComplianceOf } from "~/server/compliance/policy";
import { getRequirement, type RequirementView } from "~/server/compliance/requirements";
import { personRequirementState, type PersonStateRow } from "~/server/compliance/dashboard";

/** Why a deadline is what it is, in words the explanation page turns into a sentence. */
export type DeadlineBasis =
  | { kind: "IN_PLACE_FIXED"; effectiveFrom: IsoDate; dueOn: IsoDate }
  | { kind: "IN_PLACE_DAYS"; effectiveFrom: IsoDate; days: number; dueOn: IsoDate }
  | { kind: "JOINED_DAYS"; enteredOn: IsoDate; days: number; dueOn: IsoDate }
  | { kind: "JOINED_FIXED"; enteredOn: IsoDate; dueOn: IsoDate }
  | { kind: "RECERTIFY"; lastCompletedOn: IsoDate; validityMonths: number; dueOn: IsoDate };

export type RequirementExplanation = {
  person: { id: string; fullName: string };
  requirement: RequirementView;
  /** null: the requirement does not apply to this person (not in its audience, or inactive) */
  state: PersonStateRow | null;
  basis: DeadlineBasis | null;
  /** every completion in the ledger, newest first: history stays after a retake */
  completions: { endDate: IsoDate; status: string }[];
  progress: CourseProgressExplanation;
};

export function deadlineBasis(r: Pick<RequirementView, "effectiveFrom" | "dueDate" | "dueAfterDays" | "validityMonths">, s: PersonStateRow): DeadlineBasis | null {
  if (s.state === "EXEMPT" || s.dueOn === null) return null;
  if (s.state !== "COMPLIANT" && s.lastCompletedOn && s.validUntil && s.validUntil === s.dueOn && r.validityMonths) {
    return { kind: "RECERTIFY", lastCompletedOn: s.lastCompletedOn, validityMonths: r.validityMonths, dueOn: s.dueOn };
  }
  if (s.state === "COMPLIANT") return s.lastCompletedOn && r.validityMonths ? { kind: "RECERTIFY", lastCompletedOn: s.lastCompletedOn, validityMonths: r.validityMonths, dueOn: s.dueOn } : null;
  if (s.enteredOn <= r.effectiveFrom) {
    return r.dueDate ? { kind: "IN_PLACE_FIXED", effectiveFrom: r.effectiveFrom, dueOn: s.dueOn } : { kind: "IN_PLACE_DAYS", effectiveFrom: r.effectiveFrom, days: r.dueAfterDays ?? 0, dueOn: s.dueOn };
  }
  return r.dueAfterDays !== null ? { kind: "JOINED_DAYS", enteredOn: s.enteredOn, days: r.dueAfterDays, dueOn: s.dueOn } : { kind: "JOINED_FIXED", enteredOn: s.enteredOn, dueOn: s.dueOn };
}

/**
 * "Why not complete?": everything needed to explain one person's state for one requirement in plain language —
 * the state and its dates, why the deadline is that day, the completions on record, and where they stand in the
 * course (lessons not finished, best quiz score against the pass mark). For the person, their manager and L&D.
 */
export async function explainRequirement(actor: Pick<Actor, "id" | "roles">, staffId: string, requirementId: string, asOf: Date): Promise<RequirementExplanation> {
  await assertCanSeeComplianceOf(actor, staffId);
  const person = await db.staff.findUnique({ where: { id: staffId }, select: { id: true, fullName: true } });
  if (!person) throw new AppError("NOT_FOUND", "compliance.personNotFound");
  const requirement = await getRequirement(requirementId);
  const [state, records, progress] = await Promise.all([
    personRequirementState(staffId, requirementId, toIsoDate(asOf)),
    db.trainingRecord.findMany({
      where: { staffId, courseId: requirement.courseId, status: { in: ["COMPLETED", "ATTENDED"] } },
      orderBy: { endDate: "desc" },
      select: { endDate: true, status: true },
    }),
    explainCourseProgress(staffId, requirement.courseId),
  ]);
  return {
    person,
    requirement,
    state,
    basis: state ? deadlineBasis(requirement, state) : null,
    completions: records.map((r) => ({ endDate: toIsoDate(r.endDate), status: r.status })),
    progress,
  };
}
