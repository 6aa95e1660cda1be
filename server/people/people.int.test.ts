import { describe, expect, it } from "vitest";
import { getProfile, listTeam, orgSummary, searchStaff, setLocale } from "~/server/people/people";
import { testDb } from "~/tests/db";
import { createDepartment, createDutyStation, createSector, createStaff, uniq } from "~/tests/factories";

const db = testDb();

describe("searchStaff (L&D's people search)", () => {
  it("finds people by any part of the name, whatever its case, sorted by name", async () => {
    const family = uniq("Zorvath");
    const b = await createStaff(db, { fullName: `Bruno ${family}` });
    const a = await createStaff(db, { fullName: `Alma ${family}` });
    const found = await searchStaff(family.toUpperCase());
    expect(found.map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it("finds a person by part of the e-mail and by the exact employee id, not by part of it", async () => {
    const person = await createStaff(db);
    expect((await searchStaff(person.email.slice(0, 8).toUpperCase())).map((s) => s.id)).toContain(person.id);
    expect((await searchStaff(`  ${person.employeeId} `)).map((s) => s.id)).toEqual([person.id]);
    expect((await searchStaff(person.employeeId.slice(0, -1))).map((s) => s.id)).not.toContain(person.id);
  });

  it("shows who has left, marked as such, with department and duty station", async () => {
    const department = await createDepartment(db, "Search Department");
    const station = await createDutyStation(db, "Search Station");
    const family = uniq("Quillfeather");
    const gone = await createStaff(db, { fullName: `Gus ${family}`, active: false, departmentId: department.id, dutyStationId: station.id, grade: "G6" });
    expect(await searchStaff(family)).toEqual([
      {
        id: gone.id,
        employeeId: gone.employeeId,
        fullName: `Gus ${family}`,
        email: gone.email,
        grade: "G6",
        department: { name: department.name },
        dutyStation: { name: station.name },
        active: false,
      },
    ]);
  });

  it("returns at most `limit` people", async () => {
    const family = uniq("Manyfold");
    for (let i = 0; i < 4; i++) await createStaff(db, { fullName: `Person ${i} ${family}` });
    expect(await searchStaff(family, 3)).toHaveLength(3);
    expect(await searchStaff(family)).toHaveLength(4);
  });
});

describe("listTeam (a manager's team)", () => {
  it("lists the manager's active direct reports by name, not those who left nor their reports' reports", async () => {
    const manager = await createStaff(db);
    const zoe = await createStaff(db, { fullName: `Zoe ${uniq()}`, managerId: manager.id });
    const adam = await createStaff(db, { fullName: `Adam ${uniq()}`, managerId: manager.id });
    await createStaff(db, { managerId: manager.id, active: false });
    await createStaff(db, { managerId: zoe.id });
    expect((await listTeam({ id: manager.id })).map((s) => s.fullName)).toEqual([adam.fullName, zoe.fullName]);
  });

  it("sorts names as the reader's language does: Chinese names by pinyin for a Chinese reader, accents with their letter", async () => {
    const manager = await createStaff(db);
    const names = ["张伟", "李娜", "Émile Durand", "Zoé Martin", "Eva Novak"];
    for (const fullName of names) await createStaff(db, { fullName, managerId: manager.id });
    const order = async (locale: "en" | "fr" | "zh") => (await listTeam({ id: manager.id }, locale)).map((s) => s.fullName);
    // Pinyin: Lǐ before Zhāng; in English and French, Han characters follow the radical-and-stroke order (张 before 李).
    expect((await order("zh")).filter((n) => /[\u4e00-\u9fff]/.test(n))).toEqual(["李娜", "张伟"]);
    expect((await order("en")).filter((n) => /[\u4e00-\u9fff]/.test(n))).toEqual(["张伟", "李娜"]);
    // É sorts with E (between Eva and Zoé), not after Z as a byte order would put it.
    expect((await order("fr")).filter((n) => !/[\u4e00-\u9fff]/.test(n))).toEqual(["Émile Durand", "Eva Novak", "Zoé Martin"]);
  });

  it("is empty for someone who manages nobody", async () => {
    const person = await createStaff(db);
    expect(await listTeam({ id: person.id })).toEqual([]);
  });
});

describe("getProfile (my page)", () => {
  it("shows a person's units, grade, hire date and manager", async () => {
    const manager = await createStaff(db, { fullName: `Maya ${uniq()}` });
    const sector = await createSector(db, "Profile Sector");
    const department = await createDepartment(db, "Profile Department");
    const person = await createStaff(db, { managerId: manager.id, sectorId: sector.id, departmentId: department.id, grade: "P4", gender: "M", hireDate: new Date(Date.UTC(2020, 8, 1)) });
    expect(await getProfile(person.id)).toMatchObject({
      id: person.id,
      grade: "P4",
      gender: "M",
      hireDate: new Date(Date.UTC(2020, 8, 1)),
      department: { name: department.name },
      sector: { name: sector.name },
      dutyStation: null,
      manager: { id: manager.id, fullName: manager.fullName },
    });
  });
});

describe("setLocale", () => {
  it("keeps the language a person chose", async () => {
    const person = await createStaff(db);
    await setLocale({ id: person.id }, "fr");
    expect((await db.staff.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe("fr");
  });
});

describe("orgSummary (head counts on the L&D and auditor home pages)", () => {
  it("counts active staff, the share of women, units and managers", async () => {
    const before = await orgSummary();
    const manager = await createStaff(db, { gender: "M" });
    await createStaff(db, { gender: "F", managerId: manager.id });
    await createStaff(db, { gender: "F", managerId: manager.id });
    await createStaff(db, { gender: "F", active: false });
    await createDepartment(db);
    await createDutyStation(db);

    const after = await orgSummary();
    expect(after.staff - before.staff).toBe(3);
    expect(after.managers - before.managers).toBe(1);
    expect(after.departments - before.departments).toBe(1);
    expect(after.dutyStations - before.dutyStations).toBe(1);
    const women = before.womenShare * before.staff + 2;
    expect(after.womenShare).toBeCloseTo(women / after.staff, 10);
  });
});
