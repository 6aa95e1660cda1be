import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import type { SubmitQuizInput } from "~/lib/schemas/courses";
import { gradeQuiz } from "~/server/courses/grading";
import { drawAttempt, quizWindow, type QuizRules, type QuizWindow } from "~/server/courses/quiz-rules";
import { completeIfDone, lockProgressForLesson, markLessonDone } from "~/server/courses/progress";
import { queueXapi } from "~/server/xapi/outbox";
import { courseLanguage, localizeLesson, localizeOption, localizeQuestion } from "~/lib/courses/i18n";

// A learner's attempts at a quiz: starting one (drawing its questions from the pool and storing what is shown),
// submitting it, the result the browser may see, and the quiz as the player shows it. Every rule is checked here,
// on the server, with the caller's clock (asOf): the player only shows what these functions decide.

type QuizLesson = { id: string; position: number; versionId: string; passMark: number | null; shuffle: boolean; drawCount: number | null };
type CycleRef = { id: string; courseId: string; versionId: string };
/**
 * The language questions, options and explanations are shown in, and the course's base language (the columns). Only
 * text follows it: attempts, answers and grading are by question and option ids, the same in every language.
 */
export type QuizText = { baseLocale: string; language: string };
const BASE_TEXT: QuizText = { baseLocale: "en", language: "en" };

/** Where a learner stands with one quiz in their cycle: the course's rules, attempts, grants and earlier lessons not done. */
async function quizStanding(tx: Tx, progress: CycleRef, lesson: QuizLesson, asOf: Date) {
  const where = { progressId: progress.id, lessonId: lesson.id };
  // One after the other: a transaction is one connection, which runs one query at a time anyway.
  const course = await tx.course.findUniqueOrThrow({ where: { id: progress.courseId }, select: { quizAttempts: true, quizWaitHours: true, lessonsBeforeQuiz: true } });
  const attempts = await tx.quizAttempt.findMany({
    where,
    orderBy: { number: "asc" },
    select: { id: true, number: true, submissionId: true, score: true, passed: true, submittedAt: true, questionIds: true, optionIds: true },
  });
  const grants = await tx.quizAttemptGrant.findMany({ where, select: { grantedAt: true } });
  // Only required lessons hold the quiz back: an optional lesson stays optional.
  const missingLessons = course.lessonsBeforeQuiz
    ? await tx.lesson.findMany({
        where: { versionId: lesson.versionId, position: { lt: lesson.position }, required: true, lessonProgress: { none: { progressId: progress.id } } },
        orderBy: { position: "asc" },
        select: { position: true, title: true, translations: true },
      })
    : [];
  const rules: QuizRules = { attempts: course.quizAttempts, waitHours: course.quizWaitHours };
  const submitted = attempts.flatMap((a) => (a.submittedAt ? [{ ...a, submittedAt: a.submittedAt }] : []));
  return {
    rules,
    lessonsBeforeQuiz: course.lessonsBeforeQuiz,
    missingLessons,
    attempts,
    submitted,
    open: attempts.find((a) => !a.submittedAt) ?? null,
    passed: attempts.find((a) => a.passed) ?? null,
    window: quizWindow(rules, submitted, grants, asOf),
  };
}
type Standing = Awaited<ReturnType<typeof quizStanding>>;

/** Refuses a new attempt the rules do not allow: earlier lessons not done, or no attempt left now. */
function assertMayStart(s: Standing) {
  const first = s.missingLessons[0];
  if (first) throw new AppError("QUIZ_LOCKED", "courses.quizLessonsFirst", { count: s.missingLessons.length, position: first.position, title: first.title });
  if (s.window.state === "waiting") throw new AppError("NO_ATTEMPTS_LEFT", "courses.quizWaiting", { max: s.rules.attempts ?? 0, opensAt: s.window.opensAt });
  if (s.window.state === "closed") throw new AppError("NO_ATTEMPTS_LEFT", "courses.noAttemptsLeft", { max: s.rules.attempts ?? 0 });
}

