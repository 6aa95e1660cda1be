import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff, bulkCompletions, createCategory, createCourse, recordTrainings } from "~/tests/factories";
import { parseIsoDate } from "~/lib/dates";
import { correctRecord, recordParticipation } from "~/server/records/ledger";
import { reportYearOf, trainingReport } from "~/server/reports/training";
import type { Actor } from "~/server/auth/roles";

// ReportYearFigures is kept by triggers on the ledger; whatever happens to the ledger, a year's report read from it must
// equal the same report aggregated from the ledger. Years 2040–2046 belong to this file only.
const db = testDb();
const YEARS = [
  { from: "2041-01-01", to: "2041-12-31" },
  { from: "2042-01-01", to: "2042-12-31" },
  { from: "2040-07-01", to: "2041-06-30" },
  { from: "2041-07-01", to: "2042-06-30" },
];

async function expectYearsMatchLedger() {
  for (const period of YEARS) {
    const fast = await trainingReport(period);
    const ledger = await trainingReport(period, { source: "ledger" });
    expect({ period, fast }).toEqual({ period, fast: ledger });
  }
}

let admin: Actor;
let people: { id: string }[];
let course: Awaited<ReturnType<typeof createCourse>>;
let other: Awaited<ReturnType<typeof createCourse>>;

beforeAll(async () => {
  admin = await createActorWithRole(db, "LD_ADMIN");
  people = await Promise.all(Array.from({ length: 4 }, () => createStaff(db)));
  const a = await createCategory(db, "Year A");
  const b = await createCategory(db, "Year B");
  course = await createCourse(db, { categoryId: a.id, trainingDays: "0.5" });
  other = await createCourse(db, { categoryId: b.id, trainingDays: "1.25" });
});

describe("the yearly figures", () => {
  it("recognise calendar and annual-report years, and nothing else", () => {
    expect(reportYearOf({ from: "2019-01-01", to: "2019-12-31" })).toEqual({ kind: "CALENDAR", year: 2019 });
    expect(reportYearOf({ from: "2019-07-01", to: "2020-06-30" })).toEqual({ kind: "REPORT", year: 2019 });
    expect(reportYearOf({ from: "2019-01-01", to: "2019-12-30" })).toBeNull();
    expect(reportYearOf({ from: "2019-07-01", to: "2021-06-30" })).toBeNull();
  });

  it("follow the ledger through new rows, corrections, moves across years and deletions", async () => {
    const [p1, p2, p3] = people as [{ id: string }, { id: string }, { id: string }];
    const rows = await recordTrainings(db, [
      { staffId: p1.id, course, endDate: "2041-03-01", status: "COMPLETED" },
      { staffId: p1.id, course, endDate: "2041-09-01", status: "COMPLETED" }, // same person, category and calendar year
      { staffId: p1.id, course: other, endDate: "2041-06-30", status: "ATTENDED" }, // last day of report year 2040
      { staffId: p2.id, course, endDate: "2041-07-01", status: "COMPLETED" }, // first day of report year 2041
      { staffId: p2.id, course, endDate: "2041-05-05", status: "NO_SHOW" },
      { staffId: p3.id, course: other, endDate: "2042-01-01", status: "IN_PROGRESS" },
    ]);
    await expectYearsMatchLedger();
    expect((await trainingReport(YEARS[0]!)).totals).toEqual({ participants: 4, uniqueLearners: 2, trainingDays: 2.75 });

    // A no-show corrected to attended, an in-progress row completed: both start counting.
    await correctRecord(admin, rows[4]!.id, { status: "ATTENDED" }, "Attendance sheet found");
    await correctRecord(admin, rows[5]!.id, { status: "COMPLETED" }, "Completed late");
    await expectYearsMatchLedger();
    // One of p1's two rows in the same year stops counting: p1 still counts once.
    await correctRecord(admin, rows[1]!.id, { status: "WITHDRAWN" }, "Withdrew");
    await expectYearsMatchLedger();
    // Moved across the calendar and report years, and to another category.
    await correctRecord(admin, rows[0]!.id, { endDate: parseIsoDate("2042-02-02"), startDate: parseIsoDate("2042-02-01") }, "Wrong year");
    await correctRecord(admin, rows[3]!.id, { categoryId: other.categoryId, trainingDays: "0.125" }, "Recategorised");
    await expectYearsMatchLedger();
    // Deleted outright (the app never does; an operator might).
    await db.trainingRecord.delete({ where: { id: rows[2]!.id } });
    await expectYearsMatchLedger();
    // Left in 2041: p2's recategorised completion (0.125) and the no-show corrected to attended (0.5).
    expect((await trainingReport(YEARS[0]!)).totals).toEqual({ participants: 2, uniqueLearners: 1, trainingDays: 0.625 });
  });

  it("follow set-based statements: a bulk import, a mass update and a mass delete", async () => {
    const ids = people.map((p) => p.id);
    await bulkCompletions(db, { staffIds: ids, course, count: 500, endDate: "2042-03-03", trainingDays: "0.125" });
    await bulkCompletions(db, { staffIds: ids.slice(0, 2), course: other, count: 9, endDate: "2041-12-31", trainingDays: "2" });
    await expectYearsMatchLedger();
    await db.trainingRecord.updateMany({ where: { endDate: parseIsoDate("2042-03-03"), staffId: ids[0] }, data: { status: "NO_SHOW" } });
    await db.trainingRecord.updateMany({ where: { endDate: parseIsoDate("2041-12-31") }, data: { endDate: parseIsoDate("2042-01-01") } });
    await expectYearsMatchLedger();
    await db.trainingRecord.deleteMany({ where: { endDate: parseIsoDate("2042-03-03"), staffId: { in: ids.slice(1, 3) } } });
    await expectYearsMatchLedger();
  });

  it("count a person once when two transactions record them in the same year at the same time", async () => {
    const person = await createStaff(db);
    const record = (day: string, holdMs: number) =>
      db.$transaction(async (tx) => {
        await recordParticipation(tx, {
          staffId: person.id,
          courseId: course.id,
          categoryId: course.categoryId,
          mode: "ONLINE",
          startDate: parseIsoDate(day),
          endDate: parseIsoDate(day),
          trainingDays: "0.5",
          status: "COMPLETED",
          source: "IMPORT",
          sourceKey: `concurrent:${person.id}:${day}`,
        });
        await new Promise((r) => setTimeout(r, holdMs));
      });
    await Promise.all([record("2041-04-04", 400), new Promise((r) => setTimeout(r, 50)).then(() => record("2041-04-05", 0))]);
    await expectYearsMatchLedger();
  });

  it("refuse a ledger write at REPEATABLE READ, where they could not see a concurrent writer's rows", async () => {
    const person = await createStaff(db);
    await expect(
      db.$transaction(
        (tx) =>
          recordParticipation(tx, {
            staffId: person.id,
            courseId: course.id,
            categoryId: course.categoryId,
            mode: "ONLINE",
            startDate: parseIsoDate("2041-08-08"),
            endDate: parseIsoDate("2041-08-08"),
            trainingDays: "1",
            status: "COMPLETED",
            source: "IMPORT",
            sourceKey: `rr:${person.id}`,
          }),
        { isolationLevel: "RepeatableRead" },
      ),
    ).rejects.toThrow(/READ COMMITTED/);
    expect(await db.trainingRecord.count({ where: { staffId: person.id } })).toBe(0);
  });
});
