import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createDepartment, createDutyStation, createSector, createStaff, createCourse, createRequirementRow, recordTraining, retireBootstrapRequirements } from "~/tests/factories";
import { parseIsoDate, addDays, addMonths, type IsoDate } from "~/lib/dates";
import type { Actor } from "~/server/auth/roles";
import { queryStates, type StateRow } from "~/server/compliance/state-query";
import { stateOn, type Exemption, type StateView } from "~/server/compliance/state-rule";
import { createRequirement, grantExemption, revokeExemption } from "~/server/compliance/requirements";
import { withEffectiveDate } from "~/server/compliance/placement";
import { mulberry32 } from "~/lib/random";

const db = testDb();
let admin: Actor;

beforeAll(async () => {
  await retireBootstrapRequirements(db);
  admin = await createActorWithRole(db, "LD_ADMIN");
});

async function stateOf(requirementId: string, staffId: string, asOf: IsoDate): Promise<StateRow | undefined> {
  const rows = await queryStates({ asOf, requirementIds: [requirementId], staffIds: [staffId] });
  return rows[0];
}

async function audienceOf(requirementId: string, asOf: IsoDate): Promise<Set<string>> {
  return new Set((await queryStates({ asOf, requirementIds: [requirementId] })).map((r) => r.staffId));
}

const hired = (iso: IsoDate) => parseIsoDate(iso);

describe("audiences", () => {
  it("everyone: every active person, not those who left", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id, { audienceKind: "EVERYONE" });
    const a = await createStaff(db);
    const gone = await createStaff(db, { active: false });
    const audience = await audienceOf(r.id, "2026-03-01");
    expect(audience.has(a.id)).toBe(true);
    expect(audience.has(gone.id)).toBe(false);
  });

  it("a department, a sector, a grade, a duty station: only their members", async () => {
    const [dept, otherDept, sector, station] = await Promise.all([createDepartment(db), createDepartment(db), createSector(db), createDutyStation(db)]);
    const inDept = await createStaff(db, { departmentId: dept.id, grade: "G5" });
    const inSector = await createStaff(db, { departmentId: otherDept.id, sectorId: sector.id, grade: "P2" });
    const atStation = await createStaff(db, { dutyStationId: station.id, grade: "NO-B" });
    const course = await createCourse(db);
    const byDept = await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [dept.id] });
    const bySector = await createRequirementRow(db, course.id, { audienceKind: "SECTOR", audienceValues: [sector.id] });
    const byGrade = await createRequirementRow(db, course.id, { audienceKind: "GRADE", audienceValues: ["NO-B", "G5"] });
    const byStation = await createRequirementRow(db, course.id, { audienceKind: "DUTY_STATION", audienceValues: [station.id] });
    expect(await audienceOf(byDept.id, "2026-03-01")).toEqual(new Set([inDept.id]));
    expect(await audienceOf(bySector.id, "2026-03-01")).toEqual(new Set([inSector.id]));
    expect((await audienceOf(byGrade.id, "2026-03-01")).has(inDept.id)).toBe(true);
    expect((await audienceOf(byGrade.id, "2026-03-01")).has(atStation.id)).toBe(true);
    expect((await audienceOf(byGrade.id, "2026-03-01")).has(inSector.id)).toBe(false);
    expect(await audienceOf(byStation.id, "2026-03-01")).toEqual(new Set([atStation.id]));
  });

  it("managers only: people with at least one active direct report", async () => {
    const manager = await createStaff(db);
    const formerManager = await createStaff(db);
    await createStaff(db, { managerId: manager.id });
    await createStaff(db, { managerId: formerManager.id, active: false });
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id, { audienceKind: "MANAGERS" });
    const audience = await audienceOf(r.id, "2026-03-01");
    expect(audience.has(manager.id)).toBe(true);
    expect(audience.has(formerManager.id)).toBe(false);
  });

  it("new staff: hired at most N days before it took effect, or later; due N days after their hire date", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id, { audienceKind: "NEW_STAFF", newStaffDays: 60, effectiveFrom: "2026-03-01", dueDate: null, dueAfterDays: 45 });
    const veteran = await createStaff(db, { hireDate: hired("2020-01-06") });
    const recent = await createStaff(db, { hireDate: hired("2026-01-15") }); // 45 days before it took effect
    const newcomer = await createStaff(db, { hireDate: hired("2026-04-01") });
    const audience = await audienceOf(r.id, "2026-04-02");
    expect(audience.has(veteran.id)).toBe(false);
    expect(await stateOf(r.id, recent.id, "2026-04-02")).toMatchObject({ state: "DUE", dueOn: "2026-04-15" }); // effective + 45 days
    expect(await stateOf(r.id, newcomer.id, "2026-04-02")).toMatchObject({ state: "DUE", dueOn: "2026-05-16" }); // hire + 45 days
    expect(await stateOf(r.id, newcomer.id, "2026-05-17")).toMatchObject({ state: "OVERDUE", daysOverdue: 1 });
  });
});