/** Draws a new attempt from the pool and stores it (the caller checked the rules and holds the cycle's lock). */
async function openAttempt(tx: Tx, progressId: string, lesson: QuizLesson, number: number, asOf: Date) {
  const pool = await tx.quizQuestion.findMany({
    where: { lessonId: lesson.id },
    orderBy: { position: "asc" },
    select: { id: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (pool.length === 0) throw new AppError("INVALID", "courses.quizEmpty");
  const draw = drawAttempt(
    pool.map((q) => ({ id: q.id, optionIds: q.options.map((o) => o.id) })),
    { count: lesson.drawCount, shuffle: lesson.shuffle },
    randomUUID(),
  );
  return tx.quizAttempt.create({
    data: { progressId, lessonId: lesson.id, number, startedAt: asOf, questionIds: draw.questionIds, optionIds: draw.optionIds, questionCount: draw.questionIds.length },
    select: { id: true, number: true, questionIds: true, optionIds: true },
  });
}

/**
 * Starts an attempt: draws its questions and stores them with the order shown. Returns the attempt already open
 * (a reload, a second tab) instead of drawing again, and nothing new once the quiz is passed. Refused when the
 * course's rules do not allow an attempt now.
 */
export async function startQuizAttempt(actor: Pick<Actor, "id">, lessonId: string, asOf: Date = new Date()): Promise<{ number: number; created: boolean }> {
  return db.$transaction(async (tx) => {
    const { lesson, progress } = await lockProgressForLesson(tx, actor.id, lessonId);
    if (lesson.kind !== "QUIZ") throw new AppError("INVALID", "courses.notQuiz");
    const s = await quizStanding(tx, progress, lesson, asOf);
    if (s.passed) return { number: s.passed.number, created: false };
    if (s.open) return { number: s.open.number, created: false };
    if (progress.completedAt) throw new AppError("ALREADY_COMPLETED", "courses.alreadyCompleted");
    assertMayStart(s);
    const attempt = await openAttempt(tx, progress.id, lesson, s.attempts.length + 1, asOf);
    return { number: attempt.number, created: true };
  });
}

export type QuizResultQuestion = {
  id: string;
  prompt: string;
  /** whether the learner got this question right */
  correct: boolean;
  /** only once the quiz is passed: the options as shown, which were right, the learner's choice and why */
  review: { kind: "SINGLE" | "MULTIPLE"; explanation: string; options: { id: string; text: string; correct: boolean; chosen: boolean }[] } | null;
};

export type QuizResult = {
  attempt: { number: number; score: number; passed: boolean; correctCount: number; questionCount: number; submittedAt: Date };
  passMark: number;
  /** attempts left now (null = unlimited); 0 with opensAt when the learner waits */
  attemptsLeft: number | null;
  opensAt: Date | null;
  courseCompleted: boolean;
  /** true when this submission was already stored, or the quiz was already passed: nothing new was stored */
  repeated: boolean;
  questions: QuizResultQuestion[];
};

/** The attempt's questions in the order shown; attempts bulk-written without a draw (demo history) fall back to the quiz's order. */
function shownQuestionIds(a: { questionIds: string[] }, answered: { questionId: string; position: number }[]): string[] {
  if (a.questionIds.length) return a.questionIds;
  return [...answered].sort((x, y) => x.position - y.position).map((x) => x.questionId);
}

/** Options in the order the attempt showed them (unknown ones, from a bulk-written attempt, in the quiz's order). */
function inShownOrder<T extends { id: string; position: number }>(options: T[], shown: string[]): T[] {
  const rank = new Map(shown.map((id, i) => [id, i]));
  return [...options].sort((a, b) => (rank.get(a.id) ?? shown.length + a.position) - (rank.get(b.id) ?? shown.length + b.position));
}

/**
 * The result of a submitted attempt. A failed attempt says which questions were wrong — by the question as the
 * learner read it — and nothing more: no options marked right, no explanation (the next attempt draws again). A
 * passed attempt is the full review: the options as shown, the learner's choices, the right ones and why.
 */
async function attemptResult(attemptId: string, extra: { window: QuizWindow | null; courseCompleted: boolean; repeated: boolean }, text: QuizText = BASE_TEXT): Promise<QuizResult> {
  const a = await db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      number: true, score: true, passed: true, correctCount: true, questionCount: true, submittedAt: true, questionIds: true, optionIds: true,
      lesson: { select: { passMark: true } },
      answers: { select: { questionId: true, optionIds: true, correct: true, question: { select: { position: true } } } },
    },
  });
  const byQuestion = new Map(a.answers.map((x) => [x.questionId, x]));
  const order = shownQuestionIds(a, a.answers.map((x) => ({ questionId: x.questionId, position: x.question.position })));
  const rows = await db.quizQuestion.findMany({
    where: { id: { in: order } },
    select: {
      id: true, prompt: true, kind: true, translations: true,
      // Read only for a passed attempt: what is never loaded cannot leak.
      explanation: a.passed,
      options: a.passed ? { select: { id: true, text: true, correct: true, position: true, translations: true } } : false,
    },
  });
  const byId = new Map(rows.map((q) => [q.id, q]));
  const shown = (q: (typeof rows)[number]) => localizeQuestion({ ...q, explanation: q.explanation ?? "" }, text.baseLocale, text.language);
  const window = extra.window;
  return {
    attempt: {
      number: a.number, score: a.score ?? 0, passed: a.passed, correctCount: a.correctCount ?? 0, questionCount: a.questionCount, submittedAt: a.submittedAt!,
    },
    passMark: a.lesson.passMark ?? 0,
    attemptsLeft: a.passed || !window ? null : window.attemptsLeft,
    opensAt: !a.passed && window?.state === "waiting" ? window.opensAt : null,
    courseCompleted: extra.courseCompleted,
    repeated: extra.repeated,
    questions: order.flatMap((id) => {
      const q = byId.get(id);
      const answer = byQuestion.get(id);
      if (!q || !answer) return [];
      return [
        {
          id: q.id,
          prompt: shown(q).prompt,
          correct: answer.correct,
          review:
            a.passed && q.options
              ? {
                  kind: q.kind,
                  explanation: shown(q).explanation,
                  options: inShownOrder(q.options, a.optionIds).map((o) => ({
                    id: o.id,
                    text: localizeOption(o, text.baseLocale, text.language).text,
                    correct: o.correct,
                    chosen: answer.optionIds.includes(o.id),
                  })),
                }
              : null,
        },
      ];
    }),
  };
}

