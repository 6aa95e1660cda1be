import { describe, expect, it } from "vitest";
import { zonedDate, zonedTime, zonedTimeToUtc, isTimeZone } from "~/server/enrolment/zoned-time";

describe("wall-clock times in a session's zone", () => {
  it("reads Geneva times in winter and summer", () => {
    expect(zonedTimeToUtc("2026-01-15", "09:00", "Europe/Zurich").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-15", "09:00", "Europe/Zurich").toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("reads Singapore times, a day ahead of UTC in the early morning", () => {
    expect(zonedTimeToUtc("2026-05-04", "07:30", "Asia/Singapore").toISOString()).toBe("2026-05-03T23:30:00.000Z");
    expect(zonedDate(new Date("2026-05-03T23:30:00Z"), "Asia/Singapore")).toBe("2026-05-04");
    expect(zonedTime(new Date("2026-05-03T23:30:00Z"), "Asia/Singapore")).toBe("07:30");
  });

  it("handles the days the clocks change", () => {
    // Spring forward in Geneva: 02:00 → 03:00 on 29 March 2026; 02:30 does not exist.
    expect(zonedTimeToUtc("2026-03-29", "01:30", "Europe/Zurich").toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(zonedTimeToUtc("2026-03-29", "03:30", "Europe/Zurich").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedTimeToUtc("2026-03-29", "02:30", "Europe/Zurich").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // Fall back on 25 October 2026: 02:30 happens twice; the earlier one is chosen.
    expect(zonedTimeToUtc("2026-10-25", "02:30", "Europe/Zurich").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("round-trips every quarter hour of a day", () => {
    for (let m = 0; m < 24 * 60; m += 15) {
      const time = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      const instant = zonedTimeToUtc("2026-11-24", time, "America/New_York");
      expect(zonedTime(instant, "America/New_York")).toBe(time);
      expect(zonedDate(instant, "America/New_York")).toBe("2026-11-24");
    }
  });

  it("knows real zones from typos", () => {
    expect(isTimeZone("Europe/Zurich")).toBe(true);
    expect(isTimeZone("Europe/Zürich")).toBe(false);
  });
});
