import "server-only";
import { db } from "~/server/db";
import { bootstrapCourses } from "~/lib/courses/content/shipped-courses";
import type { ContentCourse } from "~/lib/courses/content/types";
import { createCourseFromContent } from "~/server/courses/content-import";

/**
 * The courses every install ships with (Working Together, BSAFE, Anti-fraud awareness, mentor preparation),
 * created as published version 1 when their code is missing. An existing course is never touched: L&D may
 * have edited, re-versioned or retired it. Safe to run from several processes at once. Runs from server/bootstrap.ts
 * on the client of the database scripts/db/prepare.ts prepares.
 */
export async function ensureShippedCourses(courses: readonly ContentCourse[] = bootstrapCourses, asOf: Date = new Date()): Promise<string[]> {
  const existing = await db.course.findMany({ where: { code: { in: courses.map((c) => c.code) } }, select: { code: true } });
  const have = new Set(existing.map((c) => c.code));
  const created: string[] = [];
  for (const content of courses) {
    if (have.has(content.code)) continue;
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
