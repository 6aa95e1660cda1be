import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { markOnlineEnrolment } from "~/server/enrolment/online";
import { queueXapi } from "~/server/xapi/outbox";
import { renderMarkdown } from "~/lib/markdown";
import { addMonths, parseIsoDate, toIsoDate } from "~/lib/dates";
import { SELF_PACED_MODES } from "~/lib/schemas/courses";
import { completeIfDone, latestProgress, lockProgressForLesson, markLessonDone } from "~/server/courses/progress";
import { playerQuiz } from "~/server/courses/quiz-attempts";
import { courseLanguage, localizeCourse, localizeLesson } from "~/lib/courses/i18n";

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
    await queueXapi(tx, { kind: "launched", staffId: actor.id, courseId, progressId: progress.id, at: asOf });
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
    if (lesson.kind === "SCORM") throw new AppError("INVALID", "courses.scormDoneByPackage");
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

// Quizzes (attempts, the rules, results) live in quiz-attempts.ts; submitQuiz is exported here too for its callers.
export { submitQuiz, startQuizAttempt, type QuizResult } from "~/server/courses/quiz-attempts";

// ── What the player shows ──

/** What the reader asked for: the `?lang=` of the page (a course language they switched to) and their own locale. */
export type CourseReader = { lang?: string | null; locale?: string | null };

/**
 * The language a learner reads a course in (courseLanguage: the one they switched to, else their own, else the
 * course's base language), with the languages it is offered in (the switcher). Only the text changes with it:
 * progress, attempts and completion belong to the course.
 */
export function readingLanguage(course: { languages: string[]; baseLocale: string }, reader: CourseReader, actorLocale?: string | null) {
  const current = courseLanguage(course, [reader.lang, reader.locale ?? actorLocale]);
  return { current, offered: course.languages, base: course.baseLocale };
}
export type ReadingLanguage = ReturnType<typeof readingLanguage>;

export type PlayerLesson = Awaited<ReturnType<typeof getPlayerLesson>>;

/**
 * One lesson of the learner's current cycle, with only what the browser may see: Markdown rendered and
 * sanitised; for a quiz, its rules and state, and only an open attempt's questions and options, WITHOUT correct
 * flags or explanations (those come with a passed attempt only; see quiz-attempts.ts).
 * null when the course does not exist or the learner has not started it.
 */
export async function getPlayerLesson(actor: Pick<Actor, "id"> & { locale?: string }, code: string, position: number, asOf: Date = new Date(), reader: CourseReader = {}) {
  const row = await db.course.findUnique({
    where: { code },
    select: { id: true, code: true, title: true, summary: true, validityMonths: true, trainingDays: true, languages: true, baseLocale: true, translations: true },
  });
  if (!row) return null;
  const language = readingLanguage(row, reader, actor.locale);
  const course = localizeCourse(row, language.current);
  const text = <T extends { title: string; body: string; translations: unknown }>(l: T) => localizeLesson(l, row.baseLocale, language.current);
  const progress = await db.courseProgress.findFirst({
    where: { staffId: actor.id, courseId: course.id },
    orderBy: { cycle: "desc" },
    select: { id: true, cycle: true, versionId: true, startedAt: true, completedAt: true, version: { select: { version: true } } },
  });
  if (!progress) return null;
  const [outline, done] = await Promise.all([
    db.lesson.findMany({ where: { versionId: progress.versionId }, orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, title: true, required: true, translations: true } }),
    db.lessonProgress.findMany({ where: { progressId: progress.id }, select: { lessonId: true, completedAt: true, attestedName: true } }),
  ]);
  const doneById = new Map(done.map((d) => [d.lessonId, d]));
  const current = outline.find((l) => l.position === position);
  if (!current) return null;
  const lesson = text(
    await db.lesson.findUniqueOrThrow({
      where: { id: current.id },
      select: {
        id: true, position: true, kind: true, title: true, required: true, body: true, url: true, mediaAssetId: true, watchedThreshold: true,
        versionId: true, passMark: true, shuffle: true, drawCount: true, translations: true,
      },
    }),
  );
  const quiz = lesson.kind === "QUIZ" ? await playerQuiz({ ...progress, courseId: course.id }, lesson, asOf, { baseLocale: row.baseLocale, language: language.current }) : null;
  const mine = doneById.get(lesson.id);
  return {
    course: { id: course.id, code: course.code, title: course.title, trainingDays: course.trainingDays.toString(), validityMonths: course.validityMonths },
    progress: { id: progress.id, cycle: progress.cycle, version: progress.version.version, startedAt: progress.startedAt, completedAt: progress.completedAt },
    /** the language the text is in, and the ones the course is offered in (the switcher) */
    language,
    outline: outline.map(({ translations: _t, ...l }) => ({ ...l, title: text({ ...l, body: "", translations: _t }).title, done: doneById.has(l.id) })),
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
export async function getCompletion(actor: Pick<Actor, "id"> & { locale?: string }, code: string, reader: CourseReader = {}) {
  const row = await db.course.findUnique({
    where: { code },
    select: { id: true, code: true, title: true, summary: true, validityMonths: true, trainingDays: true, languages: true, baseLocale: true, translations: true },
  });
  if (!row) return null;
  const course = localizeCourse(row, readingLanguage(row, reader, actor.locale).current);
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

