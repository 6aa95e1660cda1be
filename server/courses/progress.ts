import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { recordParticipation } from "~/server/records/ledger";
import { markOnlineEnrolment } from "~/server/enrolment/online";
import { queueXapi } from "~/server/xapi/outbox";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { scorePercent } from "~/lib/scorm/cmi";

// A learner's progress through a course: the part every step shares, and where they stand (for compliance).

// ── Where a person stands, for "Why not complete?"

export type CourseProgressExplanation = {
  started: boolean;
  completed: boolean;
  lessonsDone: number;
  lessonsRequired: number;
  missingLessons: { position: number; title: string }[];
  quiz: { bestScore: number | null; passMark: number; attempts: number; maxAttempts: number | null } | null;
  /** the scores SCORM lessons reported in the cycle, shown like the quiz score (percent, and raw out of max); absent when none */
  scormScores?: { position: number; title: string; percent: number | null; raw: number | null; max: number | null }[];
};

/**
 * Where a person stands in a course, for the plain-language "Why not complete?" ("Lesson 3 not finished; quiz
 * best score 60%, pass mark 80%"). It reads the person's latest cycle (a recertification retake is a new cycle);
 * before they start, it describes the version they would start. `quiz` is the first quiz not yet passed (the
 * last quiz once all are passed), or null for a course without a quiz.
 */
export async function explainCourseProgress(staffId: string, courseId: string): Promise<CourseProgressExplanation> {
  const progress = await db.courseProgress.findFirst({
    where: { staffId, courseId },
    orderBy: { cycle: "desc" },
    select: { id: true, versionId: true, completedAt: true },
  });
  const versionId =
    progress?.versionId ??
    (await db.courseVersion.findFirst({ where: { courseId, publishedAt: { not: null } }, orderBy: { version: "desc" }, select: { id: true } }))?.id;
  if (!versionId) {
    return { started: false, completed: false, lessonsDone: 0, lessonsRequired: 0, missingLessons: [], quiz: null };
  }
  const [lessons, course] = await Promise.all([
    db.lesson.findMany({
      where: { versionId },
      orderBy: { position: "asc" },
      select: {
        id: true, position: true, title: true, kind: true, required: true, passMark: true,
        lessonProgress: progress ? { where: { progressId: progress.id }, select: { id: true } } : false,
        // Submitted attempts only: an attempt still open has no score.
        quizAttempts: progress ? { where: { progressId: progress.id, submittedAt: { not: null } }, select: { score: true, passed: true } } : false,
        scormAttempts: progress ? { where: { progressId: progress.id }, select: { scoreRaw: true, scoreMin: true, scoreMax: true, scoreScaled: true } } : false,
      },
    }),
    db.course.findUniqueOrThrow({ where: { id: courseId }, select: { quizAttempts: true } }),
  ]);
  const required = lessons.filter((l) => l.required);
  const isDone = (l: (typeof lessons)[number]) => (l.lessonProgress?.length ?? 0) > 0;
  const missing = required.filter((l) => !isDone(l));
  const quizzes = lessons.filter((l) => l.kind === "QUIZ");
  const quiz = quizzes.find((q) => !(q.quizAttempts ?? []).some((a) => a.passed)) ?? quizzes.at(-1);
  const attempts = quiz?.quizAttempts ?? [];
  const scormScores = lessons.flatMap((l) => {
    const a = l.scormAttempts?.[0];
    const n = (d: { toString(): string } | null | undefined) => (d == null ? null : Number(d.toString()));
    if (!a || (a.scoreRaw === null && a.scoreScaled === null)) return [];
    const score = { raw: n(a.scoreRaw), min: n(a.scoreMin), max: n(a.scoreMax), scaled: n(a.scoreScaled) };
    return [{ position: l.position, title: l.title, percent: scorePercent(score), raw: score.raw, max: score.max }];
  });
  return {
    started: !!progress,
    completed: !!progress?.completedAt,
    lessonsDone: progress?.completedAt ? required.length : required.length - missing.length,
    lessonsRequired: required.length,
    missingLessons: progress?.completedAt ? [] : missing.map((l) => ({ position: l.position, title: l.title })),
    quiz: quiz
      ? {
          bestScore: attempts.length ? Math.max(...attempts.map((a) => a.score ?? 0)) : null,
          passMark: quiz.passMark ?? 0,
          attempts: attempts.length,
          // attempts per set (the course's rule); a set can reopen after the waiting time or by an L&D grant
          maxAttempts: course.quizAttempts,
        }
      : null,
    ...(scormScores.length ? { scormScores } : {}),
  };
}

// ── The steps' shared part: finding the cycle a lesson belongs to, serialising steps on it, and completing the course
// exactly once. Callers (the player, the video module) hold the transaction.

export type OpenProgress = { id: string; staffId: string; courseId: string; versionId: string; cycle: number; startedAt: Date; completedAt: Date | null };

