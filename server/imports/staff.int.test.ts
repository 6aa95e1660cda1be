import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff, uniq } from "~/tests/factories";
import { importStaff } from "~/server/imports/staff";
import { rejectedRows, renderChange } from "~/server/imports/common";

const db = testDb();
const asOf = new Date("2026-06-30T12:00:00Z");
const opts = (o: Partial<Parameters<typeof importStaff>[1]> = {}) => ({
  skipInvalid: false,
  dryRun: false,
  markMissingAsLeft: false,
  actorId: null,
  fileName: "staff.csv",
  asOf,
  ...o,
});
const HEADER = "employee_id,email,full_name,gender,grade,department,sector,duty_station,hire_date,manager_employee_id";

/** Unique employee IDs per test so test files and tests never collide. */
const ids = (n: number) => Array.from({ length: n }, () => uniq("E"));

describe("importing staff", () => {
  it("creates people, departments and sectors as met, and links managers listed later in the file or already known", async () => {
    const boss = await createStaff(db, { grade: "D1" });
    const [head, chief, examiner] = ids(3);
    const dept = `Patent Law Division ${uniq()}`;
    const file = [
      HEADER,
      `${examiner},${examiner}@example.org,Amina Test,F,P3,${dept},Patents and Technology,GVA,2015-03-01,${chief}`,
      `${chief},${chief}@example.org,Chief Test,M,P5,${dept},Patents and Technology,GVA,2010-01-04,${head}`,
      `${head},${head}@example.org,Head Test,F,D1,${dept},Patents and Technology,Geneva,2008-09-01,${boss.employeeId}`,
    ].join("\n");

    const outcome = await importStaff(file, opts());

    expect(outcome).toMatchObject({ rowsRead: 3, created: 3, updated: 0, rejected: 0, aborted: false });
    const staff = await db.staff.findMany({ where: { employeeId: { in: [head!, chief!, examiner!] } }, include: { manager: true, department: true, dutyStation: true } });
    const by = new Map(staff.map((s) => [s.employeeId, s]));
    expect(by.get(examiner!)!.manager!.employeeId).toBe(chief);
    expect(by.get(chief!)!.manager!.employeeId).toBe(head);
    expect(by.get(head!)!.manager!.id).toBe(boss.id);
    expect(by.get(examiner!)!.department!.name).toBe(dept);
    expect(by.get(examiner!)!.hireDate!.toISOString().slice(0, 10)).toBe("2015-03-01");
    // "GVA" and "Geneva" name one duty station once it exists (code or name); a new one is created only once.
    expect(new Set(staff.map((s) => s.dutyStationId)).size).toBe(outcome.createdReference.some((r) => r.kind === "dutyStations") ? 2 : 1);

    const again = await importStaff(file, opts());
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const promoted = file.replace(`${examiner}@example.org,Amina Test,F,P3`, `${examiner}@example.org,Amina Test,F,P4`);
    const third = await importStaff(promoted, opts());
    expect(third).toMatchObject({ updated: 1, unchanged: 2 });
    expect(third.samples[0]!.changes.map((c) => renderChange("en", c))).toEqual(["grade P3 → P4"]);
  });

  it("rejects unknown managers, reporting loops, duplicates and someone else's e-mail, by line", async () => {
    const other = await createStaff(db);
    const [a, b, c, d, e] = ids(5);
    const file = [
      HEADER,
      `${a},${a}@example.org,A Test,F,P3,HRMD,,,,${b}`, // 2: loop a → b → a
      `${b},${b}@example.org,B Test,M,P4,HRMD,,,,${a}`, // 3: loop b → a → b
      `${c},${c}@example.org,C Test,X,G5,HRMD,,,,NOBODY`, // 4: unknown manager
      `${c},${c}.2@example.org,C Again,F,G5,HRMD,,,,`, // 5: duplicate employee_id
      `${d},${other.email},D Test,F,P2,HRMD,,,,`, // 6: someone else's e-mail
      `${e},${e}@example.org,E Test,Q,P9,,,,1.1.2020,`, // 7: several problems on one line
    ].join("\n");

    const outcome = await importStaff(file, opts());

    expect(outcome).toMatchObject({ rowsRead: 6, rejected: 6, aborted: true, created: 0 });
    expect(rejectedRows("en", outcome.errors)).toEqual([
      { line: 2, reason: `the reporting line loops: ${a} → ${b} → ${a}` },
      { line: 3, reason: `the reporting line loops: ${b} → ${a} → ${b}` },
      { line: 4, reason: 'unknown manager_employee_id "NOBODY"' },
      { line: 5, reason: `employee_id ${c} is already on line 4` },
      { line: 6, reason: `email ${other.email} belongs to employee ${other.employeeId}` },
      {
        line: 7,
        reason:
          'unknown gender "Q" (expected F, M or X); unknown grade "P9" (expected one of G1, G2, G3, G4, G5, G6, G7, P1, P2, P3, P4, P5, D1, D2, NO-A, NO-B, NO-C, NO-D, ADG, DDG, DG); department is empty; hire_date "1.1.2020" is not a date in the form YYYY-MM-DD',
      },
    ]);
    expect(await db.staff.count({ where: { employeeId: { in: [a!, b!, c!, d!, e!] } } })).toBe(0);
  });

  it("rejects a person whose manager's row is rejected, and imports the rest with --skip-invalid", async () => {
    const [boss, report, fine] = ids(3);
    const file = [HEADER, `${boss},not-an-email,Boss,F,D1,HRMD,,,,`, `${report},${report}@example.org,Report,M,P3,HRMD,,,,${boss}`, `${fine},${fine}@example.org,Fine,F,P2,HRMD,,,,`].join("\n");
    const outcome = await importStaff(file, opts({ skipInvalid: true }));
    expect(rejectedRows("en", outcome.errors)).toEqual([
      { line: 2, reason: 'email "not-an-email" is not an e-mail address' },
      { line: 3, reason: `manager_employee_id ${boss} is on line 2, which is rejected` },
    ]);
    expect(outcome).toMatchObject({ created: 1, rejected: 2, aborted: false });
    expect(await db.staff.count({ where: { employeeId: fine! } })).toBe(1);
  });

  it("marks staff missing from a full import as left only when asked, and never deletes them", async () => {
    const stays = await createStaff(db);
    const leaves = await createStaff(db);
    const file = `${HEADER}\n${stays.employeeId},${stays.email},${stays.fullName},F,P3,HRMD,,,2018-01-15,\n`;
    const plain = await importStaff(file, opts());
    expect(plain.markedLeft).toBe(0);
    expect((await db.staff.findUniqueOrThrow({ where: { id: leaves.id } })).active).toBe(true);

    const full = await importStaff(file, opts({ markMissingAsLeft: true }));
    expect(full.markedLeft).toBeGreaterThanOrEqual(1);
    const left = await db.staff.findUniqueOrThrow({ where: { id: leaves.id } });
    expect(left).toMatchObject({ active: false });
    expect(left.leftOn!.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect((await db.staff.findUniqueOrThrow({ where: { id: stays.id } })).active).toBe(true);

    // Back in a later file: active again.
    const back = await importStaff(`${HEADER}\n${leaves.employeeId},${leaves.email},${leaves.fullName},F,P3,HRMD,,,2018-01-15,\n`, opts());
    expect(back.samples[0]!.changes.map((c) => renderChange("en", c))).toContain("back from having left");
    expect((await db.staff.findUniqueOrThrow({ where: { id: leaves.id } })).active).toBe(true);
  });

  it("reads a file with a byte-order mark, CRLF line ends, quoted commas and names in Chinese script", async () => {
    const [wang, li] = ids(2);
    const text =
      `\uFEFF${HEADER}\r\n` +
      `${wang},${wang}@example.org,王伟 (Wang Wei),M,P5,"Brands and Designs, Madrid Registry",Brands and Designs,Geneva,2012-05-02,\r\n` +
      `${li},${li}@example.org,"李娜, Li Na",F,G6,"Brands and Designs, Madrid Registry",Brands and Designs,Geneva,2016-11-21,${wang}\r\n`;
    const outcome = await importStaff(new TextEncoder().encode(text), opts());
    expect(outcome).toMatchObject({ rowsRead: 2, created: 2, rejected: 0 });
    const people = await db.staff.findMany({ where: { employeeId: { in: [wang!, li!] } }, include: { department: true, manager: true }, orderBy: { grade: "desc" } });
    expect(people.map((p) => p.fullName).sort()).toEqual(["李娜, Li Na", "王伟 (Wang Wei)"]);
    expect(people.find((p) => p.employeeId === li)!.manager!.fullName).toBe("王伟 (Wang Wei)");
    expect(people[0]!.department!.name).toBe("Brands and Designs, Madrid Registry");
  });

  it("lets an e-mail address move from one person to another within one file", async () => {
    const a = await createStaff(db);
    const b = await createStaff(db);
    const file = [HEADER, `${a.employeeId},${b.email},${a.fullName},F,P3,HRMD,,,2018-01-15,`, `${b.employeeId},${a.email},${b.fullName},F,P3,HRMD,,,2018-01-15,`].join("\n");
    const outcome = await importStaff(file, opts());
    expect(outcome).toMatchObject({ updated: 2, rejected: 0 });
    expect((await db.staff.findUniqueOrThrow({ where: { id: a.id } })).email).toBe(b.email);
    expect((await db.staff.findUniqueOrThrow({ where: { id: b.id } })).email).toBe(a.email);
  });
});
