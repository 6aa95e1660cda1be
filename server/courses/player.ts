import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { markOnlineEnrolment } from "~/server/enrolment/online";
import { renderMarkdown } from "~/lib/markdown";
import { addMonths, parseIsoDate, toIsoDate } from "~/lib/dates";
import { SELF_PACED_MODES, type SubmitQuizInput } from "~/lib/schemas/courses";
import { gradeQuiz, shuffled } from "~/server/courses/grading";
import { completeIfDone, latestProgress, lockProgressForLesson, markLessonDone } from "~/server/courses/progress";

// The learner's side of a course: starting (or retaking) it, the lesson player's data, and each step.
// Every step runs in one transaction on the learner's locked progress row, so double clicks and two tabs
// are serialised, and a refused step stores nothing.

/** The newest published version: what a new learner starts. */
export async function liveVersion(courseId: string) {
  return db.courseVersion.findFirst({
    where: { courseId, publishedAt: { not: null } },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
}

/**
 * Starts the course, or returns the cycle already under way (so Start is safe to click twice). After a
 * completion, `retake` opens the next cycle on the current version — only for courses that expire
 * (validityMonths); both completions then stay in the ledger.
 */
export async function startCourse(actor: Pick<Actor, "id">, courseId: string, opts: { retake?: boolean } = {}, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`course-progress:${actor.id}:${courseId}`}))`;
    const course = await tx.course.findUnique({ where: { id: courseId }, select: { id: true, code: true, status: true, mode: true, validityMonths: true } });
    if (!course) throw new AppError("NOT_FOUND", "courses.notFound");
    const latest = await latestProgress(tx, actor.id, courseId);
    if (latest && !latest.completedAt) return { progressId: latest.id, cycle: latest.cycle, code: course.code, created: false };
    if (course.status !== "PUBLISHED") throw new AppError("COURSE_NOT_OFFERED", "courses.notOffered");
    if (!SELF_PACED_MODES.includes(course.mode)) throw new AppError("NOT_SELF_PACED", "courses.notSelfPaced");
    if (latest?.completedAt) {
      if (!opts.retake) return { progressId: latest.id, cycle: latest.cycle, code: course.code, created: false };
      if (course.validityMonths === null) throw new AppError("ALREADY_COMPLETED", "courses.completedForGood");
    }
    const version = await tx.courseVersion.findFirst({
      where: { courseId, publishedAt: { not: null } },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    if (!version) throw new AppError("COURSE_NOT_OFFERED", "courses.noPublishedContent");
    const cycle = (latest?.cycle ?? 0) + 1;
    const progress = await tx.courseProgress.create({
      data: { staffId: actor.id, courseId, versionId: version.id, cycle, startedAt: asOf },
      select: { id: true, cycle: true },
    });
    await markOnlineEnrolment(tx, actor.id, courseId, "IN_PROGRESS", { actorId: actor.id, asOf });
    return { progressId: progress.id, cycle: progress.cycle, code: course.code, created: true };
  });
}

export type StepResult = { courseCompleted: boolean; nextPosition: number | null };

async function nextPosition(versionId: string, position: number): Promise<number | null> {
  const next = await db.lesson.findFirst({ where: { versionId, position: { gt: position } }, orderBy: { position: "asc" }, select: { position: true } });
  return next?.position ?? null;
}

/**
 * Marks a reading, an external link ("I have completed it") or a video given by address ("I have watched it")
 * as done. Attestations and quizzes have their own steps; a video with a media asset completes from its
 * watched time (video module), not by a click.
 */
export async function completeLesson(actor: Pick<Actor, "id">, lessonId: string, asOf: Date = new Date()): Promise<StepResult> {
  const result = await db.$transaction(async (tx) => {
    const { lesson, progress } = await lockProgressForLesson(tx, actor.id, lessonId);
    if (lesson.kind === "QUIZ") throw new AppError("INVALID", "courses.quizDoneByPassing");
    if (lesson.kind === "ATTESTATION") throw new AppError("INVALID", "courses.attestToComplete");
    if (lesson.kind === "VIDEO" && lesson.mediaAssetId) throw new AppError("INVALID", "courses.videoDoneByWatching");
    if (progress.completedAt) return { courseCompleted: true, lesson };
    await markLessonDone(tx, progress.id, lesson.id, asOf);
    return { courseCompleted: await completeIfDone(tx, progress, asOf, actor.id), lesson };
  });
  return { courseCompleted: result.courseCompleted, nextPosition: await nextPosition(result.lesson.versionId, result.lesson.position) };
}

/** "I have read and understood …": records the person's name (as it is now in the directory) and the time. */
export async function attestLesson(actor: Pick<Actor, "id">, lessonId: string, asOf: Date = new Date()): Promise<StepResult> {
  const result = await db.$transaction(async (tx) => {
    const { lesson, progress } = await lockProgressForLesson(tx, actor.id, lessonId);
    if (lesson.kind !== "ATTESTATION") throw new AppError("INVALID", "courses.notAttestation");
    if (progress.completedAt) return { courseCompleted: true, lesson };
    const person = await tx.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { fullName: true } });
    await markLessonDone(tx, progress.id, lesson.id, asOf, person.fullName);
    return { courseCompleted: await completeIfDone(tx, progress, asOf, actor.id), lesson };
  });
  return { courseCompleted: result.courseCompleted, nextPosition: await nextPosition(result.lesson.versionId, result.lesson.position) };
}

export type QuizResult = {
  attempt: { number: number; score: number; passed: boolean; correctCount: number; questionCount: number; submittedAt: Date };
  passMark: number;
  attemptsLeft: number | null;
  courseCompleted: boolean;
  /** true when this submission was already stored, or the quiz was already passed: nothing new was stored */
  repeated: boolean;
  questions: {
    id: string;
    prompt: string;
    kind: "SINGLE" | "MULTIPLE";
    explanation: string;
    correct: boolean;
    /** `correct` is revealed once the quiz is passed; a failed attempt shows which questions were wrong and why */
    options: { id: string; text: string; correct: boolean | null; chosen: boolean }[];
  }[];
};

/**
 * The result of a stored attempt (after submission only): per question right or wrong with its explanation.
 * Which options were correct is shown once the attempt passed, so a failed attempt is not an answer key.
 */
async function attemptResult(attemptId: string, extra: { attemptsLeft: number | null; courseCompleted: boolean; repeated: boolean }): Promise<QuizResult> {
  const a = await db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      number: true, score: true, passed: true, correctCount: true, questionCount: true, submittedAt: true,
      lesson: { select: { passMark: true } },
      answers: { select: { questionId: true, optionIds: true, correct: true } },
    },
  });
  const questions = await db.quizQuestion.findMany({
    where: { id: { in: a.answers.map((x) => x.questionId) } },
    orderBy: { position: "asc" },
    select: { id: true, prompt: true, kind: true, explanation: true, options: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true } } },
  });
  const byQuestion = new Map(a.answers.map((x) => [x.questionId, x]));
  return {
    attempt: { number: a.number, score: a.score, passed: a.passed, correctCount: a.correctCount, questionCount: a.questionCount, submittedAt: a.submittedAt },
    passMark: a.lesson.passMark ?? 0,
    ...extra,
    questions: questions.map((q) => {
      const answer = byQuestion.get(q.id)!;
      return {
        id: q.id,
        prompt: q.prompt,
        kind: q.kind,
        explanation: q.explanation,
        correct: answer.correct,
        options: q.options.map((o) => ({ id: o.id, text: o.text, correct: a.passed ? o.correct : null, chosen: answer.optionIds.includes(o.id) })),
      };
    }),
  };
}

/**
 * Grades and stores one attempt with its answers. Refused without storing anything: a course not started,
 * answers that do not fit the quiz, no attempts left. A repeated submission (same submissionId) or one after
 * the quiz was passed returns the stored result instead of a new attempt. Passing may complete the course.
 */
export async function submitQuiz(actor: Pick<Actor, "id">, input: SubmitQuizInput, asOf: Date = new Date()): Promise<QuizResult> {
  const out = await db.$transaction(async (tx) => {
    const { lesson, progress } = await lockProgressForLesson(tx, actor.id, input.lessonId);
    if (lesson.kind !== "QUIZ") throw new AppError("INVALID", "courses.notQuiz");
    const attempts = await tx.quizAttempt.findMany({
      where: { progressId: progress.id, lessonId: lesson.id },
      orderBy: { number: "asc" },
      select: { id: true, submissionId: true, passed: true },
    });
    const left = (used: number) => (lesson.maxAttempts === null ? null : Math.max(0, lesson.maxAttempts - used));
    const same = attempts.find((a) => a.submissionId === input.submissionId);
    const passed = attempts.find((a) => a.passed);
    if (same || passed) {
      return { attemptId: (same ?? passed)!.id, attemptsLeft: left(attempts.length), courseCompleted: !!progress.completedAt, repeated: true };
    }
    if (progress.completedAt) throw new AppError("ALREADY_COMPLETED", "courses.alreadyCompleted");
    if (lesson.maxAttempts !== null && attempts.length >= lesson.maxAttempts) {
      throw new AppError("NO_ATTEMPTS_LEFT", "courses.noAttemptsLeft", { max: lesson.maxAttempts });
    }
    const questions = await tx.quizQuestion.findMany({
      where: { lessonId: lesson.id },
      orderBy: { position: "asc" },
      select: { id: true, kind: true, options: { select: { id: true, correct: true } } },
    });
    if (questions.length === 0) throw new AppError("INVALID", "courses.quizEmpty");
    const passMark = lesson.passMark ?? 0;
    const grade = gradeQuiz(questions, input.answers, passMark);
    const byQuestion = new Map(grade.results.map((r) => [r.questionId, r]));
    const attempt = await tx.quizAttempt.create({
      data: {
        progressId: progress.id,
        lessonId: lesson.id,
        number: attempts.length + 1,
        submissionId: input.submissionId,
        correctCount: grade.correctCount,
        questionCount: grade.questionCount,
        score: grade.score,
        passed: grade.passed,
        submittedAt: asOf,
        answers: { create: questions.map((q) => ({ questionId: q.id, optionIds: byQuestion.get(q.id)!.chosen, correct: byQuestion.get(q.id)!.correct })) },
      },
      select: { id: true },
    });
    let courseCompleted = false;
    if (grade.passed) {
      await markLessonDone(tx, progress.id, lesson.id, asOf);
      courseCompleted = await completeIfDone(tx, progress, asOf, actor.id);
    }
    return { attemptId: attempt.id, attemptsLeft: left(attempts.length + 1), courseCompleted, repeated: false };
  });
  return attemptResult(out.attemptId, out);
}

// ── What the player shows ──

export type PlayerLesson = Awaited<ReturnType<typeof getPlayerLesson>>;

/**
 * One lesson of the learner's current cycle, with only what the browser may see: Markdown rendered and
 * sanitised, quiz questions and options WITHOUT correct flags or explanations (those come with a result).
 * null when the course does not exist or the learner has not started it.
 */
export async function getPlayerLesson(actor: Pick<Actor, "id">, code: string, position: number) {
  const course = await db.course.findUnique({
    where: { code },
    select: { id: true, code: true, title: true, validityMonths: true, trainingDays: true },
  });
  if (!course) return null;
  const progress = await db.courseProgress.findFirst({
    where: { staffId: actor.id, courseId: course.id },
    orderBy: { cycle: "desc" },
    select: { id: true, cycle: true, versionId: true, startedAt: true, completedAt: true, version: { select: { version: true } } },
  });
  if (!progress) return null;
  const [outline, done] = await Promise.all([
    db.lesson.findMany({ where: { versionId: progress.versionId }, orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, title: true, required: true } }),
    db.lessonProgress.findMany({ where: { progressId: progress.id }, select: { lessonId: true, completedAt: true, attestedName: true } }),
  ]);
  const doneById = new Map(done.map((d) => [d.lessonId, d]));
  const current = outline.find((l) => l.position === position);
  if (!current) return null;
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: current.id },
    select: {
      id: true, position: true, kind: true, title: true, required: true, body: true, url: true, mediaAssetId: true, watchedThreshold: true,
      passMark: true, shuffle: true, maxAttempts: true,
    },
  });
  const quiz = lesson.kind === "QUIZ" ? await playerQuiz(progress.id, lesson) : null;
  const mine = doneById.get(lesson.id);
  return {
    course: { id: course.id, code: course.code, title: course.title, trainingDays: course.trainingDays.toString(), validityMonths: course.validityMonths },
    progress: { id: progress.id, cycle: progress.cycle, version: progress.version.version, startedAt: progress.startedAt, completedAt: progress.completedAt },
    outline: outline.map((l) => ({ ...l, done: doneById.has(l.id) })),
    lesson: {
      id: lesson.id,
      position: lesson.position,
      kind: lesson.kind,
      title: lesson.title,
      required: lesson.required,
      html: lesson.kind === "READING" ? renderMarkdown(lesson.body) : null,
      text: lesson.kind === "READING" ? null : lesson.body,
      url: lesson.url,
      mediaAssetId: lesson.mediaAssetId,
      watchedThreshold: lesson.watchedThreshold,
      done: !!mine,
      doneAt: mine?.completedAt ?? null,
      attestedName: mine?.attestedName ?? null,
    },
    quiz,
    nextPosition: outline.find((l) => l.position > position)?.position ?? null,
    previousPosition: [...outline].reverse().find((l) => l.position < position)?.position ?? null,
  };
}

async function playerQuiz(progressId: string, lesson: { id: string; passMark: number | null; shuffle: boolean; maxAttempts: number | null }) {
  const [questions, attempts] = await Promise.all([
    // Safe fields only: no `correct`, no `explanation`.
    db.quizQuestion.findMany({
      where: { lessonId: lesson.id },
      orderBy: { position: "asc" },
      select: { id: true, kind: true, prompt: true, options: { orderBy: { position: "asc" }, select: { id: true, text: true } } },
    }),
    db.quizAttempt.findMany({
      where: { progressId, lessonId: lesson.id },
      orderBy: { number: "asc" },
      select: { id: true, number: true, score: true, passed: true, submittedAt: true },
    }),
  ]);
  const nextAttempt = attempts.length + 1;
  const passedAttempt = attempts.find((a) => a.passed) ?? null;
  return {
    passMark: lesson.passMark ?? 0,
    maxAttempts: lesson.maxAttempts,
    attemptsLeft: lesson.maxAttempts === null ? null : Math.max(0, lesson.maxAttempts - attempts.length),
    // A reload shows the same order; the next attempt gets a new one.
    questions: lesson.shuffle ? shuffled(questions, `${progressId}:${lesson.id}:${nextAttempt}`) : questions,
    attempts: attempts.map(({ id: _id, ...a }) => a),
    bestScore: attempts.length ? Math.max(...attempts.map((a) => a.score)) : null,
    passedResult: passedAttempt ? await attemptResult(passedAttempt.id, { attemptsLeft: null, courseCompleted: false, repeated: true }) : null,
  };
}

/** Where Resume takes the learner: the first lesson not yet done in their cycle (the first one before any). */
export async function resumePosition(progressId: string): Promise<number> {
  const progress = await db.courseProgress.findUniqueOrThrow({ where: { id: progressId }, select: { versionId: true } });
  const lessons = await db.lesson.findMany({
    where: { versionId: progress.versionId },
    orderBy: { position: "asc" },
    select: { position: true, lessonProgress: { where: { progressId }, select: { id: true } } },
  });
  return (lessons.find((l) => l.lessonProgress.length === 0) ?? lessons[0])?.position ?? 1;
}

/** The completion screen's facts: when, which version, the days credited and, for expiring courses, until when. */
export async function getCompletion(actor: Pick<Actor, "id">, code: string) {
  const course = await db.course.findUnique({ where: { code }, select: { id: true, code: true, title: true, validityMonths: true, trainingDays: true } });
  if (!course) return null;
  const progress = await db.courseProgress.findFirst({
    where: { staffId: actor.id, courseId: course.id, completedAt: { not: null } },
    orderBy: { cycle: "desc" },
    select: { id: true, cycle: true, completedAt: true, startedAt: true, version: { select: { version: true } } },
  });
  if (!progress) return null;
  const record = await db.trainingRecord.findUnique({
    where: { sourceKey: `course-completion:${progress.id}` },
    select: { trainingDays: true, endDate: true },
  });
  const validUntil = course.validityMonths === null ? null : parseIsoDate(addMonths(toIsoDate(progress.completedAt!), course.validityMonths));
  return {
    course: { code: course.code, title: course.title, validityMonths: course.validityMonths },
    cycle: progress.cycle,
    version: progress.version.version,
    startedAt: progress.startedAt,
    completedAt: progress.completedAt!,
    trainingDays: (record?.trainingDays ?? course.trainingDays).toString(),
    validUntil,
  };
}