const PROGRESS_SELECT = { id: true, staffId: true, courseId: true, versionId: true, cycle: true, startedAt: true, completedAt: true } as const;

/** The calendar date (UTC) of an instant, as the ledger stores dates. */
export function ledgerDate(d: Date): Date {
  return parseIsoDate(toIsoDate(d));
}

/** The person's latest cycle in a course (the one the player shows), or null before they start. */
export async function latestProgress(tx: Tx, staffId: string, courseId: string): Promise<OpenProgress | null> {
  return tx.courseProgress.findFirst({ where: { staffId, courseId }, orderBy: { cycle: "desc" }, select: PROGRESS_SELECT });
}

/**
 * The cycle a step on `lessonId` belongs to, locked for the rest of the transaction so that two steps of one
 * person (a double click, two tabs) run one after the other. Refuses a lesson of a course the person has not
 * started, or of a version other than the one they are taking.
 */
export async function lockProgressForLesson(tx: Tx, staffId: string, lessonId: string) {
  const lesson = await tx.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true, kind: true, title: true, position: true, versionId: true, passMark: true, shuffle: true, drawCount: true, mediaAssetId: true,
      version: { select: { courseId: true } },
    },
  });
  if (!lesson) throw new AppError("NOT_FOUND", "courses.lessonNotFound");
  // The latest cycle, found and locked in one statement: FOR UPDATE waits for a concurrent step on it and then
  // returns the row as that step left it (completedAt included), so no second read is needed under the lock.
  const [progress] = await tx.$queryRaw<OpenProgress[]>`
    SELECT id, "staffId", "courseId", "versionId", cycle, "startedAt", "completedAt" FROM "CourseProgress"
    WHERE "staffId" = ${staffId} AND "courseId" = ${lesson.version.courseId}
    ORDER BY cycle DESC LIMIT 1 FOR UPDATE`;
  if (!progress || progress.versionId !== lesson.versionId) {
    throw new AppError("NOT_STARTED", "courses.notStarted");
  }
  return { lesson, progress };
}

/** Marks a lesson done in a cycle (once; a repeat keeps the first time and name). */
export async function markLessonDone(tx: Tx, progressId: string, lessonId: string, asOf: Date, attestedName: string | null = null) {
  await tx.lessonProgress.createMany({ data: [{ progressId, lessonId, completedAt: asOf, attestedName }], skipDuplicates: true });
}

/**
 * Completes the cycle when every required lesson is done (a quiz lesson is done when passed): sets completedAt,
 * writes the one ledger row for it (sourceKey "course-completion:<progressId>") and closes the online enrolment.
 * Safe to call after every step and under concurrency: the conditional update and the ledger's unique sourceKey
 * each make the completion happen once.
 */
export async function completeIfDone(tx: Tx, progress: OpenProgress, asOf: Date, actorId: string | null): Promise<boolean> {
  if (progress.completedAt) return true;
  // both counts in one round trip (this runs after every step of every learner)
  const [counts] = await tx.$queryRaw<{ required: number; done: number }[]>`
    SELECT (SELECT count(*)::int FROM "Lesson" WHERE "versionId" = ${progress.versionId} AND required) AS required,
           (SELECT count(*)::int FROM "LessonProgress" lp JOIN "Lesson" l ON l.id = lp."lessonId"
             WHERE lp."progressId" = ${progress.id} AND l.required) AS done`;
  const { required, done } = counts!;
  if (required === 0 || done < required) return false;
  const { count } = await tx.courseProgress.updateMany({ where: { id: progress.id, completedAt: null }, data: { completedAt: asOf } });
  if (count === 0) return true;
  const [course, version] = await Promise.all([
    tx.course.findUniqueOrThrow({ where: { id: progress.courseId }, select: { categoryId: true, mode: true, trainingDays: true } }),
    tx.courseVersion.findUniqueOrThrow({ where: { id: progress.versionId }, select: { version: true } }),
  ]);
  const endDate = ledgerDate(asOf);
  const startDate = ledgerDate(progress.startedAt);
  await recordParticipation(tx, {
    staffId: progress.staffId,
    courseId: progress.courseId,
    categoryId: course.categoryId,
    mode: course.mode,
    startDate: startDate > endDate ? endDate : startDate,
    endDate,
    trainingDays: course.trainingDays.toString(),
    status: "COMPLETED",
    source: "ONLINE",
    sourceKey: completionSourceKey(progress.id),
    courseVersion: version.version,
  });
  await queueXapi(tx, { kind: "completed", staffId: progress.staffId, courseId: progress.courseId, progressId: progress.id, at: asOf });
  await markOnlineEnrolment(tx, progress.staffId, progress.courseId, "COMPLETED", { actorId, asOf });
  return true;
}

export function completionSourceKey(progressId: string): string {
  return `course-completion:${progressId}`;
}
