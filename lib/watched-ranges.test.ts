import { describe, it, expect } from "vitest";
import { isWatched, mergeRanges, watchedFraction, watchedSeconds } from "./watched-ranges";

describe("mergeRanges", () => {
  it("sorts and merges overlapping ranges", () => {
    expect(mergeRanges([[30, 40], [0, 10], [5, 20], [35, 50]])).toEqual([[0, 20], [30, 50]]);
  });

  it("merges ranges that touch or are within half a second", () => {
    expect(mergeRanges([[0, 10], [10, 20]])).toEqual([[0, 20]]);
    expect(mergeRanges([[0, 10], [10.5, 20]])).toEqual([[0, 20]]);
    expect(mergeRanges([[0, 10], [10.6, 20]])).toEqual([[0, 10], [10.6, 20]]);
  });

  it("keeps a range inside another as one", () => {
    expect(mergeRanges([[0, 100], [20, 30]])).toEqual([[0, 100]]);
  });

  it("drops invalid ranges", () => {
    expect(
      mergeRanges([
        [Number.NaN, 10],
        [0, Number.NaN],
        [-5, 10],
        [20, 10],
        [5, 5],
        [0, Number.POSITIVE_INFINITY],
        [40, 50],
      ]),
    ).toEqual([[40, 50]]);
  });

  it("ignores malformed entries sent by a client", () => {
    const fromJson = JSON.parse('[[1,2,3],[4],"x",null,[10,20]]') as [number, number][];
    expect(mergeRanges(fromJson)).toEqual([[10, 20]]);
  });

  it("clamps to the duration and drops ranges past the end", () => {
    expect(mergeRanges([[0, 30], [50, 70], [65, 90], [100, 110]], 60)).toEqual([[0, 30], [50, 60]]);
  });

  it("does not change the caller's array", () => {
    const input: [number, number][] = [[10, 20], [0, 12]];
    mergeRanges(input);
    expect(input).toEqual([[10, 20], [0, 12]]);
  });

  it("returns nothing for nothing", () => {
    expect(mergeRanges([])).toEqual([]);
  });
});

describe("watchedSeconds", () => {
  it("counts a second watched twice only once", () => {
    expect(watchedSeconds([[0, 60], [30, 90], [0, 60]], 600)).toBe(90);
  });

  it("does not count a seek to the end as watching", () => {
    // Played 10 s, dragged the playhead to 9:50, let the last 10 s play.
    expect(watchedSeconds([[0, 10], [590, 600]], 600)).toBe(20);
  });

  it("is 0 when the duration is unknown", () => {
    expect(watchedSeconds([[0, 10]], Number.NaN)).toBe(0);
    expect(watchedSeconds([[0, 10]], 0)).toBe(0);
    expect(watchedSeconds([[0, 10]], Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe("watchedFraction", () => {
  it("is the share of the video played", () => {
    expect(watchedFraction([[0, 150]], 600)).toBe(0.25);
    expect(watchedFraction([], 600)).toBe(0);
  });

  it("never exceeds 1, even with ranges past the end", () => {
    expect(watchedFraction([[0, 700]], 600)).toBe(1);
  });

  it("is 0 for a video whose duration is not known yet", () => {
    expect(watchedFraction([[0, 10]], Number.NaN)).toBe(0);
  });
});

describe("isWatched", () => {
  it("needs 90 % of the video by default", () => {
    expect(isWatched([[0, 540]], 600)).toBe(true);
    expect(isWatched([[0, 539]], 600)).toBe(false);
    expect(isWatched([[0, 54]], 60)).toBe(true);
  });

  it("is false after skipping to the end", () => {
    expect(isWatched([[0, 5], [595, 600]], 600)).toBe(false);
  });

  it("adds up pieces watched in several sittings", () => {
    expect(isWatched([[0, 200], [199.8, 400], [400.3, 600]], 600)).toBe(true);
  });

  it("takes another threshold", () => {
    expect(isWatched([[0, 300]], 600, 0.5)).toBe(true);
    expect(isWatched([[0, 300]], 600, 1)).toBe(false);
    expect(() => isWatched([[0, 300]], 600, 90)).toThrow(RangeError);
  });

  it("is false when the duration is unknown", () => {
    expect(isWatched([[0, 600]], Number.NaN)).toBe(false);
  });
});
