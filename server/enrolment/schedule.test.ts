import { describe, expect, it } from "vitest";
import { buildSchedule, deadlineInstant, minutesToDays, participationMode } from "~/server/enrolment/schedule";

describe("a session's schedule", () => {
  it("credits the scheduled hours, 8 hours to a day", () => {
    const s = buildSchedule(
      [
        { date: "2026-03-03", start: "09:00", end: "12:30" },
        { date: "2026-03-04", start: "09:00", end: "12:30" },
      ],
      "Europe/Zurich",
    );
    expect(s.totalMinutes).toBe(420);
    expect(s.trainingDays).toBe("0.875");
    expect(s.days.map((d) => d.dayNumber)).toEqual([1, 2]);
    expect(s.startsAt.toISOString()).toBe("2026-03-03T08:00:00.000Z");
    expect(s.endsAt.toISOString()).toBe("2026-03-04T11:30:00.000Z");
  });

  it("puts days in time order whatever order they were typed in", () => {
    const s = buildSchedule(
      [
        { date: "2026-05-12", start: "14:00", end: "17:00" },
        { date: "2026-05-05", start: "14:00", end: "17:00" },
      ],
      "Asia/Singapore",
    );
    expect(s.days[0]!.startsAt.toISOString()).toBe("2026-05-05T06:00:00.000Z");
    expect(s.trainingDays).toBe("0.75");
  });

  it("refuses overlapping blocks", () => {
    expect(() =>
      buildSchedule(
        [
          { date: "2026-03-03", start: "09:00", end: "12:30" },
          { date: "2026-03-03", start: "12:00", end: "13:00" },
        ],
        "Europe/Zurich",
      ),
    ).toThrow(/overlap/);
  });

  it("rounds odd minutes half-up to three places", () => {
    expect(minutesToDays(6)).toBe("0.013");
    expect(minutesToDays(440)).toBe("0.917");
    expect(minutesToDays(480 * 5)).toBe("5");
    expect(minutesToDays(0)).toBe("0");
  });

  it("closes self-enrolment at the end of the deadline date where the session is", () => {
    expect(deadlineInstant("2026-03-01", "Europe/Zurich")!.toISOString()).toBe("2026-03-01T23:00:00.000Z");
    expect(deadlineInstant(null, "Europe/Zurich")).toBeNull();
  });

  it("records blended courses as blended, others by delivery", () => {
    expect(participationMode("BLENDED", "IN_PERSON")).toBe("BLENDED");
    expect(participationMode("CLASSROOM", "VIRTUAL")).toBe("VIRTUAL");
    expect(participationMode("VIRTUAL", "IN_PERSON")).toBe("CLASSROOM");
  });
});
