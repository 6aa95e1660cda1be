import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createRng } from "./random";
import { seedOrganisation } from "./organisation";
import { seedProgrammes } from "./programmes";
import { eligibilityOfPerson } from "~/server/programmes/eligibility";
import { reviewBoard } from "~/server/programmes/selection";

const db = testDb();
const asOf = new Date("2026-11-24T10:00:00Z");
let org: Awaited<ReturnType<typeof seedOrganisation>>;

beforeAll(async () => {
  org = await seedOrganisation(createRng(20200630), asOf);
  const started = Date.now();
  await seedProgrammes({ staff: org.staff, demo: org.demo, asOf });
  expect(Date.now() - started).toBeLessThan(3000);
}, 120_000);

describe("the programmes demo data", () => {
  it("tells the annual report's stories: EMERGE's ten participants and I-seize's five of 2019 (four women, one man)", async () => {
    const completed = (code: string) =>
      db.programmeApplication.findMany({ where: { status: "COMPLETED", cohort: { programme: { code }, completedAt: { not: null } } }, select: { gender: true, grade: true } });
    const emerge = await completed("EMERGE");
    expect(emerge).toHaveLength(10);
    expect(emerge.every((a) => a.gender === "F" && a.grade === "P3")).toBe(true);
    const iseize = await completed("I-SEIZE");
    expect(iseize.filter((a) => a.gender === "F")).toHaveLength(4);
    expect(iseize.filter((a) => a.gender === "M" && a.grade.startsWith("G"))).toHaveLength(1);
    expect(await db.programmeApplication.count({ where: { status: "NOT_SELECTED" } })).toBeGreaterThanOrEqual(6);
  });

  it("has an I-seize 2027 call open on the day, with applications but none from the demo learner, who is eligible", async () => {
    const call = await db.programmeCohort.findFirstOrThrow({ where: { name: "2027", programme: { code: "I-SEIZE" } }, include: { programme: true } });
    expect(call.opensOn <= asOf && asOf <= call.closesOn).toBe(true);
    expect(call.places).toBe(5);
    const amina = org.staff.find((s) => s.employeeId === "900101")!;
    expect(await db.programmeApplication.count({ where: { staffId: amina.id } })).toBe(0);
    expect((await eligibilityOfPerson(amina.id, call.programme, asOf))?.verdict.eligible).toBe(true);
    const board = (await reviewBoard(call.id, org.demo.LD_ADMIN.id))!;
    expect(board.applications.length).toBeGreaterThanOrEqual(4);
    expect(board.applications.every((a) => a.verdict.eligible)).toBe(true);
    expect(board.applications.filter((a) => a.endorsement === "ENDORSED").length).toBeGreaterThanOrEqual(2);
    expect(board.applications[0]!.average).toBe(5);
  });
});
