import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-seed-media-"));
process.env.PATHWAY_DATA_DIR = dataDir;

const { testDb } = await import("~/tests/db");
const { createCourse, question } = await import("~/tests/factories");
const { seedDemoVideo } = await import("~/prisma/seed/media");

const db = testDb();

describe("the demo video", () => {
  it("becomes a local video lesson of Mindfulness at work, with its file and captions in the data folder", async () => {
    const course = await createCourse(db, {
      code: "MINDFUL",
      lessons: [
        { kind: "READING", title: "What mindfulness is", body: "Attention, on purpose.", required: true },
        { kind: "QUIZ", title: "Quick check", passMark: 80, shuffle: false, questions: [question("Q1")], required: true },
      ],
    });
    const asOf = new Date("2026-03-02T09:00:00Z");
    const lessonId = await seedDemoVideo(asOf, () => undefined);
    expect(lessonId).toBeTruthy();
    // A new published version holds the video; version 1 (what earlier learners took) is unchanged.
    const v2 = await db.courseVersion.findFirstOrThrow({ where: { courseId: course.courseId, version: 2 } });
    expect(v2.publishedAt).toEqual(asOf);
    expect(await db.lesson.count({ where: { versionId: course.versionId } })).toBe(2);
    const lessons = await db.lesson.findMany({ where: { versionId: v2.id }, orderBy: { position: "asc" }, select: { kind: true, position: true, mediaAssetId: true, _count: { select: { questions: true } } } });
    expect(lessons.map((l) => [l.position, l.kind])).toEqual([[1, "READING"], [2, "VIDEO"], [3, "QUIZ"]]);
    expect(lessons[2]!._count.questions).toBe(1);
    const asset = await db.mediaAsset.findUniqueOrThrow({ where: { id: lessons[1]!.mediaAssetId! }, include: { captions: { orderBy: { language: "asc" } } } });
    expect(asset).toMatchObject({ provider: "LOCAL", status: "READY", mimeType: "video/mp4" });
    expect(asset.durationSeconds).toBeCloseTo(12, 2);
    // Under 1 MB, as committed.
    expect(Number(asset.sizeBytes)).toBeLessThan(1024 * 1024);
    expect(asset.captions.map((c) => [c.language, c.label])).toEqual([["en", "English"], ["fr", "Français"]]);
    for (const p of [asset.storagePath!, ...asset.captions.map((c) => c.storagePath)]) expect(existsSync(path.join(dataDir, "media", p))).toBe(true);
    // Seeding again changes nothing.
    expect(await seedDemoVideo(asOf, () => undefined)).toBeNull();
    expect(await db.courseVersion.count({ where: { courseId: course.courseId } })).toBe(2);
  });
});
