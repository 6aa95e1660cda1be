import "server-only";
import type { Tx } from "~/server/db";
import type { Prisma } from "~/server/generated/prisma/client";
import type { ContentCourse, ContentLesson } from "~/lib/courses/content/types";
import { CONTENT_BASE_LOCALE, courseTranslations, lessonTranslations, optionTranslations, questionTranslations } from "~/lib/courses/content/translations";

// Turns shipped course content (plain data) into Course, CourseVersion, Lesson and question rows, for the bootstrap
// and the demo seed. The content's English goes into the columns (Course.baseLocale "en"); its French and Chinese into
// each row's `translations` (lib/courses/content/translations.ts), lessons, questions and options matched by index.

export function lessonRow(lesson: ContentLesson, position: number): Omit<Prisma.LessonUncheckedCreateInput, "versionId" | "questions"> {
  const base = { position, kind: lesson.kind, title: lesson.title, required: lesson.required };
  switch (lesson.kind) {
    case "READING":
      return { ...base, body: lesson.body };
    case "ATTESTATION":
      return { ...base, body: lesson.statement };
    case "EXTERNAL_LINK":
      return { ...base, body: lesson.description, url: lesson.url };
    case "QUIZ":
      return { ...base, passMark: lesson.passMark, shuffle: lesson.shuffle, drawCount: lesson.drawCount ?? null };
  }
}

/**
 * Creates a published course with its version 1 from content. The caller decides the category (looked up by
 * code) and holds the transaction; nothing here checks for an existing course.
 */
export async function createCourseFromContent(
  tx: Tx,
  content: ContentCourse,
  opts: { categoryId: string; ownerId: string | null; publishedAt: Date },
): Promise<{ courseId: string; versionId: string; lessonIds: string[] }> {
  const course = await tx.course.create({
    data: {
      code: content.code,
      title: content.title,
      summary: content.summary,
      categoryId: opts.categoryId,
      mode: content.mode,
      trainingDays: content.trainingDays,
      languages: content.languages,
      baseLocale: CONTENT_BASE_LOCALE,
      translations: courseTranslations(content),
      ownerId: opts.ownerId,
      status: "PUBLISHED",
      mandatory: content.mandatory,
      validityMonths: content.validityMonths,
      quizAttempts: content.quizRules?.attempts ?? null,
      quizWaitHours: content.quizRules?.waitHours ?? null,
      lessonsBeforeQuiz: content.quizRules?.lessonsBeforeQuiz ?? false,
      createdAt: opts.publishedAt,
    },
    select: { id: true },
  });
  const version = await tx.courseVersion.create({
    data: { courseId: course.id, version: 1, publishedAt: opts.publishedAt, publishedById: opts.ownerId, createdAt: opts.publishedAt },
    select: { id: true },
  });
  const lessonIds: string[] = [];
  for (const [i, lesson] of content.lessons.entries()) {
    const created = await tx.lesson.create({
      data: {
        ...lessonRow(lesson, i + 1),
        translations: lessonTranslations(content, i),
        versionId: version.id,
        questions:
          lesson.kind === "QUIZ"
            ? {
                create: lesson.questions.map((q, qi) => ({
                  position: qi + 1,
                  kind: q.kind,
                  prompt: q.prompt,
                  explanation: q.explanation,
                  translations: questionTranslations(content, i, qi),
                  options: {
                    create: q.options.map((o, oi) => ({ position: oi + 1, text: o.text, correct: o.correct, translations: optionTranslations(content, i, qi, oi) })),
                  },
                })),
              }
            : undefined,
      },
      select: { id: true },
    });
    lessonIds.push(created.id);
  }
  return { courseId: course.id, versionId: version.id, lessonIds };
}
