import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import durations from "~/messages/en/durations.json";
import { durationMessage, formatDuration } from "~/lib/durations";

const t = (key: "days" | "hours", values: { n: number }) => new IntlMessageFormat(durations[key], "en").format(values) as string;

describe("durations as people read them", () => {
  it("says a short session in hours, not in fractions of a day", () => {
    expect(formatDuration(t, "0.438")).toBe("3.5 hours");
    expect(formatDuration(t, "0.125")).toBe("1 hour");
    expect(formatDuration(t, "0.25")).toBe("2 hours");
    expect(formatDuration(t, "0.281")).toBe("2.25 hours");
    expect(formatDuration(t, "0.875")).toBe("7 hours");
    expect(formatDuration(t, "0.063")).toBe("0.5 hours");
  });
  it("says whole and half days in days", () => {
    expect(formatDuration(t, "1")).toBe("1 day");
    expect(formatDuration(t, "0.5")).toBe("0.5 days");
    expect(formatDuration(t, "2.5")).toBe("2.5 days");
    expect(formatDuration(t, "6")).toBe("6 days");
  });
  it("keeps a few minutes visible instead of rounding them to nothing", () => {
    expect(durationMessage("0.013")).toEqual({ key: "hours", n: 0.1 });
  });
  it("refuses what is not a length", () => {
    expect(() => durationMessage("abc")).toThrow(RangeError);
    expect(() => durationMessage(-1)).toThrow(RangeError);
  });
});
