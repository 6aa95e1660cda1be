import { z } from "zod";
import { Id, Text } from "~/lib/schemas/common";
import { EVALUATION_KINDS, MAX_TEXT_ANSWER, Questions } from "~/lib/evaluations/questionnaire";

export const EvaluationRequestInput = z.object({ requestId: Id });

/** Answers by question id: a scale value (1–5) or a choice's value or a text; checked against the questions by the server. */
export const SubmitEvaluationInput = z.object({
  requestId: Id,
  answers: z.record(z.string().trim().min(1).max(40), z.union([z.number().int().min(0).max(10), Text.pipe(z.string().max(MAX_TEXT_ANSWER))])).refine((a) => Object.keys(a).length <= 40),
});
export type SubmitEvaluationInput = z.infer<typeof SubmitEvaluationInput>;

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The scope of a results view; empty fields mean "any". */
export const EvaluationResultsFilter = z.object({
  kind: z.enum(EVALUATION_KINDS).default("REACTION"),
  courseId: Id.optional(),
  sessionId: Id.optional(),
  trainerId: Id.optional(),
  categoryId: Id.optional(),
  /** answering months, inclusive */
  from: Month.optional(),
  to: Month.optional(),
});
export type EvaluationResultsFilter = z.infer<typeof EvaluationResultsFilter>;
export const RESULT_FILTER_KEYS = ["kind", "courseId", "sessionId", "trainerId", "categoryId", "from", "to"] as const;

export const QuestionnaireScopeValue = z.enum(["CATEGORY", "COURSE"]);

export const CreateQuestionnaireInput = z
  .object({
    name: Text.pipe(z.string().trim().min(1).max(120)),
    scope: QuestionnaireScopeValue,
    courseId: Id.optional(),
    categoryId: Id.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "COURSE" && !v.courseId) ctx.addIssue({ code: "custom", path: ["courseId"], message: "Choose the course." });
    if (v.scope === "CATEGORY" && !v.categoryId) ctx.addIssue({ code: "custom", path: ["categoryId"], message: "Choose the category." });
  });
export type CreateQuestionnaireInput = z.infer<typeof CreateQuestionnaireInput>;

export const UpdateQuestionnaireInput = z.object({
  questionnaireId: Id,
  name: Text.pipe(z.string().trim().min(1).max(120)),
  questions: Questions,
});
export type UpdateQuestionnaireInput = z.infer<typeof UpdateQuestionnaireInput>;

export const QuestionnaireIdInput = z.object({ questionnaireId: Id });

export const EvaluationSettings = z.object({ followUpWeeks: z.coerce.number().int().min(1).max(52) });
export type EvaluationSettings = z.infer<typeof EvaluationSettings>;
export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = { followUpWeeks: 6 };
