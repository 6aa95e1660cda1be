import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { bulkCompletions, createActorWithRole, createCategory, createCourse, createDepartment, createSector, createStaff, recordTrainings } from "~/tests/factories";
import { parseIsoDate } from "~/lib/dates";
import { correctRecord, recordParticipation } from "~/server/records/ledger";
import { trainingReport } from "~/server/reports/training";
import type { Actor } from "~/server/auth/roles";

// Any period's report by category reads the day rollups, a whole year's breakdown by department (sector, duty station,
// grade, gender) the yearly group figures; both are kept by triggers and must equal the ledger aggregate whatever
// happens to the ledger or to a person's department, and show a change in the very next report.
const db = testDb();

// Edges the rollups treat differently: inside one month, across month and year boundaries, from the 1st, to the last
// day of a month, a single day, several years.
const PERIODS = [
  { from: "2043-03-15", to: "2043-11-02" },
  { from: "2043-03-05", to: "2043-03-20" },
  { from: "2043-03-01", to: "2043-04-30" },
  { from: "2043-02-28", to: "2043-03-01" },
  { from: "2043-03-10", to: "2043-03-10" },
  { from: "2042-12-31", to: "2044-01-01" },
  { from: "2043-04-16", to: "2044-04-15" },
  { from: "2043-01-01", to: "2043-12-31" },
];
const YEAR = { from: "2043-01-01", to: "2043-12-31" };

async function expectPeriodsMatchLedger() {
  for (const period of PERIODS) {
    const fast = await trainingReport(period, { source: "days" });
    const ledger = await trainingReport(period, { source: "ledger" });
    expect({ period, fast }).toEqual({ period, fast: ledger });
  }
}

async function expectBreakdownsMatchLedger() {
  for (const period of [YEAR, { from: "2042-07-01", to: "2043-06-30" }]) {
    for (const by of ["department", "sector", "duty_station", "grade", "gender"] as const) {
      const fast = await trainingReport({ ...period, by });
      const ledger = await trainingReport({ ...period, by }, { source: "ledger" });
      expect({ period, by, fast }).toEqual({ period, by, fast: ledger });
    }
  }
}

let admin: Actor;
let people: { id: string }[];
let course: Awaited<ReturnType<typeof createCourse>>;
let other: Awaited<ReturnType<typeof createCourse>>;
let blue: { id: string; code: string };
let green: { id: string; code: string };

beforeAll(async () => {
  admin = await createActorWithRole(db, "LD_ADMIN");
  blue = await createDepartment(db, "Blue");
  green = await createDepartment(db, "Green");
  const sector = await createSector(db);
  people = [
    await createStaff(db, { departmentId: blue.id, sectorId: sector.id, gender: "F", grade: "P3" }),
    await createStaff(db, { departmentId: blue.id, gender: "M", grade: "G5" }),
    await createStaff(db, { departmentId: green.id, sectorId: sector.id, gender: "X", grade: "P3" }),
    await createStaff(db, { gender: "F", grade: "D1" }), // no department: the "not recorded" group
  ];
  const a = await createCategory(db, "Period A");
  const b = await createCategory(db, "Period B");
  course = await createCourse(db, { categoryId: a.id, trainingDays: "0.5" });
  other = await createCourse(db, { categoryId: b.id, trainingDays: "1.125" });
});

