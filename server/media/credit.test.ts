import { describe, expect, it } from "vitest";
import { creditAllowance, creditUpTo, FIRST_REPORT_ALLOWANCE_SECONDS, MAX_CREDITED_RATE, MAX_REPORT_GAP_SECONDS, subtractRanges } from "~/server/media/credit";

describe("what a watch report may add", () => {
  it("keeps only the seconds not already watched", () => {
    expect(subtractRanges([[0, 10]], [])).toEqual([[0, 10]]);
    expect(subtractRanges([[0, 10]], [[2, 4], [6, 7]])).toEqual([[0, 2], [4, 6], [7, 10]]);
    expect(subtractRanges([[3, 5]], [[0, 10]])).toEqual([]);
    expect(subtractRanges([[0, 4], [8, 12]], [[2, 9]])).toEqual([[0, 2], [9, 12]]);
    expect(subtractRanges([[5, 6]], [[0, 1], [7, 8]])).toEqual([[5, 6]]);
  });

  it("credits new seconds in playing order up to the allowance", () => {
    expect(creditUpTo([[0, 2], [4, 10]], 5)).toEqual([[0, 2], [4, 7]]);
    expect(creditUpTo([[0, 2]], 5)).toEqual([[0, 2]]);
    expect(creditUpTo([[0, 2]], 0)).toEqual([]);
  });

  it("allows 4× the wall-clock time since the last report, capped after a long gap", () => {
    const t = new Date("2026-03-02T09:00:00Z");
    const later = (s: number) => new Date(t.getTime() + s * 1000);
    expect(creditAllowance(null, t)).toBe(FIRST_REPORT_ALLOWANCE_SECONDS);
    expect(creditAllowance(t, later(5))).toBe(5 * MAX_CREDITED_RATE);
    expect(creditAllowance(t, later(3600))).toBe(MAX_REPORT_GAP_SECONDS * MAX_CREDITED_RATE);
    // A clock that went backwards allows nothing rather than something negative.
    expect(creditAllowance(later(10), t)).toBe(0);
  });
});