/**
 * Grades and stores the learner's open attempt with its answers: the answers must be for exactly the questions
 * that attempt showed. A submission with no attempt open (an API client) starts one under the same rules first.
 * Refused without storing anything: a course not started, earlier lessons not done, no attempt allowed now, answers
 * that do not fit. A repeated submission (same submissionId) or one after the quiz was passed returns the stored
 * result instead of a new attempt. Passing may complete the course.
 */
export async function submitQuiz(actor: Pick<Actor, "id"> & { locale?: string }, input: SubmitQuizInput & { lang?: string | null }, asOf: Date = new Date()): Promise<QuizResult> {
  const out = await db.$transaction(async (tx) => {
    const { lesson, progress } = await lockProgressForLesson(tx, actor.id, input.lessonId);
    if (lesson.kind !== "QUIZ") throw new AppError("INVALID", "courses.notQuiz");
    const s = await quizStanding(tx, progress, lesson, asOf);
    const same = s.attempts.find((a) => a.submissionId === input.submissionId);
    const done = same ?? s.passed;
    if (done) return { attemptId: done.id, window: s.window, courseCompleted: !!progress.completedAt, repeated: true };
    if (progress.completedAt) throw new AppError("ALREADY_COMPLETED", "courses.alreadyCompleted");
    // An open attempt was allowed when it started; only a submission that starts its own is checked here.
    if (s.missingLessons.length) assertMayStart(s);
    const attempt = s.open ?? (assertMayStart(s), await openAttempt(tx, progress.id, lesson, s.attempts.length + 1, asOf));
    const questions = await tx.quizQuestion.findMany({
      where: { id: { in: attempt.questionIds } },
      select: { id: true, kind: true, options: { select: { id: true, correct: true } } },
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    // In the order shown, so "question 3 has no answer" points at the third question on the learner's screen.
    const shown = attempt.questionIds.map((id) => byId.get(id)!).filter(Boolean);
    const grade = gradeQuiz(shown, input.answers, lesson.passMark ?? 0);
    await tx.quizAttempt.update({
      where: { id: attempt.id },
      data: {
        submissionId: input.submissionId,
        correctCount: grade.correctCount,
        questionCount: grade.questionCount,
        score: grade.score,
        passed: grade.passed,
        submittedAt: asOf,
        answers: { create: grade.results.map((r) => ({ questionId: r.questionId, optionIds: r.chosen, correct: r.correct })) },
      },
    });
    await queueXapi(tx, { kind: "quiz", staffId: actor.id, courseId: progress.courseId, progressId: progress.id, lessonId: lesson.id, attemptId: attempt.id, passed: grade.passed, correctCount: grade.correctCount, questionCount: grade.questionCount, at: asOf });
    let courseCompleted = false;
    if (grade.passed) {
      await markLessonDone(tx, progress.id, lesson.id, asOf);
      courseCompleted = await completeIfDone(tx, progress, asOf, actor.id);
    }
    const after = quizWindow(s.rules, [...s.submitted, { submittedAt: asOf }], await tx.quizAttemptGrant.findMany({ where: { progressId: progress.id, lessonId: lesson.id }, select: { grantedAt: true } }), asOf);
    return { attemptId: attempt.id, window: after, courseCompleted, repeated: false };
  });
  // The result in the language the learner was reading the quiz in (the page sends it), else their own.
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: input.lessonId }, select: { version: { select: { course: { select: { languages: true, baseLocale: true } } } } } });
  const course = lesson.version.course;
  return attemptResult(out.attemptId, out, { baseLocale: course.baseLocale, language: courseLanguage(course, [input.lang, actor.locale]) });
}

