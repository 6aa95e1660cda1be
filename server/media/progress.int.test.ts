import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { ensureTestSecret, setTestEnv } from "~/tests/env";

ensureTestSecret();
setTestEnv({ PATHWAY_DATA_DIR: mkdtempSync(path.join(tmpdir(), "pathway-media-progress-")) });

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, createVideoCourse, learnerWhoStarted } = await import("~/tests/factories");
const { recordVideoProgress, getVideoProgress, watchedSharesForProgress } = await import("~/server/media/progress");
const { MAX_CREDITED_RATE } = await import("~/server/media/credit");
const { completeLesson } = await import("~/server/courses/player");
const { POST: progressRoute } = await import("~/app/api/media/progress/route");

const db = testDb();
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function report(lessonId: string, ranges: [number, number][], position = ranges.at(-1)?.[1] ?? 0, duration: number | null = 12) {
  return { lessonId, ranges, position, duration };
}

/** A learner who has done the reading, so the video is the last required step of the course. */
async function learnerAtTheVideo(o: { threshold?: number | null } = {}) {
  const course = await createVideoCourse(db, o);
  const learner = await learnerWhoStarted(db, course.courseId);
  await completeLesson(learner, course.readingLessonId, T0);
  return { course, learner };
}

async function lessonDone(progressLessonId: string, staffId: string) {
  return db.lessonProgress.count({ where: { lessonId: progressLessonId, progress: { staffId } } });
}

