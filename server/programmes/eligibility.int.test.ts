import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createDutyStation, createStaff, uniq } from "~/tests/factories";
import { parseIsoDate } from "~/lib/dates";
import { withEffectiveDate } from "~/server/compliance/placement";
import { eligibilityFacts, eligibilityOf } from "~/server/programmes/eligibility";
import type { Eligibility } from "~/lib/programmes/eligibility-rules";

const db = testDb();
const d = parseIsoDate;
const EARLY = d("2025-06-30");
const LATE = d("2026-12-07");

/** A staff move effective on a day, recorded by the placement trigger as HR would. */
async function move(staffId: string, effectiveOn: string, data: { grade?: string; dutyStationId?: string | null }) {
  await db.$transaction(async (tx) => {
    await withEffectiveDate(tx, effectiveOn);
    await tx.staff.update({ where: { id: staffId }, data });
  });
}

async function verdicts(rule: Eligibility, ids: string[], asOf: Date) {
  const map = await eligibilityOf(ids, { eligibility: rule }, asOf);
  return ids.map((id) => map.get(id)!.eligible);
}

describe("eligibility against the staff directory, as of a date", () => {
  it("grade: the grade in force on the day, from the placement history", async () => {
    // P2 until 1 January 2026, P3 from then: not eligible for EMERGE in mid-2025, eligible now.
    const amina = await createStaff(db, { grade: "P2", gender: "F" });
    await move(amina.id, "2026-01-01", { grade: "P3" });
    const never = await createStaff(db, { grade: "P4", gender: "F" });
    const emerge: Eligibility = { alternatives: [[{ kind: "grade", grades: ["P3"] }, { kind: "gender", genders: ["F"] }]] };
    expect(await verdicts(emerge, [amina.id, never.id], EARLY)).toEqual([false, false]);
    expect(await verdicts(emerge, [amina.id, never.id], LATE)).toEqual([true, false]);
    // Before a person's first recorded move the history cannot tell the grade: unknown, not today's.
    expect((await eligibilityFacts([amina.id], d("2025-12-31"))).get(amina.id)?.grade).toBeNull();
    expect((await eligibilityFacts([never.id], EARLY)).get(never.id)?.grade).toBe("P4");
    const twice = await createStaff(db, { grade: "P2" });
    await move(twice.id, "2025-01-01", { grade: "P3" });
    await move(twice.id, "2026-03-01", { grade: "P4" });
    expect((await eligibilityFacts([twice.id], EARLY)).get(twice.id)?.grade).toBe("P3");
    expect((await eligibilityFacts([twice.id], LATE)).get(twice.id)?.grade).toBe("P4");
  });

  it("staffCategory and gender: I-seize's P3–P5 women or General Service men", async () => {
    const iseize: Eligibility = {
      alternatives: [
        [
          { kind: "grade", grades: ["P3", "P4", "P5"] },
          { kind: "gender", genders: ["F"] },
        ],
        [
          { kind: "staffCategory", categories: ["G"] },
          { kind: "gender", genders: ["M"] },
        ],
      ],
    };
    const people = await Promise.all([
      createStaff(db, { grade: "P4", gender: "F" }),
      createStaff(db, { grade: "G4", gender: "M" }),
      createStaff(db, { grade: "G5", gender: "F" }),
      createStaff(db, { grade: "P4", gender: "M" }),
    ]);
    // The man moved G4 → G5 in 2020 and to P2 in 2026: a General Service man in 2025 only.
    await move(people[1].id, "2020-04-01", { grade: "G5" });
    await move(people[1].id, "2026-02-01", { grade: "P2" });
    const ids = people.map((p) => p.id);
    expect(await verdicts(iseize, ids, EARLY)).toEqual([true, true, false, false]);
    expect(await verdicts(iseize, ids, LATE)).toEqual([true, false, false, false]);
  });

  it("minService: whole months since the hire date, on the anniversary day", async () => {
    const rule: Eligibility = { alternatives: [[{ kind: "minService", months: 24 }]] };
    const a = await createStaff(db, { hireDate: d("2024-12-07") });
    const b = await createStaff(db, { hireDate: d("2024-12-08") });
    expect(await verdicts(rule, [a.id, b.id], EARLY)).toEqual([false, false]);
    expect(await verdicts(rule, [a.id, b.id], LATE)).toEqual([true, false]);
  });

  it("dutyStation: the station on the day, from the placement history", async () => {
    const [gva, sin] = await Promise.all([createDutyStation(db, "Geneva"), createDutyStation(db, "Singapore")]);
    const rule: Eligibility = { alternatives: [[{ kind: "dutyStation", codes: [sin.code] }]] };
    const mover = await createStaff(db, { dutyStationId: gva.id });
    await move(mover.id, "2026-09-01", { dutyStationId: sin.id });
    const stayer = await createStaff(db, { dutyStationId: sin.id });
    expect(await verdicts(rule, [mover.id, stayer.id], EARLY)).toEqual([false, true]);
    expect(await verdicts(rule, [mover.id, stayer.id], LATE)).toEqual([true, true]);
  });

  it("a leaver is eligible before the day they left, not after", async () => {
    const leaver = await createStaff(db, { grade: "P3", gender: "F", active: false });
    await db.staff.update({ where: { id: leaver.id }, data: { leftOn: d("2026-01-31") } });
    const rule: Eligibility = { alternatives: [] };
    expect(await verdicts(rule, [leaver.id], EARLY)).toEqual([true]);
    const late = (await eligibilityOf([leaver.id], { eligibility: rule }, LATE)).get(leaver.id)!;
    expect(late).toMatchObject({ eligible: false, inService: false });
    expect((await eligibilityOf([uniq("nobody")], { eligibility: rule }, LATE)).size).toBe(0);
  });
});
