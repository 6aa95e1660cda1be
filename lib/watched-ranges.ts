/**
 * Video progress from the ranges a learner actually played (HTMLMediaElement.played), in
 * seconds. Progress is never "the furthest position reached": a learner who drags the
 * playhead to the end has played only the few seconds after the seek.
 */

export type WatchedRange = [start: number, end: number];

/** Gaps up to this long are timeupdate jitter or a rebuffer, not skipped content. */
export const MERGE_GAP_SECONDS = 0.5;

export const DEFAULT_WATCHED_THRESHOLD = 0.9;

function validDuration(duration: number | undefined): duration is number {
  return duration !== undefined && Number.isFinite(duration) && duration > 0;
}

/**
 * Sorted, non-overlapping ranges. Drops what a client could send by mistake or on purpose
 * (NaN, Infinity, negative times, end before start, empty ranges), clamps to `duration`
 * when it is given, and merges ranges that overlap or are within 0.5 s of each other.
 */
export function mergeRanges(
  ranges: readonly (readonly [number, number])[],
  duration?: number,
): WatchedRange[] {
  const limit = validDuration(duration) ? duration : Number.POSITIVE_INFINITY;
  const clean: WatchedRange[] = [];
  for (const range of ranges) {
    if (!Array.isArray(range) || range.length !== 2) continue;
    const [start, rawEnd] = range;
    if (!Number.isFinite(start) || !Number.isFinite(rawEnd)) continue;
    if (start < 0 || rawEnd < start) continue;
    const end = Math.min(rawEnd, limit);
    if (end <= start) continue;
    clean.push([start, end]);
  }
  clean.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const merged: WatchedRange[] = [];
  for (const [start, end] of clean) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + MERGE_GAP_SECONDS) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

/** Seconds of the video played at least once; 0 when the duration is unknown. */
export function watchedSeconds(ranges: readonly (readonly [number, number])[], duration: number): number {
  if (!validDuration(duration)) return 0;
  return mergeRanges(ranges, duration).reduce((total, [start, end]) => total + (end - start), 0);
}

/** Share of the video played, 0..1; 0 for an unknown duration (live or not yet loaded). */
export function watchedFraction(ranges: readonly (readonly [number, number])[], duration: number): number {
  if (!validDuration(duration)) return 0;
  return Math.min(1, watchedSeconds(ranges, duration) / duration);
}

/** Whether enough was played to count the video as watched (90 % unless told otherwise). */
export function isWatched(
  ranges: readonly (readonly [number, number])[],
  duration: number,
  threshold: number = DEFAULT_WATCHED_THRESHOLD,
): boolean {
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new RangeError(`Threshold must be between 0 and 1, got ${threshold}.`);
  }
  if (!validDuration(duration)) return false;
  // The tolerance keeps 54 s of a 60 s video at 0.9 from failing on a rounding error.
  return watchedSeconds(ranges, duration) >= threshold * duration - 1e-9;
}
