import "server-only";
import type { WatchedRange } from "~/lib/watched-ranges";

// How much of what a player reports is credited: the new seconds, no faster than the wall clock allows.

/**
 * Watched time accrues at most this many times faster than the wall-clock time between two reports: playing at up
 * to 4× counts in full, while a forged report claiming the whole video a moment after the last one does not.
 */
export const MAX_CREDITED_RATE = 4;
/** A gap between reports longer than this (closed laptop, tab in the background) adds no more allowance. */
export const MAX_REPORT_GAP_SECONDS = 60;
/** Allowance of a learner's very first report on a lesson, before any earlier report dates the session. */
export const FIRST_REPORT_ALLOWANCE_SECONDS = 2;

/** The parts of `incoming` not already in `have` (both merged and sorted). */
export function subtractRanges(incoming: readonly WatchedRange[], have: readonly WatchedRange[]): WatchedRange[] {
  const out: WatchedRange[] = [];
  for (const [start, end] of incoming) {
    let cursor = start;
    for (const [hs, he] of have) {
      if (he <= cursor) continue;
      if (hs >= end) break;
      if (hs > cursor) out.push([cursor, hs]);
      cursor = Math.max(cursor, he);
      if (cursor >= end) break;
    }
    if (cursor < end) out.push([cursor, end]);
  }
  return out;
}

/** Takes new seconds in playing order until `budget` seconds are used. */
export function creditUpTo(fresh: readonly WatchedRange[], budget: number): WatchedRange[] {
  const out: WatchedRange[] = [];
  let left = Math.max(0, budget);
  for (const [start, end] of fresh) {
    if (left <= 0) break;
    const take = Math.min(end - start, left);
    out.push([start, start + take]);
    left -= take;
  }
  return out;
}

/** How many new seconds a report may add, from the wall-clock time since the last credited report. */
export function creditAllowance(lastReportAt: Date | null, asOf: Date): number {
  if (!lastReportAt) return FIRST_REPORT_ALLOWANCE_SECONDS;
  const elapsed = Math.max(0, (asOf.getTime() - lastReportAt.getTime()) / 1000);
  return Math.min(elapsed, MAX_REPORT_GAP_SECONDS) * MAX_CREDITED_RATE;
}
