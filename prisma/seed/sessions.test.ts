import { describe, expect, it } from "vitest";
import { zonedDate, zonedTime } from "~/server/enrolment/zoned-time";
import { inProgressSession } from "./sessions";

// The demo's session in progress, seeded at any minute: both days have begun, today's is still running for at least
// 1½ hours more (the end-to-end journeys enrol in it late and take its attendance), and each day lasts 3½ hours (7 hours
// credited). Seeded at 23:00 Geneva it once gave 2 hours a day; ended at 23:30, it once left nothing in progress.
describe("the demo session in progress", () => {
  const hours = Array.from({ length: 24 }, (_, h) => h);
  for (const [month, label] of [["2026-12-06", "winter"], ["2026-07-01", "summer"]] as const) {
    it(`is running at every hour of a ${label} day, 3½ hours a day`, () => {
      for (const h of hours) {
        const asOf = new Date(`${month}T${String(h).padStart(2, "0")}:59:00Z`);
        const { timeZone, days } = inProgressSession(asOf);
        const now = zonedTime(asOf, timeZone);
        expect(days[1]!.date, `${asOf.toISOString()}`).toBe(zonedDate(asOf, timeZone));
        expect(days[0]!.date < days[1]!.date).toBe(true);
        for (const d of days) {
          const [sh, sm] = d.start.split(":").map(Number);
          const [eh, em] = d.end.split(":").map(Number);
          expect(eh! * 60 + em! - (sh! * 60 + sm!)).toBe(210);
        }
        const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
        expect(minutes(days[1]!.start), `${asOf.toISOString()} ${timeZone} ${now}`).toBeLessThanOrEqual(minutes(now));
        expect(minutes(days[1]!.end) - minutes(now), `${asOf.toISOString()} ${timeZone} ${now}`).toBeGreaterThanOrEqual(90);
      }
    });
  }
});
