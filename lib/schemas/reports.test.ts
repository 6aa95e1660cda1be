import { describe, expect, it } from "vitest";
import { exportSearchParams, parseApiReportParams, parseExportParams, reportPageState } from "~/lib/schemas/reports";

const asOf = new Date("2026-03-15T10:00:00Z");

describe("the Reports page's URL", () => {
  it("defaults to the current annual-report year compared with the previous one", () => {
    const s = reportPageState({}, asOf);
    expect(s.kind).toBe("reportYear");
    expect(s.period).toEqual({ from: "2025-07-01", to: "2026-06-30" });
    expect(s.comparePeriod).toEqual({ from: "2024-07-01", to: "2025-06-30" });
    expect(s.problems).toEqual([]);
  });

  it("reads a calendar year, a breakdown and repeated or comma-separated filters", () => {
    const s = reportPageState({ period: "calendarYear", year: "2019", by: "gender", department: ["LEGAL", "ICT,FIN"], mode: "ONLINE" }, asOf);
    expect(s.period).toEqual({ from: "2019-01-01", to: "2019-12-31" });
    expect(s.comparePeriod).toEqual({ from: "2018-01-01", to: "2018-12-31" });
    expect(s.by).toBe("gender");
    expect(s.filters).toEqual({ department: ["LEGAL", "ICT", "FIN"], mode: ["ONLINE"] });
  });

  it("takes the last 12 months up to today, and custom periods for both sides", () => {
    expect(reportPageState({ period: "last12Months" }, asOf).period).toEqual({ from: "2025-03-16", to: "2026-03-15" });
    const s = reportPageState({ period: "custom", from: "2020-03-01", to: "2020-03-31", compare: "custom", compareFrom: "2019-03-01", compareTo: "2019-03-31" }, asOf);
    expect(s.period).toEqual({ from: "2020-03-01", to: "2020-03-31" });
    expect(s.comparePeriod).toEqual({ from: "2019-03-01", to: "2019-03-31" });
    expect(reportPageState({ compare: "none" }, asOf).comparePeriod).toBeNull();
  });

  it("falls back to defaults for bad values and says why", () => {
    const s = reportPageState({ period: "decade", year: "twenty", by: "colour", gender: "Q" }, asOf);
    expect(s.period).toEqual({ from: "2025-07-01", to: "2026-06-30" });
    expect(s.by).toBeUndefined();
    expect(s.filters).toEqual({});
    expect(s.problems).toHaveLength(4);
    const custom = reportPageState({ period: "custom", from: "2020-05-01", to: "2020-04-01" }, asOf);
    expect(custom.problems).toEqual(["The end date 2020-04-01 is before the start date 2020-05-01."]);
  });

  it("round-trips into the export URL", () => {
    const s = reportPageState({ period: "calendarYear", year: "2019", by: "mode", grade: ["P3", "P4"] }, asOf);
    const params = exportSearchParams(s);
    expect(params.toString()).toBe("from=2019-01-01&to=2019-12-31&compareFrom=2018-01-01&compareTo=2018-12-31&by=mode&grade=P3&grade=P4");
    const parsed = parseExportParams(params);
    expect(parsed).toEqual({ ok: true, query: { from: "2019-01-01", to: "2019-12-31", by: "mode", filters: { grade: ["P3", "P4"] } }, compare: { from: "2018-01-01", to: "2018-12-31" } });
  });
});

describe("the API's parameters", () => {
  const parse = (q: string) => parseApiReportParams(new URLSearchParams(q));

  it("accepts a period, a format and a breakdown", () => {
    expect(parse("from=2019-01-01&to=2019-12-31&format=csv&by=duty_station")).toEqual({
      ok: true,
      format: "csv",
      query: { from: "2019-01-01", to: "2019-12-31", by: "duty_station", filters: {} },
    });
  });

  it.each([
    ["", "The start date is required (YYYY-MM-DD)."],
    ["from=2019-01-01", "The end date is required (YYYY-MM-DD)."],
    ["from=2019-13-01&to=2019-12-31", 'The start date "2019-13-01" is not a valid date (YYYY-MM-DD).'],
    ["from=2019-01-01&to=2019-12-31&from=2018-01-01", 'Give "from" once.'],
    ["from=1990-01-01&to=2019-12-31", "A report covers at most 20 years; 1990-01-01 to 2019-12-31 is longer."],
    ["from=2019-01-01&to=2019-12-31&gender=W", 'Unknown gender "W"; use F, M or X.'],
  ])("refuses %j with one line", (q, message) => {
    expect(parse(q)).toEqual({ ok: false, message });
  });
});
