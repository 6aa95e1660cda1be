import { copyFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "~/server/generated/prisma/client";
import { SNIFF_BYTES, sniffVideoType } from "~/server/media/sniff";
import { bufferSource, videoDurationSeconds } from "~/server/media/duration";
import { dataDirFromProcessEnv, mediaRootFor } from "~/server/media/paths";

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
 * Adds the demo video to the "Mindfulness at work" course as a LOCAL media asset: the file and its English and
 * French captions are copied into $PATHWAY_DATA_DIR/media, and a video lesson goes after the course's first
 * reading. Runs after the demo courses; does nothing when the course is missing or already has the video.
 */
export async function seedDemoVideo(db: PrismaClient, log: (line: string) => void = console.log): Promise<string | null> {
  const v = DEMO_VIDEO_LESSON;
  const version = await db.courseVersion.findFirst({
    where: { course: { code: v.courseCode }, publishedAt: { not: null } },
    orderBy: { version: "desc" },
    select: { id: true, lessons: { select: { id: true, position: true, kind: true }, orderBy: { position: "asc" } } },
  });
  if (!version) {
    log(`Demo video: course ${v.courseCode} is not in this database; skipped.`);
    return null;
  }
  if (version.lessons.some((l) => l.kind === "VIDEO")) return null;

  const bytes = await readFile(v.file);
  const mimeType = sniffVideoType(bytes.subarray(0, SNIFF_BYTES));
  if (!mimeType) throw new Error(`${v.file} is not a video Pathway can play.`);
  const durationSeconds = await videoDurationSeconds(bufferSource(bytes), mimeType);
  const root = mediaRootFor(dataDirFromProcessEnv());

  return db.$transaction(async (tx) => {
    const asset = await tx.mediaAsset.create({
      data: { provider: "LOCAL", status: "READY", title: v.fileName, sizeBytes: BigInt(bytes.byteLength), mimeType, durationSeconds },
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
    // After the first lesson (the reading), before the rest (the quiz).
    const after = version.lessons[0]?.position ?? 0;
    await tx.lesson.updateMany({ where: { versionId: version.id, position: { gt: after } }, data: { position: { increment: 1 } } });
    const lesson = await tx.lesson.create({
      data: { versionId: version.id, position: after + 1, kind: "VIDEO", title: v.title, body: v.body, required: true, mediaAssetId: asset.id, watchedThreshold: null },
      select: { id: true },
    });
    log(`Demo video: "${v.title}" added to ${v.courseCode} (${durationSeconds?.toFixed(1) ?? "?"} s, ${root}).`);
    return lesson.id;
  });
}
