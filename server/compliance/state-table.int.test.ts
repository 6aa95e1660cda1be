// The maintained compliance states (ComplianceState) against the live query they replace for reads: equal after
// every kind of change, shown at once, rebuilt when the day moves on, live for past days.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCourse, createDepartment, createRequirementRow, createStaff, recordTraining, retireBootstrapRequirements } from "~/tests/factories";
import { parseIsoDate, type IsoDate } from "~/lib/dates";
import type { Actor } from "~/server/auth/roles";
import { queryStates, type StateRow } from "~/server/compliance/state-query";
import { refreshStates, stateSource } from "~/server/compliance/state-table";
import { dashboardOverview, requirementOverview } from "~/server/compliance/dashboard";
import { grantExemption, setRequirementRetired } from "~/server/compliance/requirements";

const db = testDb();
const DAY: IsoDate = "2026-09-15";
// After the test that moves the table to 2 October (tests of this file run in order, on one database).
const LATER: IsoDate = "2026-10-05";
let admin: Actor;

beforeAll(async () => {
  await retireBootstrapRequirements(db);
  admin = await createActorWithRole(db, "LD_ADMIN");
});

const key = (r: StateRow) => `${r.requirementId}|${r.staffId}`;
const sorted = (rows: StateRow[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

async function tableRows(asOf: IsoDate): Promise<StateRow[]> {
  const source = await stateSource({ asOf });
  expect(source.live).toBe(false);
  return db.$queryRaw<StateRow[]>`SELECT * FROM (${source.sql}) st`;
}

/** The maintained rows equal the live query's, row for row, for the whole organisation. */
async function expectEqualToLive(asOf: IsoDate) {
  const [table, live] = [await tableRows(asOf), await queryStates({ asOf })];
  expect(sorted(table)).toEqual(sorted(live));
  return table;
}

describe("maintained compliance states", () => {
  it("equal the live query after completions, exemptions, moves, new managers, leavers and requirement changes", async () => {
    const [dept, other] = [await createDepartment(db), await createDepartment(db)];
    const course = await createCourse(db, { validityMonths: 36 });
    const wt = await createRequirementRow(db, course.id, { audienceKind: "EVERYONE", dueDate: "2026-06-30", validityMonths: 36 });
    const byDept = await createRequirementRow(db, (await createCourse(db)).id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id], dueDate: null, dueAfterDays: 30 });
    const forManagers = await createRequirementRow(db, (await createCourse(db)).id, { audienceKind: "MANAGERS", dueDate: null, dueAfterDays: 60 });
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await createStaff(db, { departmentId: i % 2 ? dept.id : other.id, hireDate: parseIsoDate("2020-01-06") }));
    const [a, b, c, d, e, f] = people as [typeof people[number], ...typeof people];
    await expectEqualToLive(DAY);

    // A completion: a's state turns COMPLIANT at the next read.
    await recordTraining(db, { staffId: a.id, course, endDate: "2026-05-02" });
    const afterCompletion = await expectEqualToLive(DAY);
    expect(afterCompletion.find((r) => r.staffId === a.id && r.requirementId === wt.id)?.state).toBe("COMPLIANT");

    // An exemption, a move into the department, a first direct report, a departure.
    await grantExemption(admin, { requirementId: wt.id, staffId: b!.id, reason: "On long-term leave" }, parseIsoDate("2026-09-01"));
    await db.staff.update({ where: { id: c!.id }, data: { departmentId: dept.id } });
    await db.staff.update({ where: { id: d!.id }, data: { managerId: e!.id } });
    await db.staff.update({ where: { id: f!.id }, data: { active: false, leftOn: parseIsoDate("2026-08-31") } });
    const afterMoves = await expectEqualToLive(DAY);
    expect(afterMoves.find((r) => r.staffId === b!.id && r.requirementId === wt.id)?.state).toBe("EXEMPT");
    expect(afterMoves.some((r) => r.staffId === c!.id && r.requirementId === byDept.id)).toBe(true);
    expect(afterMoves.some((r) => r.staffId === e!.id && r.requirementId === forManagers.id)).toBe(true);
    expect(afterMoves.some((r) => r.staffId === f!.id)).toBe(false);

    // A new requirement covers everyone at once; a retired one leaves the table.
    const fresh = await createRequirementRow(db, (await createCourse(db)).id, { audienceKind: "EVERYONE" });
    await setRequirementRetired(admin, byDept.id, true, parseIsoDate("2026-09-01"));
    const afterRequirements = await expectEqualToLive(DAY);
    expect(afterRequirements.filter((r) => r.requirementId === fresh.id).length).toBeGreaterThanOrEqual(5);
    expect(afterRequirements.some((r) => r.requirementId === byDept.id)).toBe(false);

    // The ledger row deleted (a revoked import): a is no longer compliant.
    await db.$executeRaw`DELETE FROM "TrainingRecord" WHERE "staffId" = ${a.id}`;
    const afterDelete = await expectEqualToLive(DAY);
    expect(afterDelete.find((r) => r.staffId === a.id && r.requirementId === wt.id)?.state).toBe("OVERDUE");
  });

  it("shows a completion in the dashboard and the requirement's page within a second of it being recorded", async () => {
    const course = await createCourse(db);
    const req = await createRequirementRow(db, course.id, { audienceKind: "EVERYONE", dueDate: "2026-06-30" });
    const person = await createStaff(db, { hireDate: parseIsoDate("2019-03-04") });
    const opts = { escalateAfterDays: 30, escalationLimit: 50 };
    const before = (await dashboardOverview(DAY, opts)).byRequirement.get(req.id)!.counts;
    const started = Date.now();
    await recordTraining(db, { staffId: person.id, course, endDate: "2026-09-14" });
    const after = (await dashboardOverview(DAY, opts)).byRequirement.get(req.id)!.counts;
    const page = await requirementOverview(DAY, req.id, 30);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(after.COMPLIANT).toBe(before.COMPLIANT + 1);
    expect(after.OVERDUE).toBe(before.OVERDUE - 1);
    expect(page.counts).toEqual(after);
  });

  it("serves one day: a later day rebuilds it, an earlier day reads the live query", async () => {
    const course = await createCourse(db);
    const req = await createRequirementRow(db, course.id, { audienceKind: "EVERYONE", dueDate: "2026-10-01" });
    await createStaff(db, { hireDate: parseIsoDate("2019-03-04") });
    expect((await refreshStates("2026-09-30")).serves).toBe(true);
    const due = await tableRows("2026-09-30");
    expect(due.filter((r) => r.requirementId === req.id).every((r) => r.state === "DUE")).toBe(true);
    // The day after the deadline: rebuilt, everyone in it overdue by one day.
    const rebuilt = await refreshStates("2026-10-02");
    expect(rebuilt).toMatchObject({ serves: true, rebuilt: true });
    const overdue = (await expectEqualToLive("2026-10-02")).filter((r) => r.requirementId === req.id);
    expect(overdue.every((r) => r.state === "OVERDUE" && r.daysOverdue === 1)).toBe(true);
    // Asking about an earlier day neither rebuilds nor reads the table.
    expect((await stateSource({ asOf: "2026-09-30" })).live).toBe(true);
    expect((await refreshStates("2026-10-02")).rebuilt).toBe(false);
    // A person's or a team's few rows always come from the live query.
    expect((await stateSource({ asOf: "2026-10-02", staffIds: ["x"] })).live).toBe(true);
  });

  it("concurrent readers after a change recompute it once and agree", async () => {
    const course = await createCourse(db);
    await createRequirementRow(db, course.id, { audienceKind: "EVERYONE", dueDate: "2026-06-30" });
    const people = await Promise.all(Array.from({ length: 5 }, () => createStaff(db, { hireDate: parseIsoDate("2021-01-04") })));
    await expectEqualToLive(LATER);
    for (const p of people) await recordTraining(db, { staffId: p.id, course, endDate: "2026-09-01" });
    const results = await Promise.all(Array.from({ length: 6 }, () => refreshStates(LATER)));
    // One reader recomputed the five people; the others found nothing left to do.
    expect(results.map((r) => r.staff).sort((x, y) => y - x)).toEqual([5, 0, 0, 0, 0, 0]);
    await expectEqualToLive(LATER);
  });
});
