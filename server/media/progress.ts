import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import type { VideoProgressReport } from "~/lib/schemas/media";
import { isWatched, mergeRanges, watchedSeconds, type WatchedRange } from "~/lib/watched-ranges";
import { creditAllowance, creditUpTo, subtractRanges } from "~/server/media/credit";
import { completeIfDone, latestProgress, lockProgressForLesson, markLessonDone } from "~/server/courses/progress";
import { lessonThreshold } from "~/server/media/assets";
import { canViewLesson } from "~/server/media/policy";

export type VideoProgressState = {
  tracked: boolean;
  watchedSeconds: number;
  durationSeconds: number | null;
  /** 0..1 */
  watchedFraction: number;
  threshold: number;
  position: number;
  completed: boolean;
  /** the lesson was marked done by this very report */
  justCompleted: boolean;
};

function ranges(json: unknown): WatchedRange[] {
  return Array.isArray(json) ? mergeRanges(json as [number, number][]) : [];
}

/**
 * Records what the player reports for a video lesson. The played ranges are merged with those already stored
 * (never a client-sent percentage), clipped to the video's duration as the server knows it (from the file or
 * Mux), and new seconds are credited no faster than MAX_CREDITED_RATE × the time since the last report. The
 * first report that brings the watched share to the lesson's threshold marks the lesson done through the course
 * player's own step (markLessonDone + completeIfDone), which may complete the course: once, under the learner's
 * locked progress row. Seeking to the end adds only the seconds actually played after the seek.
 * An L&D admin previewing a course they have not started is shown the video but nothing is recorded.
 */
export async function recordVideoProgress(actor: Actor, report: VideoProgressReport, asOf: Date = new Date()): Promise<VideoProgressState> {
  const lessonInfo = await db.lesson.findUnique({
    where: { id: report.lessonId },
    select: { kind: true, watchedThreshold: true, versionId: true, version: { select: { courseId: true } }, mediaAsset: { select: { id: true, durationSeconds: true } } },
  });
  if (!lessonInfo || lessonInfo.kind !== "VIDEO" || !lessonInfo.mediaAsset) throw new AppError("NOT_FOUND", "media.noVideo");
  if (!(await canViewLesson(actor, report.lessonId))) throw new AppError("FORBIDDEN", "media.lessonForbidden");
  const threshold = lessonThreshold(lessonInfo.watchedThreshold);

  const latest = await latestProgress(db, actor.id, lessonInfo.version.courseId);
  if (!latest || latest.versionId !== lessonInfo.versionId) {
    // Preview (or an enrolment not started yet): the video plays, progress is not kept.
    return { tracked: false, watchedSeconds: 0, durationSeconds: lessonInfo.mediaAsset.durationSeconds, watchedFraction: 0, threshold, position: 0, completed: false, justCompleted: false };
  }

  return db.$transaction(async (tx) => {
    const { lesson, progress } = await lockProgressForLesson(tx, actor.id, report.lessonId);
    const asset = await tx.mediaAsset.findUniqueOrThrow({ where: { id: lesson.mediaAssetId! }, select: { id: true, durationSeconds: true } });
    const existing = await tx.videoProgress.findUnique({
      where: { progressId_lessonId: { progressId: progress.id, lessonId: lesson.id } },
      select: { ranges: true, lastReportAt: true, completedAt: true, durationSeconds: true },
    });

    // The server's duration: from the file or Mux; else the one first reported (kept on the asset from then on).
    let duration = asset.durationSeconds ?? existing?.durationSeconds ?? null;
    if (duration === null && report.duration !== null) {
      duration = report.duration;
      await tx.mediaAsset.updateMany({ where: { id: asset.id, durationSeconds: null }, data: { durationSeconds: duration } });
    }

    const before = ranges(existing?.ranges);
    const incoming = mergeRanges(report.ranges, duration ?? undefined);
    const fresh = subtractRanges(incoming, before);
    const credited = creditUpTo(fresh, creditAllowance(existing?.lastReportAt ?? null, asOf));
    const merged = mergeRanges([...before, ...credited], duration ?? undefined);
    const seconds = duration ? watchedSeconds(merged, duration) : 0;
    const watched = duration !== null && isWatched(merged, duration, threshold);
    const position = duration ? Math.min(report.position, duration) : report.position;
    const justCompleted = watched && !existing?.completedAt;
    const completedAt = existing?.completedAt ?? (watched ? asOf : null);

    await tx.videoProgress.upsert({
      where: { progressId_lessonId: { progressId: progress.id, lessonId: lesson.id } },
      create: { staffId: actor.id, lessonId: lesson.id, progressId: progress.id, ranges: merged, watchedSeconds: seconds, lastPosition: position, durationSeconds: duration, lastReportAt: asOf, completedAt },
      update: { ranges: merged, watchedSeconds: seconds, lastPosition: position, durationSeconds: duration, lastReportAt: asOf, completedAt },
    });
    if (justCompleted && !progress.completedAt) {
      await markLessonDone(tx, progress.id, lesson.id, asOf);
      await completeIfDone(tx, progress, asOf, actor.id);
    }
    return {
      tracked: true,
      watchedSeconds: seconds,
      durationSeconds: duration,
      watchedFraction: duration ? Math.min(1, seconds / duration) : 0,
      threshold,
      position,
      completed: completedAt !== null,
      justCompleted,
    };
  });
}

