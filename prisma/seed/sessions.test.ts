import { describe, expect, it } from "vitest";
import { inProgressSessionDays } from "./sessions";

// The demo's session in progress: both days have begun by the time of seeding and each lasts 3½ hours, at any hour
// (the end-to-end attendance journey credits 7 hours; seeded at 23:00 Geneva it once gave 2 hours a day).
describe("the demo session in progress", () => {
  for (const [utc, geneva] of [["2026-12-06T22:05:00Z", "23:05"], ["2026-12-06T23:59:00Z", "00:59"], ["2026-07-01T06:30:00Z", "08:30"], ["2026-12-06T14:00:00Z", "15:00"]] as const) {
    it(`seeded at ${geneva} in Geneva: yesterday and today, 3½ hours each, today's already begun`, () => {
      const days = inProgressSessionDays(new Date(utc));
      expect(days).toHaveLength(2);
      for (const d of days) {
        const [sh, sm] = d.start.split(":").map(Number);
        const [eh, em] = d.end.split(":").map(Number);
        expect(eh! * 60 + em! - (sh! * 60 + sm!)).toBe(210);
      }
      expect(days[1]!.start <= geneva).toBe(true);
    });
  }
});