// ── The quiz as the player shows it ──

export type QuizState = "locked" | "ready" | "inProgress" | "waiting" | "closed" | "passed";

/**
 * The quiz for the player, with only what the browser may see before a pass: the rules (shown before the learner
 * starts), the attempts left or when the quiz opens again, the lessons still to do, and — while an attempt is open —
 * its questions and options in the stored order, WITHOUT correct flags or explanations. The full review comes only
 * with a passed attempt.
 */
export async function playerQuiz(progress: CycleRef & { completedAt: Date | null }, lesson: QuizLesson, asOf: Date = new Date(), text: QuizText = BASE_TEXT) {
  const [s, poolSize] = await Promise.all([quizStanding(db, progress, lesson, asOf), db.quizQuestion.count({ where: { lessonId: lesson.id } })]);
  const state: QuizState = s.passed
    ? "passed"
    : s.open
      ? "inProgress"
      : s.missingLessons.length
        ? "locked"
        : s.window.state === "open"
          ? "ready"
          : s.window.state;
  const questions = state === "inProgress" && s.open ? await shownQuestions(s.open, text) : [];
  return {
    state,
    passMark: lesson.passMark ?? 0,
    questionCount: lesson.drawCount === null ? poolSize : Math.min(lesson.drawCount, poolSize),
    poolSize,
    rules: s.rules,
    attemptsLeft: s.window.attemptsLeft,
    opensAt: s.window.state === "waiting" ? s.window.opensAt : null,
    missingLessons: s.missingLessons.map((l) => ({ position: l.position, title: localizeLesson({ ...l, body: "" }, text.baseLocale, text.language).title })),
    attemptNumber: s.open?.number ?? s.attempts.length + 1,
    questions,
    attempts: s.submitted.map((a) => ({ number: a.number, score: a.score ?? 0, passed: a.passed, submittedAt: a.submittedAt })),
    bestScore: s.submitted.length ? Math.max(...s.submitted.map((a) => a.score ?? 0)) : null,
    passedResult: s.passed ? await attemptResult(s.passed.id, { window: null, courseCompleted: !!progress.completedAt, repeated: true }, text) : null,
  };
}

/** An open attempt's questions and options in the order drawn. Safe fields only: no `correct`, no `explanation`. */
async function shownQuestions(attempt: { questionIds: string[]; optionIds: string[] }, text: QuizText) {
  const rows = await db.quizQuestion.findMany({
    where: { id: { in: attempt.questionIds } },
    select: { id: true, kind: true, prompt: true, translations: true, options: { select: { id: true, text: true, position: true, translations: true } } },
  });
  const byId = new Map(rows.map((q) => [q.id, q]));
  return attempt.questionIds.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    const prompt = localizeQuestion({ ...q, explanation: "" }, text.baseLocale, text.language).prompt;
    const options = inShownOrder(q.options, attempt.optionIds).map((o) => ({ id: o.id, text: localizeOption(o, text.baseLocale, text.language).text }));
    return [{ id: q.id, kind: q.kind, prompt, options }];
  });
}