/** Where the learner left off and how much they have watched, for the player when the lesson opens. */
export async function getVideoProgress(actor: Actor, lessonId: string): Promise<VideoProgressState> {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: { kind: true, watchedThreshold: true, versionId: true, version: { select: { courseId: true } }, mediaAsset: { select: { durationSeconds: true } } },
  });
  if (!lesson || lesson.kind !== "VIDEO") throw new AppError("NOT_FOUND", "media.noVideo");
  if (!(await canViewLesson(actor, lessonId))) throw new AppError("FORBIDDEN", "media.lessonForbidden");
  const threshold = lessonThreshold(lesson.watchedThreshold);
  const latest = await latestProgress(db, actor.id, lesson.version.courseId);
  const row =
    latest && latest.versionId === lesson.versionId
      ? await db.videoProgress.findUnique({
          where: { progressId_lessonId: { progressId: latest.id, lessonId } },
          select: { watchedSeconds: true, durationSeconds: true, lastPosition: true, completedAt: true },
        })
      : null;
  const duration = row?.durationSeconds ?? lesson.mediaAsset?.durationSeconds ?? null;
  const seconds = row?.watchedSeconds ?? 0;
  return {
    tracked: !!latest && latest.versionId === lesson.versionId,
    watchedSeconds: seconds,
    durationSeconds: duration,
    watchedFraction: duration ? Math.min(1, seconds / duration) : 0,
    threshold,
    // Resuming in the last seconds would only show the end again: start over instead.
    position: row && duration && row.lastPosition < duration - 2 ? row.lastPosition : 0,
    completed: !!row?.completedAt,
    justCompleted: false,
  };
}

/**
 * For "Why not complete?" and progress pages: per video lesson of one course cycle, the share watched and the
 * share needed (one query; lessons not yet played are absent).
 */
export async function watchedSharesForProgress(progressId: string): Promise<Map<string, { watchedFraction: number; threshold: number; completed: boolean }>> {
  const rows = await db.videoProgress.findMany({
    where: { progressId },
    select: { lessonId: true, watchedSeconds: true, durationSeconds: true, completedAt: true, lesson: { select: { watchedThreshold: true } } },
  });
  return new Map(
    rows.map((r) => [
      r.lessonId,
      {
        watchedFraction: r.durationSeconds ? Math.min(1, r.watchedSeconds / r.durationSeconds) : 0,
        threshold: lessonThreshold(r.lesson.watchedThreshold),
        completed: r.completedAt !== null,
      },
    ]),
  );
}
