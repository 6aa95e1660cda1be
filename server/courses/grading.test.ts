import { describe, expect, it } from "vitest";
import { AppError } from "~/server/errors";
import { checkAnswers, gradeQuiz, shuffled, type GradedQuestion } from "./grading";

const quiz: GradedQuestion[] = [
  { id: "q1", kind: "SINGLE", options: [{ id: "a", correct: true }, { id: "b", correct: false }] },
  { id: "q2", kind: "MULTIPLE", options: [{ id: "c", correct: true }, { id: "d", correct: true }, { id: "e", correct: false }] },
  { id: "q3", kind: "SINGLE", options: [{ id: "f", correct: false }, { id: "g", correct: true }] },
  { id: "q4", kind: "SINGLE", options: [{ id: "h", correct: true }, { id: "i", correct: false }] },
  { id: "q5", kind: "SINGLE", options: [{ id: "j", correct: true }, { id: "k", correct: false }] },
];

const allRight = [
  { questionId: "q1", optionIds: ["a"] },
  { questionId: "q2", optionIds: ["d", "c"] },
  { questionId: "q3", optionIds: ["g"] },
  { questionId: "q4", optionIds: ["h"] },
  { questionId: "q5", optionIds: ["j"] },
];

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).userMessage;
  }
  throw new Error("expected a refusal");
}

describe("grading a quiz", () => {
  it("passes with every answer right, in any option order", () => {
    const g = gradeQuiz(quiz, allRight, 80);
    expect(g).toMatchObject({ correctCount: 5, questionCount: 5, score: 100, passed: true });
  });

  it("passes exactly at the pass mark (4 of 5 at 80%) and fails just below it (3 of 5)", () => {
    const four = allRight.map((a) => (a.questionId === "q5" ? { questionId: "q5", optionIds: ["k"] } : a));
    expect(gradeQuiz(quiz, four, 80)).toMatchObject({ correctCount: 4, score: 80, passed: true });
    const three = four.map((a) => (a.questionId === "q4" ? { questionId: "q4", optionIds: ["i"] } : a));
    expect(gradeQuiz(quiz, three, 80)).toMatchObject({ correctCount: 3, score: 60, passed: false });
  });

  it("decides passing exactly, not on a rounded score (2 of 3 = 66.67% fails a 67% mark, passes 66%)", () => {
    const three = quiz.slice(0, 3);
    const twoRight = [allRight[0]!, allRight[1]!, { questionId: "q3", optionIds: ["f"] }];
    expect(gradeQuiz(three, twoRight, 67)).toMatchObject({ score: 66, passed: false });
    expect(gradeQuiz(three, twoRight, 66)).toMatchObject({ score: 66, passed: true });
  });

  it("counts a multiple-choice question right only with all its correct options and no wrong one", () => {
    const partial = allRight.map((a) => (a.questionId === "q2" ? { questionId: "q2", optionIds: ["c"] } : a));
    expect(gradeQuiz(quiz, partial, 80).results.find((r) => r.questionId === "q2")!.correct).toBe(false);
    const extra = allRight.map((a) => (a.questionId === "q2" ? { questionId: "q2", optionIds: ["c", "d", "e"] } : a));
    expect(gradeQuiz(quiz, extra, 80).results.find((r) => r.questionId === "q2")!.correct).toBe(false);
  });

  it("a pass mark of 0 passes anyone who answers", () => {
    const wrong = quiz.map((q) => ({ questionId: q.id, optionIds: [q.options.find((o) => !o.correct)!.id] }));
    expect(gradeQuiz(quiz, wrong, 0)).toMatchObject({ correctCount: 0, passed: true });
  });
});

describe("refusing answers that do not fit the quiz", () => {
  it("an option of another question", () => {
    const foreign = allRight.map((a) => (a.questionId === "q1" ? { questionId: "q1", optionIds: ["g"] } : a));
    expect(refusal(() => checkAnswers(quiz, foreign))).toBe("An answer to question 1 is not one of its options. Reload the page and try again.");
  });

  it("a question that is not in the quiz", () => {
    expect(refusal(() => checkAnswers(quiz, [...allRight, { questionId: "zz", optionIds: ["a"] }]))).toMatch(/not in this quiz/);
  });

  it("two answers to a single-choice question", () => {
    const two = allRight.map((a) => (a.questionId === "q3" ? { questionId: "q3", optionIds: ["f", "g"] } : a));
    expect(refusal(() => checkAnswers(quiz, two))).toBe("Question 3 takes exactly one answer.");
  });

  it("unanswered questions, and a question answered twice", () => {
    expect(refusal(() => checkAnswers(quiz, allRight.slice(0, 3)))).toBe("Answer every question before submitting: 2 are unanswered.");
    expect(refusal(() => checkAnswers(quiz, [...allRight, allRight[0]!]))).toBe("Question 1 is answered twice.");
  });
});

describe("shuffling questions", () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  it("gives the same order for the same seed and keeps every item", () => {
    expect(shuffled(items, "p1:l1:1")).toEqual(shuffled(items, "p1:l1:1"));
    expect([...shuffled(items, "p1:l1:1")].sort((a, b) => a - b)).toEqual(items);
  });
  it("gives another order for the next attempt", () => {
    expect(shuffled(items, "p1:l1:2")).not.toEqual(shuffled(items, "p1:l1:1"));
  });
});
