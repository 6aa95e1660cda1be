import { describe, expect, it } from "vitest";
import { compareFigures, compareReports } from "~/server/reports/compare";
import type { TrainingReport } from "~/server/reports/training";

describe("comparing two periods", () => {
  it("gives absolute and percentage changes, exact for training days", () => {
    const c = compareFigures({ participants: 12385, uniqueLearners: 1508, trainingDays: 6757 }, { participants: 6266, uniqueLearners: 1558, trainingDays: 5435 });
    expect(c.change).toEqual({
      participants: { absolute: 6119, percent: 97.7 },
      uniqueLearners: { absolute: -50, percent: -3.2 },
      trainingDays: { absolute: 1322, percent: 24.3 },
    });
    expect(compareFigures({ participants: 1, uniqueLearners: 1, trainingDays: 0.3 }, { participants: 1, uniqueLearners: 1, trainingDays: 0.1 }).change!.trainingDays).toEqual({
      absolute: 0.2,
      percent: 200,
    });
  });

  it("has no percentage from zero, and no change without a comparison period", () => {
    expect(compareFigures({ participants: 4, uniqueLearners: 2, trainingDays: 1 }, { participants: 0, uniqueLearners: 0, trainingDays: 0 }).change!.participants).toEqual({ absolute: 4, percent: null });
    expect(compareFigures({ participants: 4, uniqueLearners: 2, trainingDays: 1 }, null)).toEqual({
      current: { participants: 4, uniqueLearners: 2, trainingDays: 1 },
      previous: null,
      change: null,
    });
  });

  it("matches categories by code and keeps one only the previous period has", () => {
    const z = { participants: 0, uniqueLearners: 0, trainingDays: 0 };
    const current: TrainingReport = { from: "2020-01-01", to: "2020-12-31", totals: z, byCategory: [{ code: "IT", name: "IT", ...z }] };
    const previous: TrainingReport = {
      from: "2019-01-01",
      to: "2019-12-31",
      totals: { participants: 2, uniqueLearners: 1, trainingDays: 1 },
      byCategory: [
        { code: "IT", name: "IT", ...z },
        { code: "FAX", name: "Fax machines (retired)", participants: 2, uniqueLearners: 1, trainingDays: 1 },
      ],
    };
    const rows = compareReports(current, previous).byCategory;
    expect(rows.map((r) => r.code)).toEqual(["FAX", "IT"]);
    expect(rows[0]!.current).toEqual(z);
    expect(rows[0]!.change!.participants).toEqual({ absolute: -2, percent: -100 });
  });
});
