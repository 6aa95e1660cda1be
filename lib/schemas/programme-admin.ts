// What L&D sends to define programmes, their cohorts and components, review and select applications, and run a
// cohort: shared by the admin forms and the programmeAdmin procedures.
import { z } from "zod";
import { Id, IsoDateInput, Text } from "~/lib/schemas/common";
import { EligibilitySchema } from "~/lib/programmes/eligibility-rules";

const Name = (max: number) => Text.pipe(z.string().trim().min(1, { message: "Required" }).max(max));
const LongText = (max: number) => Text.pipe(z.string().trim().max(max));

export const ProgrammeFields = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, { message: "2 to 20 letters, digits or dashes" }),
  name: Name(120),
  summary: LongText(400).default(""),
  description: LongText(5000).default(""),
  durationMonths: z.number().int().min(1).max(60),
  eligibility: EligibilitySchema,
});
export const CreateProgrammeInput = ProgrammeFields;
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeInput>;
export const UpdateProgrammeInput = ProgrammeFields.extend({ programmeId: Id });
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeInput>;

export const ProgrammeIdInput = z.object({ programmeId: Id });
export const PROGRAMME_STATUSES = ["DRAFT", "PUBLISHED", "RETIRED"] as const;
export const SetProgrammeStatusInput = z.object({ programmeId: Id, status: z.enum(PROGRAMME_STATUSES) });

/** A cohort's dates in order: the call opens, closes, then the cohort starts and ends. */
const CohortDates = z.object({
  name: Name(40),
  opensOn: IsoDateInput,
  closesOn: IsoDateInput,
  startsOn: IsoDateInput,
  endsOn: IsoDateInput,
  places: z.number().int().min(1, { message: "At least 1 place" }).max(500),
});
function datesInOrder(v: z.infer<typeof CohortDates>, ctx: z.RefinementCtx) {
  if (v.closesOn <= v.opensOn) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "The call must close after it opens" });
  if (v.startsOn <= v.closesOn) ctx.addIssue({ code: "custom", path: ["startsOn"], message: "The cohort must start after the call closes" });
  if (v.endsOn <= v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The cohort must end after it starts" });
}
export const CreateCohortInput = CohortDates.extend({ programmeId: Id }).superRefine(datesInOrder);
export type CreateCohortInput = z.infer<typeof CreateCohortInput>;
export const UpdateCohortInput = CohortDates.extend({ cohortId: Id }).superRefine(datesInOrder);
export type UpdateCohortInput = z.infer<typeof UpdateCohortInput>;
export const CohortIdInput = z.object({ cohortId: Id });

export const COMPONENT_KINDS = ["PATH", "COURSE", "SESSION", "COACHING", "GROUP_SESSION", "ASSESSMENT"] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];
/** The link each kind takes: a path, a course or a Pathway session; the others stand alone. */
export const LINK_OF_KIND: Record<ComponentKind, "pathId" | "courseId" | "sessionId" | null> = {
  PATH: "pathId",
  COURSE: "courseId",
  SESSION: "sessionId",
  COACHING: null,
  GROUP_SESSION: null,
  ASSESSMENT: null,
};

const ComponentFields = z.object({
  kind: z.enum(COMPONENT_KINDS),
  title: Name(200),
  pathId: Id.optional(),
  courseId: Id.optional(),
  sessionId: Id.optional(),
  coachingHours: z.number().min(0.5).max(200).multipleOf(0.25).optional(),
  startsOn: IsoDateInput.optional(),
  endsOn: IsoDateInput.optional(),
});
function componentConsistent(v: z.infer<typeof ComponentFields>, ctx: z.RefinementCtx) {
  const link = LINK_OF_KIND[v.kind];
  if (link && !v[link]) ctx.addIssue({ code: "custom", path: [link], message: "Choose what this component links to" });
  for (const other of ["pathId", "courseId", "sessionId"] as const) {
    if (other !== link && v[other]) ctx.addIssue({ code: "custom", path: [other], message: "This kind of component links to nothing of this sort" });
  }
  if (v.kind !== "COACHING" && v.coachingHours !== undefined) ctx.addIssue({ code: "custom", path: ["coachingHours"], message: "Only coaching has hours" });
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The end cannot be before the start" });
}
export const AddComponentInput = ComponentFields.extend({ cohortId: Id }).superRefine(componentConsistent);
export type AddComponentInput = z.infer<typeof AddComponentInput>;
export const UpdateComponentInput = ComponentFields.extend({ componentId: Id }).superRefine(componentConsistent);
export type UpdateComponentInput = z.infer<typeof UpdateComponentInput>;
export const ComponentIdInput = z.object({ componentId: Id });
export const MoveComponentInput = z.object({ componentId: Id, direction: z.enum(["up", "down"]) });

export const ReviewInput = z.object({
  applicationId: Id,
  score: z.number().int().min(1).max(5),
  note: LongText(2000).default(""),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

export const DECISIONS = ["select", "waitlist", "reject", "undo"] as const;
export type Decision = (typeof DECISIONS)[number];
/** `overrideReason`: selecting an application that did not meet the eligibility rule needs L&D's recorded reason. */
export const DecideInput = z.object({
  applicationId: Id,
  decision: z.enum(DECISIONS),
  overrideReason: LongText(500).optional(),
});
export type DecideInput = z.infer<typeof DecideInput>;

export const PROGRESS_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "MISSED"] as const;
export const SetProgressInput = z.object({
  applicationId: Id,
  componentId: Id,
  status: z.enum(PROGRESS_STATUSES),
  hours: z.number().min(0).max(500).multipleOf(0.25).nullable().optional(),
  note: LongText(500).optional(),
});
export type SetProgressInput = z.infer<typeof SetProgressInput>;

export const SetOutcomeInput = z.object({ applicationId: Id, outcome: z.enum(["COMPLETED", "DROPPED"]) });
export type SetOutcomeInput = z.infer<typeof SetOutcomeInput>;