describe("video progress that counts", () => {
  beforeEach(() => {
    session.actor = null;
  });

  it("does not count seeking to the end: only the seconds played after the seek", async () => {
    const { course, learner } = await learnerAtTheVideo();
    await recordVideoProgress(learner, report(course.videoLessonId, []), at(0));
    // The learner drags the playhead to 11.5 s and the last half second plays.
    const state = await recordVideoProgress(learner, report(course.videoLessonId, [[0, 0.2], [11.5, 12]], 12), at(3));
    expect(state.completed).toBe(false);
    expect(state.watchedSeconds).toBeCloseTo(0.7, 5);
    expect(await lessonDone(course.videoLessonId, learner.id)).toBe(0);
  });

  it("merges ranges across reports and page loads, and completes at 90 % of the distinct seconds", async () => {
    const { course, learner } = await learnerAtTheVideo();
    const lesson = course.videoLessonId;
    await recordVideoProgress(learner, report(lesson, []), at(0));
    // First visit: 0–5 s, watched twice (the second pass adds nothing).
    let s = await recordVideoProgress(learner, report(lesson, [[0, 5]]), at(5));
    expect(s.watchedSeconds).toBeCloseTo(5);
    s = await recordVideoProgress(learner, report(lesson, [[0, 5]]), at(10));
    expect(s.watchedSeconds).toBeCloseTo(5);
    // Second visit (a new page: `played` starts empty again): 4–10 s.
    s = await recordVideoProgress(learner, report(lesson, [[4, 10]]), at(100));
    expect(s.watchedSeconds).toBeCloseTo(10);
    expect(s.watchedFraction).toBeCloseTo(10 / 12);
    expect(s.completed).toBe(false);
    // 10.8 of 12 s is exactly 90 %.
    s = await recordVideoProgress(learner, report(lesson, [[9.9, 10.8]]), at(110));
    expect(s).toMatchObject({ completed: true, justCompleted: true });
    expect(await lessonDone(lesson, learner.id)).toBe(1);

    const row = await db.videoProgress.findFirstOrThrow({ where: { staffId: learner.id, lessonId: lesson } });
    expect(row.ranges).toEqual([[0, 10.8]]);
    // The course's last required step was the video: the course completed and wrote one ledger row.
    const progress = await db.courseProgress.findFirstOrThrow({ where: { staffId: learner.id, courseId: course.courseId } });
    expect(progress.completedAt).toEqual(at(110));
    expect(await db.trainingRecord.count({ where: { staffId: learner.id, courseId: course.courseId } })).toBe(1);
  });

  it("marks the lesson done exactly once, however many reports follow and even when they race", async () => {
    const { course, learner } = await learnerAtTheVideo();
    const lesson = course.videoLessonId;
    await recordVideoProgress(learner, report(lesson, []), at(0));
    const results = await Promise.all([1, 2, 3, 4].map(() => recordVideoProgress(learner, report(lesson, [[0, 12]]), at(30))));
    expect(results.filter((r) => r.justCompleted)).toHaveLength(1);
    await recordVideoProgress(learner, report(lesson, [[0, 12]]), at(60));
    expect(await lessonDone(lesson, learner.id)).toBe(1);
    expect(await db.trainingRecord.count({ where: { staffId: learner.id, courseId: course.courseId } })).toBe(1);
    const row = await db.videoProgress.findFirstOrThrow({ where: { staffId: learner.id, lessonId: lesson } });
    expect(row.completedAt).toEqual(at(30));
  });

  it("tells how much of each video of a cycle was watched and is needed, for 'why not complete?'", async () => {
    const { course, learner } = await learnerAtTheVideo({ threshold: 75 });
    await recordVideoProgress(learner, report(course.videoLessonId, []), at(0));
    await recordVideoProgress(learner, report(course.videoLessonId, [[0, 6]]), at(10));
    const progress = await db.courseProgress.findFirstOrThrow({ where: { staffId: learner.id, courseId: course.courseId } });
    expect((await watchedSharesForProgress(progress.id)).get(course.videoLessonId)).toEqual({ watchedFraction: 0.5, threshold: 0.75, completed: false });
  });

  it("uses the lesson's own threshold", async () => {
    const { course, learner } = await learnerAtTheVideo({ threshold: 50 });
    await recordVideoProgress(learner, report(course.videoLessonId, []), at(0));
    expect((await recordVideoProgress(learner, report(course.videoLessonId, [[0, 5.9]]), at(10))).completed).toBe(false);
    const s = await recordVideoProgress(learner, report(course.videoLessonId, [[0, 6]]), at(20));
    expect(s).toMatchObject({ completed: true, threshold: 0.5 });
  });

  it("credits new seconds no faster than 4× the time between reports, so a forged 'I watched it all' does not count", async () => {
    const { course, learner } = await learnerAtTheVideo();
    const lesson = course.videoLessonId;
    // A first report claiming everything gets only the first-report allowance.
    let s = await recordVideoProgress(learner, report(lesson, [[0, 12]]), at(0));
    expect(s.watchedSeconds).toBeCloseTo(2);
    // One second later: at most 4 more seconds, however much the report claims.
    s = await recordVideoProgress(learner, report(lesson, [[0, 12]]), at(1));
    expect(s.watchedSeconds).toBeCloseTo(2 + MAX_CREDITED_RATE);
    expect(s.completed).toBe(false);
    // Three seconds later up to 12 more seconds may count: the rest of the claim is credited now.
    s = await recordVideoProgress(learner, report(lesson, [[0, 12]]), at(4));
    expect(s.watchedSeconds).toBeCloseTo(12);
    expect(s.completed).toBe(true);
  });

  it("measures against the video's real duration, not the one the player reports", async () => {
    const { course, learner } = await learnerAtTheVideo();
    await recordVideoProgress(learner, report(course.videoLessonId, [], 0, 1), at(0));
    const s = await recordVideoProgress(learner, report(course.videoLessonId, [[0, 1]], 1, 1), at(10));
    expect(s.durationSeconds).toBe(12);
    expect(s.completed).toBe(false);
  });

  it("resumes where the learner stopped, and from the start once they reached the end", async () => {
    const { course, learner } = await learnerAtTheVideo();
    await recordVideoProgress(learner, report(course.videoLessonId, []), at(0));
    await recordVideoProgress(learner, report(course.videoLessonId, [[0, 7.25]], 7.25), at(10));
    expect(await getVideoProgress(learner, course.videoLessonId)).toMatchObject({ position: 7.25, tracked: true, completed: false });
    await recordVideoProgress(learner, report(course.videoLessonId, [[0, 12]], 12), at(20));
    expect(await getVideoProgress(learner, course.videoLessonId)).toMatchObject({ position: 0, completed: true });
  });

  it("refuses reports on a lesson the person may not see, and keeps nothing for an admin's preview", async () => {
    const { course } = await learnerAtTheVideo();
    const stranger = await createActorWithRole(db, "LEARNER");
    await expect(recordVideoProgress(stranger, report(course.videoLessonId, [[0, 3]]), at(0))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await createActorWithRole(db, "LD_ADMIN");
    expect(await recordVideoProgress(admin, report(course.videoLessonId, [[0, 3]]), at(0))).toMatchObject({ tracked: false });
    expect(await db.videoProgress.count({ where: { staffId: { in: [stranger.id, admin.id] } } })).toBe(0);
  });

  it("takes reports through the endpoint the player (and sendBeacon) posts to", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const { course, learner } = await learnerAtTheVideo();
      const post = (body: unknown, headers: Record<string, string> = {}) =>
        progressRoute(new Request("http://localhost:3000/api/media/progress", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "text/plain", host: "localhost:3000", ...headers } }));

      expect((await post(report(course.videoLessonId, []))).status).toBe(401);
      session.actor = learner;
      vi.setSystemTime(at(0));
      expect((await post(report(course.videoLessonId, []))).status).toBe(200);
      vi.setSystemTime(at(6));
      let res = await post(report(course.videoLessonId, [[0, 11.5]]));
      expect(await res.json()).toMatchObject({ tracked: true, completed: true });
      // A percentage is not something the endpoint takes; nor are backwards ranges or other sites' posts.
      res = await post({ lessonId: course.videoLessonId, percent: 100 });
      expect(res.status).toBe(400);
      res = await post(report(course.videoLessonId, [[8, 2]]));
      expect(res.status).toBe(400);
      res = await post(report(course.videoLessonId, [[0, 12]]), { origin: "https://evil.example" });
      expect(res.status).toBe(403);
      res = await progressRoute(new Request("http://localhost:3000/api/media/progress", { method: "POST", body: "{not json", headers: { host: "localhost:3000" } }));
      expect(res.status).toBe(400);
    } finally {
      vi.useRealTimers();
    }
  });
});
