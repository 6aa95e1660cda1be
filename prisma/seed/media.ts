import { copyFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { db } from "~/server/db";
import { SNIFF_BYTES, sniffVideoType } from "~/server/media/sniff";
import { bufferSource, videoDurationSeconds } from "~/server/media/duration";
import { mediaRoot } from "~/server/media/paths";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The demo video lesson: a 12-second clip made for Pathway (prisma/seed/media/make-demo-video.sh), with captions. */
export const DEMO_VIDEO_LESSON = {
  courseCode: "MINDFUL",
  title: "Try it: the three-breath pause",
  body: "A twelve-second practice to use before your next meeting or call. Watch it through: the lesson is done once you have watched 90% of it.",
  file: path.join(here, "media", "three-breath-pause.mp4"),
  fileName: "three-breath-pause.mp4",
  captions: [
    { language: "en", label: "English", file: path.join(here, "media", "three-breath-pause.en.vtt") },
    { language: "fr", label: "Français", file: path.join(here, "media", "three-breath-pause.fr.vtt") },
  ],
} as const;

/**
 * Adds the demo video to the "Mindfulness at work" course the way L&D would: a new published version of the course
 * whose lessons are the current ones with a video lesson after the first reading (people who took the course keep
 * their version). The video is a LOCAL media asset; it and its English and French captions are copied into
 * $PATHWAY_DATA_DIR/media. Runs after the demo courses; does nothing when the course is missing or has a video.
 */
export async function seedDemoVideo(asOf: Date = new Date(), log: (line: string) => void = console.log): Promise<string | null> {
  const v = DEMO_VIDEO_LESSON;
  const course = await db.course.findUnique({
    where: { code: v.courseCode },
    select: {
      id: true,
      ownerId: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: "desc" },
        take: 1,
        select: {
          version: true,
          lessons: {
            orderBy: { position: "asc" },
            select: {
              position: true, kind: true, title: true, required: true, body: true, url: true, mediaAssetId: true, watchedThreshold: true,
              passMark: true, shuffle: true, drawCount: true,
              questions: {
                orderBy: { position: "asc" },
                select: { position: true, kind: true, prompt: true, explanation: true, options: { orderBy: { position: "asc" }, select: { position: true, text: true, correct: true } } },
              },
            },
          },
        },
      },
    },
  });
  const live = course?.versions[0];
  if (!course || !live) {
    log(`Demo video: course ${v.courseCode} is not in this database; skipped.`);
    return null;
  }
  if (live.lessons.some((l) => l.kind === "VIDEO")) return null;

  const bytes = await readFile(v.file);
  const mimeType = sniffVideoType(bytes.subarray(0, SNIFF_BYTES));
  if (!mimeType) throw new Error(`${v.file} is not a video Pathway can play.`);
  const durationSeconds = await videoDurationSeconds(bufferSource(bytes), mimeType);
  const root = mediaRoot();

  return db.$transaction(async (tx) => {
    const asset = await tx.mediaAsset.create({
      data: { provider: "LOCAL", status: "READY", title: v.fileName, sizeBytes: BigInt(bytes.byteLength), mimeType, durationSeconds, createdById: course.ownerId, createdAt: asOf },
      select: { id: true },
    });
    const storagePath = path.join("videos", `${asset.id}.mp4`);
    await mkdir(path.join(root, "videos"), { recursive: true });
    await copyFile(v.file, path.join(root, storagePath));
    await tx.mediaAsset.update({ where: { id: asset.id }, data: { storagePath } });
    for (const c of v.captions) {
      const captionPath = path.join("captions", asset.id, `${c.language}.vtt`);
      await mkdir(path.join(root, "captions", asset.id), { recursive: true });
      await copyFile(c.file, path.join(root, captionPath));
      const text = await readFile(c.file);
      await tx.captionTrack.create({ data: { assetId: asset.id, language: c.language, label: c.label, storagePath: captionPath, sizeBytes: text.byteLength, status: "READY" } });
    }

    const version = await tx.courseVersion.create({
      data: { courseId: course.id, version: live.version + 1, publishedAt: asOf, publishedById: course.ownerId, createdAt: asOf },
      select: { id: true },
    });
    // The video goes after the first lesson (the reading), before the rest (the quiz).
    let videoLessonId = "";
    let position = 1;
    for (const [i, { questions, ...lesson }] of live.lessons.entries()) {
      await tx.lesson.create({
        data: { ...lesson, position: position++, versionId: version.id, questions: { create: questions.map(({ options, ...q }) => ({ ...q, options: { create: options } })) } },
      });
      if (i === 0) {
        const video = await tx.lesson.create({
          data: { versionId: version.id, position: position++, kind: "VIDEO", title: v.title, body: v.body, required: true, mediaAssetId: asset.id, watchedThreshold: null },
          select: { id: true },
        });
        videoLessonId = video.id;
      }
    }
    log(`Demo video: "${v.title}" added to ${v.courseCode} as version ${live.version + 1} (${durationSeconds?.toFixed(1) ?? "?"} s).`);
    return videoLessonId;
  });
}
