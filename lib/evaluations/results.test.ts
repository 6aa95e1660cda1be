import { describe, expect, it } from "vitest";
import { monthOf, nextMonth, parseMonth, responseRate, scaleSummary, share, visible } from "~/lib/evaluations/results";

describe("evaluation result helpers", () => {
  it("keeps only the month of an answer, in UTC whatever the server's zone", () => {
    expect(monthOf(new Date("2026-03-31T23:30:00Z")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(monthOf(new Date("2026-04-01T00:10:00+02:00")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("reads YYYY-MM months and refuses anything else", () => {
    expect(parseMonth("2026-12")?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("2026-1")).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
    expect(nextMonth(parseMonth("2026-12")!).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });

  it("gives the response rate as a whole percentage, none when nobody was asked", () => {
    expect(responseRate(5, 12)).toBe(42);
    expect(responseRate(0, 0)).toBeNull();
    expect(responseRate(3, 2)).toBe(100);
  });

  it("averages a scale to one decimal from grouped counts and ignores out-of-range values", () => {
    const s = scaleSummary([
      { value: 5, count: 3 },
      { value: 4, count: 1 },
      { value: 2, count: 1 },
      { value: 9, count: 4 },
    ]);
    expect(s).toEqual({ count: 5, average: 4.2, distribution: [0, 1, 0, 1, 3] });
    expect(scaleSummary([]).average).toBeNull();
    expect(scaleSummary([{ value: 4, count: 2 }, { value: 5, count: 1 }]).average).toBe(4.3);
  });

  it("shows results from five responses, not four", () => {
    expect(visible(4)).toBe(false);
    expect(visible(5)).toBe(true);
    expect(share(1, 3)).toBe(33);
    expect(share(1, 0)).toBe(0);
  });
});
