import "server-only";
import { db } from "~/server/db";

export type CourseProgressExplanation = {
  started: boolean;
  completed: boolean;
  lessonsDone: number;
  lessonsRequired: number;
  missingLessons: { position: number; title: string }[];
  quiz: { bestScore: number | null; passMark: number; attempts: number; maxAttempts: number | null } | null;
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
  const lessons = await db.lesson.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: {
      id: true, position: true, title: true, kind: true, required: true, passMark: true, maxAttempts: true,
      lessonProgress: progress ? { where: { progressId: progress.id }, select: { id: true } } : false,
      quizAttempts: progress ? { where: { progressId: progress.id }, select: { score: true, passed: true } } : false,
    },
  });
  const required = lessons.filter((l) => l.required);
  const isDone = (l: (typeof lessons)[number]) => (l.lessonProgress?.length ?? 0) > 0;
  const missing = required.filter((l) => !isDone(l));
  const quizzes = lessons.filter((l) => l.kind === "QUIZ");
  const quiz = quizzes.find((q) => !(q.quizAttempts ?? []).some((a) => a.passed)) ?? quizzes.at(-1);
  const attempts = quiz?.quizAttempts ?? [];
  return {
    started: !!progress,
    completed: !!progress?.completedAt,
    lessonsDone: progress?.completedAt ? required.length : required.length - missing.length,
    lessonsRequired: required.length,
    missingLessons: progress?.completedAt ? [] : missing.map((l) => ({ position: l.position, title: l.title })),
    quiz: quiz
      ? {
          bestScore: attempts.length ? Math.max(...attempts.map((a) => a.score)) : null,
          passMark: quiz.passMark ?? 0,
          attempts: attempts.length,
          maxAttempts: quiz.maxAttempts,
        }
      : null,
  };
}
