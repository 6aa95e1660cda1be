import "server-only";
import { AppError } from "~/server/errors";
import { mulberry32 } from "~/lib/random";

// Pure quiz logic: checking a submission against the quiz, grading it, and the per-attempt question order.

export type GradedQuestion = { id: string; kind: "SINGLE" | "MULTIPLE"; options: { id: string; correct: boolean }[] };
export type Answer = { questionId: string; optionIds: string[] };

export type QuestionResult = { questionId: string; chosen: string[]; correctOptionIds: string[]; correct: boolean };
export type Grade = { results: QuestionResult[]; correctCount: number; questionCount: number; score: number; passed: boolean };

/**
 * Refuses a submission that does not fit the quiz — an unknown question, an option of another question,
 * two answers to a single-choice question, an unanswered question — with a message for the learner.
 */
export function checkAnswers(questions: readonly GradedQuestion[], answers: readonly Answer[]): Map<string, string[]> {
  const byId = new Map(questions.map((q, i) => [q.id, { q, number: i + 1 }]));
  const chosen = new Map<string, string[]>();
  for (const a of answers) {
    const found = byId.get(a.questionId);
    if (!found) throw new AppError("INVALID", "courses.answer.unknownQuestion");
    if (chosen.has(a.questionId)) throw new AppError("INVALID", "courses.answer.twice", { number: found.number });
    const optionIds = [...new Set(a.optionIds)];
    const own = new Set(found.q.options.map((o) => o.id));
    if (optionIds.some((id) => !own.has(id))) {
      throw new AppError("INVALID", "courses.answer.foreignOption", { number: found.number });
    }
    if (found.q.kind === "SINGLE" && optionIds.length !== 1) {
      throw new AppError("INVALID", "courses.answer.singleChoice", { number: found.number });
    }
    if (optionIds.length === 0) throw new AppError("INVALID", "courses.answer.empty", { number: found.number });
    chosen.set(a.questionId, optionIds);
  }
  const missing = questions.filter((q) => !chosen.has(q.id)).length;
  if (missing > 0) throw new AppError("INVALID", "courses.answer.missing", { count: missing });
  return chosen;
}

/**
 * A question is right when the chosen options are exactly its correct options. Passing is decided in integers
 * (correct × 100 ≥ pass mark × questions) so 4 of 5 passes an 80% mark; the score shown is rounded down.
 */
export function gradeQuiz(questions: readonly GradedQuestion[], answers: readonly Answer[], passMark: number): Grade {
  const chosen = checkAnswers(questions, answers);
  const results = questions.map((q) => {
    const picked = chosen.get(q.id)!;
    const correctOptionIds = q.options.filter((o) => o.correct).map((o) => o.id);
    const correct = picked.length === correctOptionIds.length && correctOptionIds.every((id) => picked.includes(id));
    return { questionId: q.id, chosen: picked, correctOptionIds, correct };
  });
  const correctCount = results.filter((r) => r.correct).length;
  const questionCount = questions.length;
  return {
    results,
    correctCount,
    questionCount,
    score: questionCount === 0 ? 0 : Math.floor((correctCount * 100) / questionCount),
    passed: questionCount > 0 && correctCount * 100 >= passMark * questionCount,
  };
}

function hashSeed(seed: string): number {
  // FNV-1a, enough to spread seeds; not for anything secret.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The same order for the same seed (a reload shows the same quiz), a different one per attempt. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const next = mulberry32(hashSeed(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