describe("deadlines", () => {
  it("gives staff in place the fixed date and newcomers the relative deadline from their hire date", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id, { effectiveFrom: "2026-01-01", dueDate: "2026-06-30", dueAfterDays: 30 });
    const veteran = await createStaff(db, { hireDate: hired("2012-09-01") });
    const newcomer = await createStaff(db, { hireDate: hired("2026-08-10") });
    expect(await stateOf(r.id, veteran.id, "2026-06-30")).toMatchObject({ state: "DUE", dueOn: "2026-06-30" });
    expect(await stateOf(r.id, veteran.id, "2026-07-31")).toMatchObject({ state: "OVERDUE", daysOverdue: 31 });
    expect(await stateOf(r.id, newcomer.id, "2026-08-01")).toMatchObject({ state: "NOT_DUE_YET", startsOn: "2026-08-10", dueOn: "2026-09-09" });
    expect(await stateOf(r.id, newcomer.id, "2026-08-20")).toMatchObject({ state: "DUE", dueOn: "2026-09-09" });
  });

  it("counts COMPLETED and ATTENDED participations, not no-shows, withdrawals or courses in progress", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id);
    const [attended, noShow, withdrew, inProgress] = await Promise.all([createStaff(db), createStaff(db), createStaff(db), createStaff(db)]);
    await recordTraining(db, { staffId: attended.id, course, endDate: "2026-02-01", status: "ATTENDED" });
    await recordTraining(db, { staffId: noShow.id, course, endDate: "2026-02-01", status: "NO_SHOW" });
    await recordTraining(db, { staffId: withdrew.id, course, endDate: "2026-02-01", status: "WITHDRAWN" });
    await recordTraining(db, { staffId: inProgress.id, course, endDate: "2026-02-01", status: "IN_PROGRESS" });
    expect((await stateOf(r.id, attended.id, "2026-03-01"))?.state).toBe("COMPLIANT");
    for (const p of [noShow, withdrew, inProgress]) expect((await stateOf(r.id, p.id, "2026-03-01"))?.state).toBe("DUE");
  });

  it("recertification: compliant until the end of validity, overdue after; a retake shows the new period and keeps the old one", async () => {
    const course = await createCourse(db, { validityMonths: 36 });
    const r = await createRequirementRow(db, course.id, { effectiveFrom: "2020-01-01", dueDate: "2020-06-30", validityMonths: 36 });
    const p = await createStaff(db);
    await recordTraining(db, { staffId: p.id, course, endDate: "2023-03-10" });
    expect(await stateOf(r.id, p.id, "2026-03-10")).toMatchObject({ state: "COMPLIANT", validUntil: "2026-03-10", lastCompletedOn: "2023-03-10" });
    expect(await stateOf(r.id, p.id, "2026-03-11")).toMatchObject({ state: "OVERDUE", dueOn: "2026-03-10", daysOverdue: 1 });
    await recordTraining(db, { staffId: p.id, course, endDate: "2026-04-02" });
    expect(await stateOf(r.id, p.id, "2026-04-03")).toMatchObject({ state: "COMPLIANT", validUntil: "2029-04-02", lastCompletedOn: "2026-04-02" });
    const ledger = await db.trainingRecord.count({ where: { staffId: p.id, courseId: course.id, status: "COMPLETED" } });
    expect(ledger).toBe(2);
  });
});

