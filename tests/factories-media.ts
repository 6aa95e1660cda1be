import { copyFile, mkdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { PrismaClient } from "~/server/generated/prisma/client";
import type { Actor } from "~/server/auth/roles";
import { createActorWithRole, uniq } from "~/tests/factories";
import { createTestCourse } from "~/tests/factories-courses";
import { dataDirFromProcessEnv, mediaRootFor } from "~/server/media/paths";

/** The demo video of the seed: 12 s, H.264, 320×180. */
export const DEMO_VIDEO = fileURLToPath(new URL("../prisma/seed/media/three-breath-pause.mp4", import.meta.url));
export const DEMO_CAPTIONS_EN = fileURLToPath(new URL("../prisma/seed/media/three-breath-pause.en.vtt", import.meta.url));
export const DEMO_VIDEO_SECONDS = 12;

/** A LOCAL asset ready to play, its file copied into $PATHWAY_DATA_DIR/media (set the variable per test file). */
export async function createLocalVideoAsset(db: PrismaClient, o: { source?: string; durationSeconds?: number | null } = {}) {
  const source = o.source ?? DEMO_VIDEO;
  const storagePath = path.join("videos", `${uniq("test-")}.mp4`);
  const abs = path.join(mediaRootFor(dataDirFromProcessEnv()), storagePath);
  await mkdir(path.dirname(abs), { recursive: true });
  await copyFile(source, abs);
  const { size } = await stat(abs);
  return db.mediaAsset.create({
    data: {
      provider: "LOCAL",
      status: "READY",
      title: path.basename(source),
      storagePath,
      sizeBytes: BigInt(size),
      mimeType: "video/mp4",
      durationSeconds: o.durationSeconds === undefined ? DEMO_VIDEO_SECONDS : o.durationSeconds,
    },
  });
}

/**
 * A published online course: a required reading, then a required video lesson showing `assetId` (or a new local
 * asset of the demo video) with the given watched threshold in percent (null = the default 90 %).
 */
export async function createVideoCourse(db: PrismaClient, o: { assetId?: string; threshold?: number | null; videoRequired?: boolean; draft?: boolean } = {}) {
  const assetId = o.assetId ?? (await createLocalVideoAsset(db)).id;
  const course = await createTestCourse(db, {
    lessons: [{ kind: "READING", title: "Before you watch", body: "Find a quiet place.", required: true }],
  });
  if (o.draft) await db.courseVersion.update({ where: { id: course.versionId }, data: { publishedAt: null } });
  const video = await db.lesson.create({
    data: {
      versionId: course.versionId,
      position: 2,
      kind: "VIDEO",
      title: "The three-breath pause",
      required: o.videoRequired ?? true,
      mediaAssetId: assetId,
      watchedThreshold: o.threshold === undefined ? null : o.threshold,
    },
  });
  return { ...course, readingLessonId: course.lessonIds[0]!, videoLessonId: video.id, assetId };
}

/** A learner who has started the course (through the course player's own startCourse). */
export async function learnerWhoStarted(db: PrismaClient, courseId: string): Promise<Actor> {
  const { startCourse } = await import("~/server/courses/player");
  const learner = await createActorWithRole(db, "LEARNER");
  await startCourse(learner, courseId);
  return learner;
}