describe("any period's report and a year's breakdown from the maintained figures", () => {
  it("equal the ledger through new rows, repeats, corrections, moves and deletions", async () => {
    const [p1, p2, p3, p4] = people as [{ id: string }, { id: string }, { id: string }, { id: string }];
    const rows = await recordTrainings(db, [
      { staffId: p1.id, course, endDate: "2043-03-10" },
      { staffId: p1.id, course, endDate: "2043-03-10" }, // twice the same day: two participants, one learner
      { staffId: p1.id, course, endDate: "2043-03-25" }, // again in the same month
      { staffId: p1.id, course, endDate: "2043-07-01" }, // again months later
      { staffId: p1.id, course: other, endDate: "2043-02-28", status: "ATTENDED" },
      { staffId: p2.id, course, endDate: "2042-12-31" },
      { staffId: p2.id, course, endDate: "2043-03-01" },
      { staffId: p2.id, course: other, endDate: "2044-01-01" },
      { staffId: p3.id, course, endDate: "2043-11-02" },
      { staffId: p3.id, course, endDate: "2043-05-05", status: "NO_SHOW" },
      { staffId: p4.id, course: other, endDate: "2043-03-20", status: "IN_PROGRESS" },
      { staffId: p4.id, course: other, endDate: "2043-09-09" },
    ]);
    await expectPeriodsMatchLedger();
    await expectBreakdownsMatchLedger();
    // 15 March – 2 November: p1 on 25 March and 1 July (one learner, two participations), p3 on 2 November, p4 on 9 September.
    const period = await trainingReport(PERIODS[0]!);
    expect(period.totals).toEqual({ participants: 4, uniqueLearners: 3, trainingDays: 2.625 });
    const march = await trainingReport(PERIODS[2]!);
    expect(march.totals).toEqual({ participants: 4, uniqueLearners: 2, trainingDays: 2 });

    await correctRecord(admin, rows[9]!.id, { status: "ATTENDED" }, "Attendance sheet found");
    await correctRecord(admin, rows[10]!.id, { status: "COMPLETED" }, "Completed");
    await correctRecord(admin, rows[2]!.id, { status: "WITHDRAWN" }, "Withdrew");
    await expectPeriodsMatchLedger();
    await correctRecord(admin, rows[0]!.id, { endDate: parseIsoDate("2043-10-10"), startDate: parseIsoDate("2043-10-10") }, "Wrong date");
    await correctRecord(admin, rows[6]!.id, { categoryId: other.categoryId, trainingDays: "0.125" }, "Recategorised");
    await expectPeriodsMatchLedger();
    await expectBreakdownsMatchLedger();
    await db.trainingRecord.delete({ where: { id: rows[3]!.id } });
    await expectPeriodsMatchLedger();
    await expectBreakdownsMatchLedger();
  });

  it("follow set-based statements: a bulk import, a mass update and a mass delete", async () => {
    const ids = people.map((p) => p.id);
    await bulkCompletions(db, { staffIds: ids, course, count: 400, endDate: "2043-06-15", trainingDays: "0.125" });
    await bulkCompletions(db, { staffIds: ids.slice(0, 2), course: other, count: 9, endDate: "2043-03-31", trainingDays: "2" });
    await expectPeriodsMatchLedger();
    await db.trainingRecord.updateMany({ where: { endDate: parseIsoDate("2043-06-15"), staffId: ids[0] }, data: { status: "NO_SHOW" } });
    await db.trainingRecord.updateMany({ where: { endDate: parseIsoDate("2043-03-31") }, data: { endDate: parseIsoDate("2043-04-01") } });
    await expectPeriodsMatchLedger();
    await expectBreakdownsMatchLedger();
    await db.trainingRecord.deleteMany({ where: { endDate: parseIsoDate("2043-06-15"), staffId: { in: ids.slice(1, 3) } } });
    await expectPeriodsMatchLedger();
    await expectBreakdownsMatchLedger();
  });

  it("move a person's figures with them when their department or grade changes", async () => {
    const [p1] = people as [{ id: string }];
    const before = await trainingReport({ ...YEAR, by: "department" });
    const blueBefore = before.breakdown!.find((g) => g.code === blue.code)!;
    const greenBefore = before.breakdown!.find((g) => g.code === green.code)!;
    await db.staff.update({ where: { id: p1.id }, data: { departmentId: green.id, grade: "P4" } });
    const after = await trainingReport({ ...YEAR, by: "department" });
    const blueAfter = after.breakdown!.find((g) => g.code === blue.code);
    const greenAfter = after.breakdown!.find((g) => g.code === green.code)!;
    // p1 left Blue for Green: their participations go with them, the total stays.
    expect(greenAfter.participants - greenBefore.participants).toBe(blueBefore.participants - (blueAfter?.participants ?? 0));
    expect(greenAfter.participants).toBeGreaterThan(greenBefore.participants);
    expect(after.totals).toEqual(before.totals);
    await expectBreakdownsMatchLedger();
    await db.staff.update({ where: { id: p1.id }, data: { departmentId: null } });
    await expectBreakdownsMatchLedger();
  });

  it("show a new participation in the very next report, well within a second", async () => {
    const person = await createStaff(db, { departmentId: blue.id });
    const period = { from: "2043-05-02", to: "2043-08-17" };
    const before = await trainingReport(period);
    const beforeYear = await trainingReport({ ...YEAR, by: "department" });
    const started = Date.now();
    await recordParticipation(db, {
      staffId: person.id,
      courseId: course.id,
      categoryId: course.categoryId,
      mode: "ONLINE",
      startDate: parseIsoDate("2043-06-06"),
      endDate: parseIsoDate("2043-06-06"),
      trainingDays: "0.5",
      status: "COMPLETED",
      source: "IMPORT",
      sourceKey: `fresh:${person.id}`,
    });
    const after = await trainingReport(period);
    const afterYear = await trainingReport({ ...YEAR, by: "department" });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(after.totals).toEqual({
      participants: before.totals.participants + 1,
      uniqueLearners: before.totals.uniqueLearners + 1,
      trainingDays: before.totals.trainingDays + 0.5,
    });
    const blueOf = (r: typeof afterYear) => r.breakdown!.find((g) => g.code === blue.code)!;
    expect(blueOf(afterYear).uniqueLearners).toBe(blueOf(beforeYear).uniqueLearners + 1);
  });

  it("refuse a department change at REPEATABLE READ, where it could not see a concurrent ledger writer's rows", async () => {
    const person = await createStaff(db, { departmentId: blue.id });
    await expect(
      db.$transaction((tx) => tx.staff.update({ where: { id: person.id }, data: { departmentId: green.id } }), { isolationLevel: "RepeatableRead" }),
    ).rejects.toThrow(/READ COMMITTED/);
    // Other changes to a person (here the last time they were seen) are not report figures: any isolation will do.
    await db.$transaction((tx) => tx.staff.update({ where: { id: person.id }, data: { lastSeenAt: new Date() } }), { isolationLevel: "RepeatableRead" });
  });
});