describe("changes are reflected at once", () => {
  it("a new requirement covers existing staff at once (back-fill), through createRequirement", async () => {
    const dept = await createDepartment(db);
    const staff = await Promise.all([1, 2, 3].map(() => createStaff(db, { departmentId: dept.id })));
    const course = await createCourse(db);
    await recordTraining(db, { staffId: staff[0]!.id, course, endDate: "2025-05-05" });
    const r = await createRequirement(admin, {
      courseId: course.id,
      audienceKind: "DEPARTMENT",
      audienceValues: [dept.id],
      newStaffDays: null,
      effectiveFrom: "2026-05-01",
      dueDate: "2026-09-30",
      dueAfterDays: 30,
      validityMonths: null,
      note: "",
    });
    const rows = await queryStates({ asOf: "2026-05-02", requirementIds: [r.id] });
    expect(rows.map((x) => [x.staffId, x.state]).sort()).toEqual(
      [
        [staff[0]!.id, "COMPLIANT"],
        [staff[1]!.id, "DUE"],
        [staff[2]!.id, "DUE"],
      ].sort(),
    );
    expect(await db.auditEntry.count({ where: { entity: "Requirement", entityId: r.id, action: "requirement.create" } })).toBe(1);
  });

  it("a move to another department leaves one audience and joins the other, with 30 days from the move", async () => {
    const [from, to] = await Promise.all([createDepartment(db), createDepartment(db)]);
    const course = await createCourse(db);
    const rFrom = await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [from.id], effectiveFrom: "2025-01-01", dueDate: "2025-06-30" });
    const rTo = await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [to.id], effectiveFrom: "2025-01-01", dueDate: "2025-06-30" });
    const p = await createStaff(db, { departmentId: from.id, hireDate: hired("2015-02-01") });
    expect(await stateOf(rFrom.id, p.id, "2026-04-01")).toMatchObject({ state: "OVERDUE" });
    expect(await stateOf(rTo.id, p.id, "2026-04-01")).toBeUndefined();

    await db.$transaction(async (tx) => {
      await withEffectiveDate(tx, "2026-04-01");
      await tx.staff.update({ where: { id: p.id }, data: { departmentId: to.id } });
    });
    expect(await stateOf(rFrom.id, p.id, "2026-04-02")).toBeUndefined();
    expect(await stateOf(rTo.id, p.id, "2026-04-02")).toMatchObject({ state: "DUE", enteredOn: "2026-04-01", dueOn: "2026-05-01" });
    expect(await stateOf(rTo.id, p.id, "2026-05-02")).toMatchObject({ state: "OVERDUE", daysOverdue: 1 });
  });

  it("a move without an effective date counts from the day it is recorded (today, UTC)", async () => {
    const [from, to] = await Promise.all([createDepartment(db), createDepartment(db)]);
    const course = await createCourse(db);
    const rTo = await createRequirementRow(db, course.id, { audienceKind: "DEPARTMENT", audienceValues: [to.id], effectiveFrom: "2020-01-01", dueDate: "2020-06-30" });
    const p = await createStaff(db, { departmentId: from.id });
    await db.staff.update({ where: { id: p.id }, data: { departmentId: to.id } });
    const today = new Date().toISOString().slice(0, 10);
    expect(await stateOf(rTo.id, p.id, today)).toMatchObject({ state: "DUE", enteredOn: today, dueOn: addDays(today, 30) });
  });

  it("a grade or duty station change moves a person in and out of those audiences", async () => {
    const station = await createDutyStation(db);
    const course = await createCourse(db);
    const byGrade = await createRequirementRow(db, course.id, { audienceKind: "GRADE", audienceValues: ["D1"], effectiveFrom: "2020-01-01", dueDate: "2020-06-30", dueAfterDays: 60 });
    const byStation = await createRequirementRow(db, course.id, { audienceKind: "DUTY_STATION", audienceValues: [station.id], effectiveFrom: "2020-01-01", dueDate: "2020-06-30", dueAfterDays: 14 });
    const p = await createStaff(db, { grade: "P5" });
    await db.$transaction(async (tx) => {
      await withEffectiveDate(tx, "2026-02-01");
      await tx.staff.update({ where: { id: p.id }, data: { grade: "D1", dutyStationId: station.id } });
    });
    expect(await stateOf(byGrade.id, p.id, "2026-02-02")).toMatchObject({ state: "DUE", dueOn: "2026-04-02" });
    expect(await stateOf(byStation.id, p.id, "2026-02-02")).toMatchObject({ state: "DUE", dueOn: "2026-02-15" });
    await db.staff.update({ where: { id: p.id }, data: { grade: "P5" } });
    expect(await stateOf(byGrade.id, p.id, "2026-02-02")).toBeUndefined();
  });

  it("becoming a manager: in the managers' audience from the day the first report arrives", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id, { audienceKind: "MANAGERS", effectiveFrom: "2020-01-01", dueDate: "2020-12-31", dueAfterDays: 90 });
    const newManager = await createStaff(db, { hireDate: hired("2016-01-04") });
    const report = await createStaff(db, { hireDate: hired("2017-01-09") });
    expect(await stateOf(r.id, newManager.id, "2026-03-01")).toBeUndefined();
    await db.$transaction(async (tx) => {
      await withEffectiveDate(tx, "2026-03-01");
      await tx.staff.update({ where: { id: report.id }, data: { managerId: newManager.id } });
    });
    expect(await stateOf(r.id, newManager.id, "2026-03-02")).toMatchObject({ state: "DUE", enteredOn: "2026-03-01", dueOn: "2026-05-30" });
    await db.staff.update({ where: { id: report.id }, data: { active: false } });
    expect(await stateOf(r.id, newManager.id, "2026-03-02")).toBeUndefined();
  });

  it("exemptions: exempt with a reason (audited), counted again once revoked", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id);
    const p = await createStaff(db);
    await grantExemption(admin, { requirementId: r.id, staffId: p.id, reason: "On long-term sick leave until March" }, new Date("2026-07-20T09:00:00Z"));
    expect(await stateOf(r.id, p.id, "2026-08-01")).toMatchObject({ state: "EXEMPT", exemptReason: "On long-term sick leave until March", dueOn: null });
    // Not before it was granted: on the day before, the person was overdue.
    expect(await stateOf(r.id, p.id, "2026-07-19")).toMatchObject({ state: "OVERDUE" });
    const entry = await db.auditEntry.findFirst({ where: { action: "requirement.exempt", actorId: admin.id }, orderBy: { at: "desc" } });
    expect(entry?.reason).toBe("On long-term sick leave until March");
    await revokeExemption(admin, { requirementId: r.id, staffId: p.id, reason: "Back at work" }, new Date("2026-08-10T09:00:00Z"));
    expect(await stateOf(r.id, p.id, "2026-08-10")).toMatchObject({ state: "OVERDUE" });
    // Revoking does not rewrite the past: it was exempt until the day it was revoked.
    expect(await stateOf(r.id, p.id, "2026-08-01")).toMatchObject({ state: "EXEMPT" });
  });

  it("a retired requirement applies to nobody from the day it was retired, and still did before", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id);
    await createStaff(db);
    expect((await audienceOf(r.id, "2026-03-01")).size).toBeGreaterThan(0);
    await db.requirement.update({ where: { id: r.id }, data: { retiredAt: new Date("2026-04-15T10:00:00Z") } });
    expect((await audienceOf(r.id, "2026-04-15")).size).toBe(0);
    expect((await audienceOf(r.id, "2026-03-01")).size).toBeGreaterThan(0);
  });

  it("someone who left is counted up to the day before leftOn", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id);
    const gone = await createStaff(db);
    await db.staff.update({ where: { id: gone.id }, data: { active: false, leftOn: parseIsoDate("2026-05-01") } });
    expect((await audienceOf(r.id, "2026-04-30")).has(gone.id)).toBe(true);
    expect((await audienceOf(r.id, "2026-05-01")).has(gone.id)).toBe(false);
  });

  it("a snapshot leaves out people hired, requirements in effect and audience entries after the day", async () => {
    const course = await createCourse(db);
    const now = await createRequirementRow(db, course.id, { effectiveFrom: "2026-01-01", dueDate: "2026-06-30" });
    const later = await createRequirementRow(db, course.id, { effectiveFrom: "2026-09-01", dueDate: "2026-12-31" });
    const veteran = await createStaff(db, { hireDate: hired("2019-02-01") });
    const newcomer = await createStaff(db, { hireDate: hired("2026-07-01") });
    const live = await queryStates({ asOf: "2026-03-01", requirementIds: [now.id, later.id], staffIds: [veteran.id, newcomer.id] });
    expect(live).toHaveLength(4); // the live view looks ahead: three pairs NOT_DUE_YET
    expect(live.filter((x) => x.state === "NOT_DUE_YET")).toHaveLength(3);
    const then = await queryStates({ asOf: "2026-03-01", requirementIds: [now.id, later.id], staffIds: [veteran.id, newcomer.id], view: "snapshot" });
    expect(then.map((x) => [x.requirementId, x.staffId, x.state])).toEqual([[now.id, veteran.id, "DUE"]]);
  });
});

