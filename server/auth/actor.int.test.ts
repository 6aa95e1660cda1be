import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff } from "~/tests/factories";
import { findActiveStaffByEmail, findActiveStaffByEmployeeId, loadActor } from "~/server/auth/actor";

const db = testDb();

describe("loadActor: roles read from the database on every request", () => {
  it("derives MENTOR and MANAGER from data and adds the granted roles", async () => {
    const person = await createStaff(db, { roles: ["AUDITOR"] });
    expect((await loadActor(person.id))!.roles).toEqual(["LEARNER", "AUDITOR"]);

    await db.mentorProfile.create({ data: { staffId: person.id } });
    const report = await createStaff(db, { managerId: person.id });
    expect((await loadActor(person.id))!.roles).toEqual(["LEARNER", "MENTOR", "MANAGER", "AUDITOR"]);

    // A direct report who left no longer makes a manager; a revoked role is gone at the next request.
    await db.staff.update({ where: { id: report.id }, data: { active: false } });
    await db.staff.update({ where: { id: person.id }, data: { roles: [] } });
    expect((await loadActor(person.id))!.roles).toEqual(["LEARNER", "MENTOR"]);
  });

  it("refuses a person who has left, or who does not exist", async () => {
    const leaver = await createStaff(db, { active: false });
    expect(await loadActor(leaver.id)).toBeNull();
    expect(await loadActor("no-such-id")).toBeNull();
  });

  it("lets only active staff sign in, matching the e-mail whatever its case", async () => {
    const person = await createStaff(db);
    const leaver = await createStaff(db, { active: false });
    expect((await findActiveStaffByEmail(` ${person.email.toUpperCase()} `))?.id).toBe(person.id);
    expect(await findActiveStaffByEmail(leaver.email)).toBeNull();
    expect((await findActiveStaffByEmployeeId(person.employeeId))?.id).toBe(person.id);
    expect(await findActiveStaffByEmployeeId(leaver.employeeId)).toBeNull();
  });
});
