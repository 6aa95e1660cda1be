import "server-only";
import { db } from "~/server/db";
import { bootstrapCourses } from "~/lib/courses/content/shipped-courses";
import type { ContentCourse } from "~/lib/courses/content/types";
import { createCourseFromContent, lessonRow } from "~/server/courses/content-import";
import { courseTranslations, lessonTranslations, optionTranslations, questionTranslations } from "~/lib/courses/content/translations";

/**
 * The courses every install ships with (Working Together, BSAFE, Anti-fraud awareness, mentor preparation),
 * created as published version 1 when their code is missing. An existing course is never touched: L&D may
 * have edited, re-versioned or retired it — except that a shipped course still exactly as shipped (one version, its
 * English text unchanged) and never translated gets the content's translations and languages (addShippedTranslations).
 * Safe to run from several processes at once. Runs from server/bootstrap.ts
 * on the client of the database scripts/db/prepare.ts prepares.
 */
export async function ensureShippedCourses(courses: readonly ContentCourse[] = bootstrapCourses, asOf: Date = new Date()): Promise<string[]> {
  const existing = await db.course.findMany({ where: { code: { in: courses.map((c) => c.code) } }, select: { code: true } });
  const have = new Set(existing.map((c) => c.code));
  const created: string[] = [];
  for (const content of courses) {
    if (have.has(content.code)) {
      await addShippedTranslations(content);
      continue;
    }
    const made = await db.$transaction(async (tx) => {
      // Two installs bootstrapping the same database at once: the second waits, then finds the course.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`course-bootstrap:${content.code}`}))`;
      if (await tx.course.findUnique({ where: { code: content.code }, select: { id: true } })) return false;
      const category = await tx.category.findUnique({ where: { code: content.categoryCode }, select: { id: true } });
      if (!category) throw new Error(`Bootstrap: category ${content.categoryCode} of course ${content.code} is missing.`);
      await createCourseFromContent(tx, content, { categoryId: category.id, ownerId: null, publishedAt: asOf });
      return true;
    });
    if (made) created.push(content.code);
  }
  return created;
}

/**
 * Gives an install bootstrapped before its shipped courses had translations the French and Chinese of the content:
 * only when the course has never been translated (translations '{}'), has a single version, and every lesson,
 * question and option still reads as the content's English (so the translations land on the text they translate).
 * Then its languages become the content's. Returns whether it wrote anything.
 */
export async function addShippedTranslations(content: ContentCourse): Promise<boolean> {
  if (!content.translations || Object.keys(content.translations).length === 0) return false;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`course-bootstrap:${content.code}`}))`;
    const course = await tx.course.findUnique({
      where: { code: content.code },
      select: {
        id: true, translations: true, baseLocale: true,
        versions: {
          select: {
            lessons: {
              orderBy: { position: "asc" },
              select: {
                id: true, kind: true, title: true, body: true,
                questions: { orderBy: { position: "asc" }, select: { id: true, prompt: true, options: { orderBy: { position: "asc" }, select: { id: true, text: true } } } },
              },
            },
          },
        },
      },
    });
    if (!course || course.baseLocale !== "en" || course.versions.length !== 1) return false;
    if (course.translations && typeof course.translations === "object" && Object.keys(course.translations).length > 0) return false;
    const lessons = course.versions[0]!.lessons;
    const asShipped =
      lessons.length === content.lessons.length &&
      content.lessons.every((lesson, i) => {
        const row = lessons[i]!;
        const expected = lessonRow(lesson, i + 1);
        if (row.kind !== lesson.kind || row.title !== lesson.title || (expected.body !== undefined && row.body !== expected.body)) return false;
        if (lesson.kind !== "QUIZ") return row.questions.length === 0;
        return (
          row.questions.length === lesson.questions.length &&
          lesson.questions.every((q, qi) => row.questions[qi]!.prompt === q.prompt && row.questions[qi]!.options.map((o) => o.text).join("\u0000") === q.options.map((o) => o.text).join("\u0000"))
        );
      });
    if (!asShipped) return false;
    await tx.course.update({ where: { id: course.id }, data: { translations: courseTranslations(content), languages: content.languages } });
    for (const [i, row] of lessons.entries()) {
      await tx.lesson.update({ where: { id: row.id }, data: { translations: lessonTranslations(content, i) } });
      for (const [qi, q] of row.questions.entries()) {
        await tx.quizQuestion.update({ where: { id: q.id }, data: { translations: questionTranslations(content, i, qi) } });
        for (const [oi, o] of q.options.entries()) {
          await tx.quizOption.update({ where: { id: o.id }, data: { translations: optionTranslations(content, i, qi, oi) } });
        }
      }
    }
    return true;
  });
}
