import { describe, it, expect } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  parseIsoDate,
  periodPreset,
  previousPeriod,
  toIsoDate,
} from "./dates";

describe("parseIsoDate and toIsoDate", () => {
  it("parses to UTC midnight whatever the machine's time zone", () => {
    // The suite runs with TZ=Pacific/Auckland, where local midnight is the previous UTC day.
    const d = parseIsoDate("2026-12-01");
    expect(d.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(toIsoDate(d)).toBe("2026-12-01");
  });

  it("round-trips every day of a leap year", () => {
    let d = "2024-01-01";
    for (let i = 0; i < 366; i++) {
      expect(toIsoDate(parseIsoDate(d))).toBe(d);
      d = addDays(d, 1);
    }
    expect(d).toBe("2025-01-01");
  });

  it("rejects dates that do not exist", () => {
    expect(() => parseIsoDate("2026-02-30")).toThrow(RangeError);
    expect(() => parseIsoDate("2025-02-29")).toThrow(/not a real calendar date/);
    expect(() => parseIsoDate("2026-13-01")).toThrow(RangeError);
    expect(() => parseIsoDate("2026-00-10")).toThrow(RangeError);
    expect(parseIsoDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("rejects other formats instead of guessing", () => {
    for (const bad of ["01/12/2026", "2026-1-5", "2026-12-01T00:00:00Z", " 2026-12-01", "", "20261201"]) {
      expect(() => parseIsoDate(bad)).toThrow(/YYYY-MM-DD/);
    }
  });

  it("keeps two-digit years as they are", () => {
    expect(toIsoDate(parseIsoDate("0099-03-01"))).toBe("0099-03-01");
  });

  it("formats an instant by its UTC date, not the local one", () => {
    // 11:30 on 1 December in Auckland is still 30 November in UTC.
    expect(toIsoDate(new Date("2026-11-30T22:30:00Z"))).toBe("2026-11-30");
    expect(() => toIsoDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("addMonths", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-05-31", 1)).toBe("2026-06-30");
  });

  it("crosses year boundaries in both directions", () => {
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-01-15", -25)).toBe("2023-12-15");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2026-06-10", 0)).toBe("2026-06-10");
  });

  it("refuses fractional months", () => {
    expect(() => addMonths("2026-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("addDays and daysBetween", () => {
  it("ignores daylight-saving changes", () => {
    // Auckland leaves daylight saving on 5 April 2026 and enters it on 27 September 2026.
    expect(addDays("2026-04-04", 1)).toBe("2026-04-05");
    expect(addDays("2026-04-05", 1)).toBe("2026-04-06");
    expect(addDays("2026-09-26", 2)).toBe("2026-09-28");
    expect(daysBetween("2026-04-01", "2026-04-10")).toBe(9);
    expect(daysBetween("2026-09-20", "2026-10-01")).toBe(11);
  });

  it("counts across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-01-01", "2026-01-31")).toBe(30);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2026-01-31", "2026-01-01")).toBe(-30);
    expect(daysBetween("2026-05-05", "2026-05-05")).toBe(0);
  });
});

describe("periodPreset", () => {
  const asOf = new Date("2026-03-15T10:00:00Z");

  it("gives the calendar year", () => {
    expect(periodPreset("calendarYear", { year: 2025, asOf })).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(periodPreset("calendarYear", { asOf })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("runs the report year from 1 July to 30 June", () => {
    expect(periodPreset("reportYear", { year: 2019, asOf })).toEqual({ from: "2019-07-01", to: "2020-06-30" });
  });

  it("defaults to the report year that contains asOf", () => {
    expect(periodPreset("reportYear", { asOf })).toEqual({ from: "2025-07-01", to: "2026-06-30" });
    expect(periodPreset("reportYear", { asOf: new Date("2026-07-01T00:00:00Z") })).toEqual({
      from: "2026-07-01",
      to: "2027-06-30",
    });
    expect(periodPreset("reportYear", { asOf: new Date("2026-06-30T23:59:59Z") })).toEqual({
      from: "2025-07-01",
      to: "2026-06-30",
    });
  });

  it("gives the last twelve months ending today", () => {
    expect(periodPreset("last12Months", { asOf: new Date("2026-11-24T12:00:00Z") })).toEqual({
      from: "2025-11-25",
      to: "2026-11-24",
    });
    expect(periodPreset("last12Months", { asOf: new Date("2024-02-29T12:00:00Z") })).toEqual({
      from: "2023-03-01",
      to: "2024-02-29",
    });
  });

  it("uses the UTC date of asOf", () => {
    // 1 January 2027 at 09:00 in Auckland is still 2026 in UTC.
    const newYearInAuckland = new Date("2026-12-31T20:00:00Z");
    expect(periodPreset("calendarYear", { asOf: newYearInAuckland }).from).toBe("2026-01-01");
  });

  it("rejects impossible years", () => {
    expect(() => periodPreset("calendarYear", { year: 2025.5, asOf })).toThrow(RangeError);
  });
});

describe("previousPeriod", () => {
  it("gives the previous calendar year, leap or not", () => {
    expect(previousPeriod({ from: "2025-01-01", to: "2025-12-31" })).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(previousPeriod({ from: "2024-01-01", to: "2024-12-31" })).toEqual({ from: "2023-01-01", to: "2023-12-31" });
  });

  it("gives the previous report year", () => {
    expect(previousPeriod({ from: "2019-07-01", to: "2020-06-30" })).toEqual({ from: "2018-07-01", to: "2019-06-30" });
    expect(previousPeriod(periodPreset("reportYear", { year: 2024, asOf: new Date() }))).toEqual(
      periodPreset("reportYear", { year: 2023, asOf: new Date() }),
    );
  });

  it("gives the previous month or quarter for whole months", () => {
    expect(previousPeriod({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(previousPeriod({ from: "2026-04-01", to: "2026-06-30" })).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("gives the twelve months before the last twelve months", () => {
    expect(previousPeriod({ from: "2025-11-25", to: "2026-11-24" })).toEqual({ from: "2024-11-25", to: "2025-11-24" });
  });

  it("moves any other period back by its length in days, ending the day before", () => {
    expect(previousPeriod({ from: "2026-03-10", to: "2026-03-19" })).toEqual({ from: "2026-02-28", to: "2026-03-09" });
    expect(previousPeriod({ from: "2026-05-05", to: "2026-05-05" })).toEqual({ from: "2026-05-04", to: "2026-05-04" });
    const p = { from: "2026-01-15", to: "2026-02-20" };
    const prev = previousPeriod(p);
    expect(daysBetween(prev.from, prev.to)).toBe(daysBetween(p.from, p.to));
    expect(addDays(prev.to, 1)).toBe(p.from);
  });

  it("rejects a period that ends before it starts", () => {
    expect(() => previousPeriod({ from: "2026-02-01", to: "2026-01-31" })).toThrow(RangeError);
  });
});
