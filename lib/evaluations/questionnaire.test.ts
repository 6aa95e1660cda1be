import { describe, expect, it } from "vitest";
import { checkAnswers, localized, parseQuestions, Questions, type Question } from "~/lib/evaluations/questionnaire";

const QUESTIONS: Question[] = [
  { id: "satisfaction", kind: "scale", text: { en: "Satisfied?" }, required: true },
  { id: "applied", kind: "choice", text: { en: "Applied?", fr: "Appliqué ?" }, required: false, options: [
    { value: "yes", text: { en: "Yes" } },
    { value: "no", text: { en: "No" } },
  ] },
  { id: "comment", kind: "text", text: { en: "Comment" }, required: false },
];

describe("questionnaire questions", () => {
  it("accepts scale, choice and text questions with unique ids", () => {
    expect(Questions.safeParse(QUESTIONS).success).toBe(true);
  });

  it("refuses duplicate ids, a choice with one option, an empty English text and no question at all", () => {
    expect(Questions.safeParse([QUESTIONS[0], QUESTIONS[0]]).success).toBe(false);
    expect(Questions.safeParse([{ ...QUESTIONS[1], options: [{ value: "yes", text: { en: "Yes" } }] }]).success).toBe(false);
    expect(Questions.safeParse([{ ...QUESTIONS[0], text: { en: "  " } }]).success).toBe(false);
    expect(Questions.safeParse([]).success).toBe(false);
    expect(Questions.safeParse([{ ...QUESTIONS[0], id: "has space" }]).success).toBe(false);
  });

  it("reads stored JSON leniently: an invalid questionnaire asks nothing rather than failing", () => {
    expect(parseQuestions({ not: "a list" })).toEqual([]);
    expect(parseQuestions(QUESTIONS)).toHaveLength(3);
  });

  it("words a question in the reader's language, else English", () => {
    expect(localized(QUESTIONS[1]!.text, "fr")).toBe("Appliqué ?");
    expect(localized(QUESTIONS[1]!.text, "zh")).toBe("Applied?");
  });
});

describe("checking answers", () => {
  it("stores valid answers trimmed, scales given as digits as numbers, and drops empty optional texts", () => {
    expect(checkAnswers(QUESTIONS, { satisfaction: "4", applied: "yes", comment: "  " })).toEqual({ ok: true, answers: { satisfaction: 4, applied: "yes" } });
  });

  it("names every problem: a missing required answer, a scale outside 1–5, an unknown option or question, a text too long", () => {
    const r = checkAnswers(QUESTIONS, { applied: "maybe", comment: "x".repeat(2001), other: 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual(
      expect.arrayContaining([
        { questionId: "satisfaction", problem: "required" },
        { questionId: "applied", problem: "invalidChoice" },
        { questionId: "comment", problem: "tooLong" },
        { questionId: "other", problem: "unknownQuestion" },
      ]),
    );
    expect(checkAnswers(QUESTIONS, { satisfaction: 6 }).ok).toBe(false);
    expect(checkAnswers(QUESTIONS, { satisfaction: 0 }).ok).toBe(false);
    expect(checkAnswers(QUESTIONS, { satisfaction: 2.5 }).ok).toBe(false);
    expect(checkAnswers(QUESTIONS, { satisfaction: 5, comment: "x".repeat(2000) }).ok).toBe(true);
  });
});