describe("bad input changes nothing", () => {
  it("refuses an audience that names an unknown department, and a retired course", async () => {
    const course = await createCourse(db);
    const before = await db.requirement.count();
    const input = {
      courseId: course.id,
      audienceKind: "DEPARTMENT" as const,
      audienceValues: ["no-such-department"],
      newStaffDays: null,
      effectiveFrom: "2026-01-01",
      dueDate: null,
      dueAfterDays: 30,
      validityMonths: null,
      note: "",
    };
    await expect(createRequirement(admin, input)).rejects.toMatchObject({ code: "INVALID", field: "audienceValues" });
    await db.course.update({ where: { id: course.id }, data: { status: "RETIRED" } });
    await expect(createRequirement(admin, { ...input, audienceKind: "EVERYONE", audienceValues: [] })).rejects.toMatchObject({ field: "courseId" });
    expect(await db.requirement.count()).toBe(before);
  });

  it("refuses to exempt someone who has left", async () => {
    const course = await createCourse(db);
    const r = await createRequirementRow(db, course.id);
    const gone = await createStaff(db, { active: false });
    await expect(grantExemption(admin, { requirementId: r.id, staffId: gone.id, reason: "Left the organisation" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.requirementExemption.count({ where: { staffId: gone.id } })).toBe(0);
  });
});

describe("the SQL query and the pure rule agree", () => {
  it("on 300 randomised people, requirements and completions", async () => {
    const next = mulberry32(20260630);
    const rnd = { int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)]! };
    const dates = (from: string, spanDays: number) => addDays(from, rnd.int(0, spanDays));
    const courses = await Promise.all([1, 2, 3].map(() => createCourse(db)));
    const reqs = await Promise.all(
      courses.map((c, i) =>
        createRequirementRow(db, c.id, {
          effectiveFrom: dates("2024-01-01", 700),
          dueDate: i === 2 ? null : dates("2026-01-01", 300),
          dueAfterDays: i === 1 ? null : rnd.int(0, 90),
          validityMonths: i === 0 ? null : rnd.pick([12, 24, 36]),
        }),
      ),
    );
    const people: { id: string; hire: IsoDate; active: boolean; leftOn: IsoDate | null; done: Map<string, IsoDate[]>; exemption: Exemption | null }[] = [];
    for (let i = 0; i < 100; i++) {
      const hire = dates("2015-01-01", 4200);
      const s = await createStaff(db, { hireDate: parseIsoDate(hire) });
      const done = new Map<string, IsoDate[]>();
      for (const c of courses) {
        const n = rnd.int(0, 2);
        const list: IsoDate[] = [];
        for (let k = 0; k < n; k++) {
          const d = dates("2019-01-01", 3000);
          list.push(d);
          await recordTraining(db, { staffId: s.id, course: c, endDate: d });
        }
        done.set(c.id, list);
      }
      let exemption: Exemption | null = null;
      if (rnd.int(0, 4) === 0) {
        // granted and perhaps revoked at random instants (UTC days decide), to check "granted by then, not revoked by then"
        const grantedAt = new Date(parseIsoDate(dates("2024-06-01", 900)).getTime() + rnd.int(0, 86_399) * 1000);
        await grantExemption(admin, { requirementId: reqs[0]!.id, staffId: s.id, reason: "Randomised exemption" }, grantedAt);
        let revokedOn: IsoDate | null = null;
        if (rnd.int(0, 1) === 0) {
          const revokedAt = new Date(grantedAt.getTime() + rnd.int(0, 400) * 86_400_000 + rnd.int(0, 86_399) * 1000);
          await revokeExemption(admin, { requirementId: reqs[0]!.id, staffId: s.id, reason: "Randomised revocation" }, revokedAt);
          revokedOn = revokedAt.toISOString().slice(0, 10);
        }
        exemption = { reason: "Randomised exemption", grantedOn: grantedAt.toISOString().slice(0, 10), revokedOn };
      }
      // some have left (on a random day), some are inactive without a date (never counted)
      let active = true;
      let leftOn: IsoDate | null = null;
      const leaving = rnd.int(0, 9);
      if (leaving <= 1) {
        active = false;
        leftOn = leaving === 0 ? dates("2024-01-01", 1600) : null;
        await db.staff.update({ where: { id: s.id }, data: { active, leftOn: leftOn ? parseIsoDate(leftOn) : null } });
      }
      people.push({ id: s.id, hire, active, leftOn, done, exemption });
    }
    // one requirement retired on a random day
    const retiredAt = new Date(parseIsoDate(dates("2026-01-01", 400)).getTime() + 3_600_000);
    await db.requirement.update({ where: { id: reqs[2]!.id }, data: { retiredAt } });
    const retiredOn = new Map(reqs.map((r, i) => [r.id, i === 2 ? retiredAt.toISOString().slice(0, 10) : null]));
    // Fixed days plus the boundaries where states flip: a due date and the end of a certification, and the day after.
    const due0 = reqs[0]!.dueDate!.toISOString().slice(0, 10);
    const certified = people.flatMap((p) => p.done.get(courses[1]!.id) ?? []).slice(0, 2);
    const boundaries = [due0, ...certified.map((d) => addMonths(d, reqs[1]!.validityMonths!))].flatMap((d) => [d, addDays(d, 1)]);
    const views: StateView[] = ["live", "snapshot"];
    for (const view of views)
      for (const asOf of ["2025-06-15", "2026-07-01", "2028-02-29", ...boundaries]) {
        const rows = await queryStates({ asOf, requirementIds: reqs.map((r) => r.id), staffIds: people.map((p) => p.id), view });
        const expectedRows = reqs.flatMap((req) =>
          people.flatMap((person) => {
            const state = stateOn(
              {
                effectiveFrom: req.effectiveFrom.toISOString().slice(0, 10),
                dueDate: req.dueDate ? req.dueDate.toISOString().slice(0, 10) : null,
                dueAfterDays: req.dueAfterDays,
                validityMonths: req.validityMonths,
                retiredOn: retiredOn.get(req.id)!,
              },
              {
                hiredOn: person.hire,
                active: person.active,
                leftOn: person.leftOn,
                enteredOn: person.hire,
                completions: person.done.get(req.courseId) ?? [],
                exemption: req.id === reqs[0]!.id ? person.exemption : null,
              },
              asOf,
              view,
            );
            return state ? [{ ...state, key: `${req.id}:${person.id}` }] : [];
          }),
        );
        const key = (x: { key: string }) => x.key;
        const actual = rows.map(({ requirementId, staffId, courseId: _c, enteredOn: _e, ...rest }) => ({ ...rest, key: `${requirementId}:${staffId}` }));
        expect(actual.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expectedRows.sort((a, b) => key(a).localeCompare(key(b))));
      }
  });
});
