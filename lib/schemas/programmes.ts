import { z } from "zod";
import { Id, Text } from "~/lib/schemas/common";

/** Motivation and development goals: required, 20–4,000 characters each. */
export const APPLICATION_TEXT_MIN = 20;
export const APPLICATION_TEXT_MAX = 4000;
export const ENDORSEMENT_COMMENT_MAX = 2000;

const ApplicationText = Text.pipe(
  z
    .string()
    .trim()
    .min(APPLICATION_TEXT_MIN, { message: `At least ${APPLICATION_TEXT_MIN} characters` })
    .max(APPLICATION_TEXT_MAX, { message: `At most ${APPLICATION_TEXT_MAX} characters` }),
);

export const ApplyInput = z.object({
  cohortId: Id,
  motivation: ApplicationText,
  goals: ApplicationText,
});
export type ApplyInput = z.infer<typeof ApplyInput>;

export const ApplicationIdInput = z.object({ applicationId: Id });
export type ApplicationIdInput = z.infer<typeof ApplicationIdInput>;

export const ENDORSEMENT_DECISIONS = ["ENDORSED", "DECLINED"] as const;

/** The manager's answer; a decline says why (the applicant reads it). */
export const EndorsementInput = z
  .object({
    applicationId: Id,
    decision: z.enum(ENDORSEMENT_DECISIONS),
    comment: Text.pipe(z.string().trim().max(ENDORSEMENT_COMMENT_MAX, { message: `At most ${ENDORSEMENT_COMMENT_MAX} characters` })).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "DECLINED" && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "Say why you decline" });
  });
export type EndorsementInput = z.infer<typeof EndorsementInput>;
