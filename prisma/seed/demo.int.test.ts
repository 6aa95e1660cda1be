import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The demo video goes into the data folder: a throwaway one.
process.env.PATHWAY_DATA_DIR = mkdtempSync(path.join(tmpdir(), "pathway-seed-demo-"));

const { testDb } = await import("~/tests/db");
const { seedDemo } = await import("~/prisma/seed");
const { ANNUAL_REPORT_FIGURES } = await import("~/prisma/seed/history");
const { trainingReport } = await import("~/server/reports/training");

const db = testDb();

describe("the demo organisation", () => {
  it("is the annual report's organisation: ~1,500 staff, 54% women, and the report's participants and training days", { timeout: 300_000 }, async () => {
    await seedDemo(new Date("2026-11-24T10:00:00Z"));

    const staff = await db.staff.count({ where: { active: true } });
    expect(staff).toBeGreaterThan(1_450);
    expect(staff).toBeLessThan(1_600);
    const women = await db.staff.count({ where: { active: true, gender: "F" } });
    expect(women / staff).toBeGreaterThan(0.52);
    expect(women / staff).toBeLessThan(0.57);

    // What L&D reads on the Reports page (and the CSV, API and CLI: the same query): the report's own figures.
    const [previous, year] = await Promise.all(ANNUAL_REPORT_FIGURES.map((p) => trainingReport({ from: p.from, to: p.to })));
    expect(previous!.totals).toMatchObject({ participants: 6_266, trainingDays: 5_435 });
    expect(year!.totals).toMatchObject({ participants: 12_385, trainingDays: 6_757 });
    // ...also when aggregated from the ledger rather than read from the yearly figures the triggers keep.
    expect((await trainingReport({ from: "2019-07-01", to: "2020-06-30" }, { source: "ledger" })).totals).toEqual(year!.totals);

    // The former LMS's records came in through the import code; no demo account got one.
    const former = { source: "IMPORT" as const, course: { code: { startsWith: "HIST-" } } };
    expect(await db.trainingRecord.count({ where: former })).toBeGreaterThan(15_000);
    expect(await db.trainingRecord.count({ where: { ...former, staff: { employeeId: { startsWith: "9001" } } } })).toBe(0);
    // Face-to-face training stopped in March 2020.
    const lateClassroom = await db.trainingRecord.count({
      where: { source: "IMPORT", course: { code: { in: ["HIST-RESPECT", "HIST-TRAVEL", "HIST-MEDIA", "HIST-MINDFUL"] } }, endDate: { gt: new Date("2020-03-13"), lte: new Date("2020-06-30") } },
    });
    expect(lateClassroom).toBe(0);
  });
});
