import "server-only";
import { db } from "~/server/db";
import { renderMarkdown } from "~/lib/markdown";

/**
 * A lesson as a learner would see it, for L&D preview: of the draft version when there is one (what is about
 * to be published), else of the live version. The same safe fields as the player: no correct flags.
 */
export async function getPreviewLesson(courseId: string, position: number) {
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: { id: true, code: true, title: true, versions: { orderBy: { version: "desc" }, select: { id: true, version: true, publishedAt: true } } },
  });
  if (!course) return null;
  const version = course.versions.find((v) => !v.publishedAt) ?? course.versions.find((v) => v.publishedAt);
  if (!version) return null;
  const outline = await db.lesson.findMany({
    where: { versionId: version.id },
    orderBy: { position: "asc" },
    select: { id: true, position: true, kind: true, title: true, required: true },
  });
  const current = outline.find((l) => l.position === position);
  if (!current) return { course, version, outline: outline.map((l) => ({ ...l, done: false })), lesson: null, quiz: null, nextPosition: null, previousPosition: null };
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: current.id },
    select: {
      id: true, position: true, kind: true, title: true, required: true, body: true, url: true, mediaAssetId: true, passMark: true, drawCount: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, prompt: true, options: { orderBy: { position: "asc" }, select: { id: true, text: true } } } },
    },
  });
  return {
    course: { id: course.id, code: course.code, title: course.title },
    version: { id: version.id, version: version.version, draft: !version.publishedAt },
    outline: outline.map((l) => ({ ...l, done: false })),
    lesson: {
      id: lesson.id, position: lesson.position, kind: lesson.kind, title: lesson.title, required: lesson.required,
      html: lesson.kind === "READING" ? renderMarkdown(lesson.body) : null,
      text: lesson.kind === "READING" ? null : lesson.body,
      url: lesson.url, mediaAssetId: lesson.mediaAssetId, done: false, doneAt: null, attestedName: null,
    },
    quiz:
      lesson.kind === "QUIZ"
        ? {
            // L&D check the whole pool: every question in order, as one open attempt; learners get `questionCount` of them.
            state: "inProgress" as const,
            passMark: lesson.passMark ?? 0,
            questionCount: lesson.drawCount === null ? lesson.questions.length : Math.min(lesson.drawCount, lesson.questions.length),
            poolSize: lesson.questions.length,
            rules: { attempts: null, waitHours: null },
            attemptsLeft: null,
            opensAt: null,
            missingLessons: [],
            attemptNumber: 1,
            questions: lesson.questions,
            attempts: [],
            bestScore: null,
            passedResult: null,
          }
        : null,
    nextPosition: outline.find((l) => l.position > position)?.position ?? null,
    previousPosition: [...outline].reverse().find((l) => l.position < position)?.position ?? null,
  };
}
