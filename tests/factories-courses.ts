import type { PrismaClient } from "~/server/generated/prisma/client";
import type { ContentCourse, ContentLesson, ContentQuestion } from "~/server/courses/content/types";
import { createCourseFromContent } from "~/server/courses/content-import";
import { uniq } from "~/tests/factories";

/** A question whose first option is the correct one (SINGLE) or the first two (MULTIPLE). */
export function question(prompt: string, kind: "SINGLE" | "MULTIPLE" = "SINGLE"): ContentQuestion {
  return {
    prompt,
    kind,
    explanation: `Because of ${prompt}.`,
    options:
      kind === "SINGLE"
        ? [{ text: "Right", correct: true }, { text: "Wrong", correct: false }, { text: "Also wrong", correct: false }]
        : [{ text: "Right one", correct: true }, { text: "Right two", correct: true }, { text: "Wrong", correct: false }],
  };
}

export type TestCourseOptions = Partial<{
  code: string;
  categoryCode: string;
  trainingDays: string;
  validityMonths: number | null;
  mode: ContentCourse["mode"];
  passMark: number;
  maxAttempts: number | null;
  shuffle: boolean;
  questions: ContentQuestion[];
  lessons: ContentLesson[];
  mandatory: boolean;
}>;

/**
 * A published course (version 1): two readings, an attestation and a quiz of five questions (pass mark 80%)
 * unless `lessons` is given. The category defaults to one the bootstrap creates.
 */
export async function createTestCourse(db: PrismaClient, o: TestCourseOptions = {}) {
  const code = o.code ?? uniq("C").toUpperCase();
  const questions = o.questions ?? [question("Question 1"), question("Question 2", "MULTIPLE"), question("Question 3"), question("Question 4"), question("Question 5")];
  const lessons: ContentLesson[] = o.lessons ?? [
    { kind: "READING", title: "Why it matters", body: "## Why\n\nBecause **it does**.", required: true },
    { kind: "READING", title: "How to act", body: "Act *calmly*.", required: true },
    { kind: "ATTESTATION", title: "Your commitment", statement: "I have read and understood the rules of this test course.", required: true },
    { kind: "QUIZ", title: "Check your understanding", passMark: o.passMark ?? 80, shuffle: o.shuffle ?? false, maxAttempts: o.maxAttempts ?? null, questions, required: true },
  ];
  const content: ContentCourse = {
    code,
    title: `Test course ${code}`,
    summary: "A course made by a test.",
    categoryCode: o.categoryCode ?? "HSS",
    mode: o.mode ?? "ONLINE",
    trainingDays: o.trainingDays ?? "0.5",
    languages: ["en"],
    validityMonths: o.validityMonths ?? null,
    mandatory: o.mandatory ?? false,
    lessons,
  };
  const category = await db.category.findUniqueOrThrow({ where: { code: content.categoryCode }, select: { id: true } });
  const made = await db.$transaction((tx) => createCourseFromContent(tx, content, { categoryId: category.id, ownerId: null, publishedAt: new Date(Date.UTC(2024, 0, 1)) }));
  return { ...made, code, content };
}

/** The lessons of a version with their questions and options (correct flags included, for building answers). */
export async function lessonsOf(db: PrismaClient, versionId: string) {
  return db.lesson.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: {
      id: true, position: true, kind: true, title: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, options: { orderBy: { position: "asc" }, select: { id: true, correct: true } } } },
    },
  });
}

type QuizQuestions = Awaited<ReturnType<typeof lessonsOf>>[number]["questions"];

/** Answers getting exactly `right` questions right (the first ones), the rest wrong. */
export function answers(questions: QuizQuestions, right = questions.length) {
  return questions.map((q, i) => {
    const correct = q.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
    return { questionId: q.id, optionIds: i < right ? correct : [wrong[0]!] };
  });
}
