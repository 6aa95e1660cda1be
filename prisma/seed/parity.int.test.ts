import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createRng } from "./random";
import { DEMO_ACCOUNTS, seedOrganisation } from "./organisation";
import { PARITY_2020, headcountFor, seedParity } from "./parity";
import { parityReport } from "~/server/parity/report";
import { womenShare } from "~/lib/parity/grades";

const db = testDb();
const asOf = new Date("2026-11-24T10:00:00Z");
let personasBefore: unknown;

beforeAll(async () => {
  await seedOrganisation(createRng(20200630), asOf);
  personasBefore = await db.staff.findMany({ where: { employeeId: { in: DEMO_ACCOUNTS.map((a) => a.employeeId) } }, orderBy: { employeeId: "asc" } });
  const started = Date.now();
  await seedParity({ asOf });
  expect(Date.now() - started).toBeLessThan(3000);
}, 120_000);

describe("the parity demo data", () => {
  it("reproduces the annual report's shares of women on 30 June 2020 and its targets for the end of 2021", async () => {
    const report = await parityReport({ asOf: "2020-06-30" });
    expect(report.targetDate).toBe("2021-12-31");
    const shown = Object.fromEntries(report.rows.filter((r) => r.code in PARITY_2020).map((r) => [r.code, { share: r.share, target: r.target }]));
    expect(shown).toEqual({ P4: { share: 50, target: 50 }, P5: { share: 32.7, target: 43 }, D1: { share: 34.9, target: 37 }, D2: { share: 15.4, target: 24 } });
  });

  it("leaves the demo accounts and today's organisation as they were", async () => {
    expect(await db.staff.findMany({ where: { employeeId: { in: DEMO_ACCOUNTS.map((a) => a.employeeId) } }, orderBy: { employeeId: "asc" } })).toEqual(personasBefore);
    const active = await db.staff.count({ where: { active: true } });
    const women = await db.staff.count({ where: { active: true, gender: "F" } });
    expect(active).toBeGreaterThan(1_450);
    expect(women / active).toBeGreaterThan(0.52);
    expect(women / active).toBeLessThan(0.57);
  });

  it("runs twice without adding anyone or changing a figure", async () => {
    const staff = await db.staff.count();
    await seedParity({ asOf });
    expect(await db.staff.count()).toBe(staff);
    expect((await parityReport({ asOf: "2020-06-30" })).rows.find((r) => r.code === "D2")!.share).toBe(15.4);
  });

  it("chooses the smallest headcount that gives the share, respecting people whose gender is fixed", () => {
    expect(headcountFor(15.4, 8, 1, 0, 0)).toEqual({ n: 13, w: 2 });
    expect(headcountFor(50, 7, 3, 0, 0)).toEqual({ n: 8, w: 4 });
    const { n, w } = headcountFor(34.9, 16, 6, 1, 2);
    expect(womenShare(w, n)).toBe(34.9);
  });
});
