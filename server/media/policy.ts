import "server-only";
import { db } from "~/server/db";
import { hasRole, type Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";

/** Enrolment states in which a learner may open an online course's lessons. */
const OPEN_ENROLMENT = ["ENROLLED", "IN_PROGRESS", "COMPLETED"] as const;

/**
 * Who may see a lesson (and so stream its video, read its captions, get a playback token):
 * - an L&D admin, always (authoring and preview);
 * - a learner who started the lesson's course version (a CourseProgress on that version: they keep their version
 *   even after a newer one is published);
 * - a learner with an open or completed enrolment in the course, for the newest published version of a published
 *   course (what they would start).
 * Same rule as the course player; the filter form lets the media routes check it in one query.
 */
export function lessonVisibleTo(staffId: string): Prisma.LessonWhereInput {
  return {
    OR: [
      { version: { progress: { some: { staffId } } } },
      {
        version: {
          publishedAt: { not: null },
          course: { status: "PUBLISHED", enrollments: { some: { staffId, state: { in: [...OPEN_ENROLMENT] } } } },
        },
      },
    ],
  };
}

export async function canViewLesson(actor: Actor, lessonId: string): Promise<boolean> {
  if (hasRole(actor, "LD_ADMIN")) return (await db.lesson.count({ where: { id: lessonId } })) > 0;
  const found = await db.lesson.findFirst({ where: { id: lessonId, AND: [lessonVisibleTo(actor.id)] }, select: { id: true } });
  return found !== null;
}

/** A media asset is visible to someone who may see at least one lesson showing it (or to an L&D admin). */
export async function canViewAsset(actor: Actor, assetId: string): Promise<boolean> {
  if (hasRole(actor, "LD_ADMIN")) return true;
  const found = await db.lesson.findFirst({ where: { mediaAssetId: assetId, AND: [lessonVisibleTo(actor.id)] }, select: { id: true } });
  return found !== null;
}

/** Uploading, captioning and attaching videos is authoring: L&D admins only. */
export function canManageMedia(actor: Actor): boolean {
  return hasRole(actor, "LD_ADMIN");
}
