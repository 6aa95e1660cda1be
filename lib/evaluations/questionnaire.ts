import { z } from "zod";
import { hasControlCharacter } from "~/lib/schemas/common";

/** The longest free-text answer (and question text) a questionnaire takes. */
export const MAX_TEXT_ANSWER = 2000;
export const MAX_QUESTIONS = 20;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

const Line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !hasControlCharacter(v), { message: "Remove the control character (such as NUL) from this text." });

/** A text in the languages L&D wrote it in; English is required, French and Chinese fall back to it. */
export const LocalizedText = z.object({
  en: Line(500).pipe(z.string().min(1)),
  fr: Line(500).optional(),
  zh: Line(500).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const QuestionId = z
  .string()
  .trim()
  .regex(/^[a-z][a-zA-Z0-9_-]{0,39}$/, { message: "Use letters, digits, - or _ (start with a letter, at most 40)." });

export const ChoiceOption = z.object({ value: QuestionId, text: LocalizedText });

export const Question = z
  .object({
    id: QuestionId,
    kind: z.enum(["scale", "choice", "text"]),
    text: LocalizedText,
    options: z.array(ChoiceOption).max(10).optional(),
    required: z.boolean(),
  })
  .superRefine((q, ctx) => {
    if (q.kind === "choice") {
      if (!q.options || q.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "A choice question needs at least two options." });
      else if (new Set(q.options.map((o) => o.value)).size !== q.options.length) ctx.addIssue({ code: "custom", path: ["options"], message: "Two options have the same value." });
    }
  });
export type Question = z.infer<typeof Question>;

/** A questionnaire's questions: 1 to 20, ids unique. */
export const Questions = z
  .array(Question)
  .min(1)
  .max(MAX_QUESTIONS)
  .superRefine((qs, ctx) => {
    const seen = new Set<string>();
    qs.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "Two questions have the same id." });
      seen.add(q.id);
    });
  });

/** The weeks-later follow-up: what the learner is asked, and what their manager is asked. */
export const FollowUp = z.object({ learner: Questions, manager: Questions });
export type FollowUp = z.infer<typeof FollowUp>;

export type EvaluationKindValue = "REACTION" | "FOLLOW_UP_LEARNER" | "FOLLOW_UP_MANAGER";
export const EVALUATION_KINDS = ["REACTION", "FOLLOW_UP_LEARNER", "FOLLOW_UP_MANAGER"] as const;

/** The questions a request of `kind` asks. */
export function questionsFor(kind: EvaluationKindValue, q: { questions: readonly Question[]; followUp: FollowUp }): readonly Question[] {
  return kind === "REACTION" ? q.questions : kind === "FOLLOW_UP_LEARNER" ? q.followUp.learner : q.followUp.manager;
}

/** The text in the reader's language, else English. */
export function localized(text: LocalizedText, locale: string): string {
  const t = (text as Record<string, string | undefined>)[locale];
  return t && t.trim() ? t : text.en;
}

/** An answer as stored: a scale value, a choice's value or a text. */
export type Answer = number | string;
export type Answers = Record<string, Answer>;

export type AnswerProblem = { questionId: string; problem: "required" | "scaleRange" | "invalidChoice" | "tooLong" | "unknownQuestion" };

/**
 * Checks answers against the questions: required ones answered, scales 1–5, a choice among its options, texts at most
 * 2,000 characters, no answer to a question that is not asked. Empty texts count as not answered and are dropped.
 * Returns the answers to store (trimmed) or the problems, one per question.
 */
export function checkAnswers(questions: readonly Question[], raw: Record<string, unknown>): { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const answers: Answers = {};
  const asked = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(raw)) if (!asked.has(id)) problems.push({ questionId: id, problem: "unknownQuestion" });
  for (const q of questions) {
    let v = raw[q.id];
    if (typeof v === "string") v = v.trim();
    if (q.kind === "scale" && typeof v === "string" && /^\d+$/.test(v)) v = Number(v);
    const empty = v === undefined || v === null || v === "";
    if (empty) {
      if (q.required) problems.push({ questionId: q.id, problem: "required" });
      continue;
    }
    if (q.kind === "scale") {
      if (typeof v !== "number" || !Number.isInteger(v) || v < SCALE_MIN || v > SCALE_MAX) problems.push({ questionId: q.id, problem: "scaleRange" });
      else answers[q.id] = v;
    } else if (q.kind === "choice") {
      if (typeof v !== "string" || !q.options?.some((o) => o.value === v)) problems.push({ questionId: q.id, problem: "invalidChoice" });
      else answers[q.id] = v;
    } else if (typeof v !== "string") problems.push({ questionId: q.id, problem: "required" });
    else if (v.length > MAX_TEXT_ANSWER || hasControlCharacter(v)) problems.push({ questionId: q.id, problem: "tooLong" });
    else answers[q.id] = v;
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

/** Reads stored questionnaire JSON, tolerating a row edited by hand: invalid parts are dropped, never thrown. */
export function parseQuestions(value: unknown): Question[] {
  const parsed = Questions.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function parseFollowUp(value: unknown): FollowUp {
  const parsed = FollowUp.safeParse(value);
  return parsed.success ? parsed.data : { learner: [], manager: [] };
}
