import { describe, expect, it } from "vitest";
import { courseHref, isoWeek } from "~/lib/compliance";

describe("ISO week", () => {
  it.each([
    ["2026-11-23", "2026-W48"], // a Monday
    ["2026-11-29", "2026-W48"], // the Sunday of the same week
    ["2026-11-30", "2026-W49"],
    ["2021-01-03", "2020-W53"], // early January can belong to the previous year's last week
    ["2024-12-30", "2025-W01"], // late December can belong to the next year's first week
    ["2026-01-01", "2026-W01"],
  ])("%s is in %s", (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe("course link", () => {
  it("escapes the course code", () => {
    expect(courseHref("BSAFE")).toBe("/courses/BSAFE");
    expect(courseHref("A B")).toBe("/courses/A%20B");
  });
});
