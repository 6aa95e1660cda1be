import { describe, expect, it } from "vitest";
import { parseIsoDate } from "~/lib/dates";
import { checkEligibility, closestAlternative, gradeRange, monthsOfService, unmetRules, type EligibilityPerson } from "~/lib/programmes/eligibility";
import type { Eligibility } from "~/lib/programmes/eligibility-rules";

const d = parseIsoDate;
const ISEIZE: Eligibility = {
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
const EMERGE: Eligibility = { alternatives: [[{ kind: "grade", grades: ["P3"] }, { kind: "gender", genders: ["F"] }]] };

function person(o: Partial<EligibilityPerson> = {}): EligibilityPerson {
  return { grade: "P3", gender: "F", hireDate: d("2018-01-15"), dutyStationCode: "GVA", active: true, leftOn: null, ...o };
}
const ASOF = d("2026-12-07");

describe("checkEligibility: each rule kind", () => {
  it("grade: one of the listed grades", () => {
    expect(checkEligibility(EMERGE, person({ grade: "P3" }), ASOF).eligible).toBe(true);
    const p2 = checkEligibility(EMERGE, person({ grade: "P2" }), ASOF);
    expect(p2.eligible).toBe(false);
    expect(unmetRules(p2)).toEqual([{ rule: { kind: "grade", grades: ["P3"] }, met: false, actual: "P2" }]);
  });

  it("staffCategory: the grade group of the grade (NO-B is NO, G5 is G)", () => {
    const rule: Eligibility = { alternatives: [[{ kind: "staffCategory", categories: ["G", "NO"] }]] };
    expect(checkEligibility(rule, person({ grade: "G5" }), ASOF).eligible).toBe(true);
    expect(checkEligibility(rule, person({ grade: "NO-B" }), ASOF).eligible).toBe(true);
    const p = checkEligibility(rule, person({ grade: "P4" }), ASOF);
    expect(p.eligible).toBe(false);
    expect(p.alternatives[0]!.rules[0]!.actual).toBe("P");
  });

  it("gender", () => {
    expect(checkEligibility(EMERGE, person({ gender: "M" }), ASOF).eligible).toBe(false);
    expect(checkEligibility(EMERGE, person({ gender: "X" }), ASOF).alternatives[0]!.rules[1]).toMatchObject({ met: false, actual: "X" });
  });

  it("minService: met on the anniversary day, not the day before", () => {
    const rule: Eligibility = { alternatives: [[{ kind: "minService", months: 24 }]] };
    const p = person({ hireDate: d("2024-03-10") });
    const before = checkEligibility(rule, p, d("2026-03-09"));
    expect(before.eligible).toBe(false);
    expect(before.alternatives[0]!.rules[0]!.actual).toBe(23);
    expect(checkEligibility(rule, p, d("2026-03-10")).eligible).toBe(true);
    expect(checkEligibility(rule, p, d("2026-03-11")).eligible).toBe(true);
    // no hire date on record: the rule cannot be met
    expect(checkEligibility(rule, person({ hireDate: null }), ASOF).alternatives[0]!.rules[0]).toMatchObject({ met: false, actual: null });
  });

  it("monthsOfService clamps to month ends: hired 31 January, one month on 29 February of a leap year", () => {
    expect(monthsOfService(d("2024-01-31"), d("2024-02-28"))).toBe(0);
    expect(monthsOfService(d("2024-01-31"), d("2024-02-29"))).toBe(1);
    expect(monthsOfService(d("2024-01-31"), d("2025-01-30"))).toBe(11);
    expect(monthsOfService(d("2024-01-31"), d("2025-01-31"))).toBe(12);
    expect(monthsOfService(d("2024-01-31"), d("2023-12-01"))).toBe(0);
  });

  it("dutyStation: serving at one of the codes", () => {
    const rule: Eligibility = { alternatives: [[{ kind: "dutyStation", codes: ["SIN", "TYO"] }]] };
    expect(checkEligibility(rule, person({ dutyStationCode: "SIN" }), ASOF).eligible).toBe(true);
    expect(checkEligibility(rule, person({ dutyStationCode: "GVA" }), ASOF).eligible).toBe(false);
    expect(checkEligibility(rule, person({ dutyStationCode: null }), ASOF).eligible).toBe(false);
  });
});

describe("checkEligibility: service and alternatives", () => {
  it("a leaver is not eligible from the day they left; before it they were", () => {
    const leaver = person({ active: false, leftOn: d("2026-06-30") });
    expect(checkEligibility(EMERGE, leaver, d("2026-06-29"))).toMatchObject({ eligible: true, inService: true });
    expect(checkEligibility(EMERGE, leaver, d("2026-06-30"))).toMatchObject({ eligible: false, inService: false });
    expect(checkEligibility(EMERGE, person({ active: false }), ASOF).eligible).toBe(false);
    expect(checkEligibility({ alternatives: [] }, person({ hireDate: d("2027-01-01") }), ASOF).eligible).toBe(false);
  });

  it("no alternatives: everyone in service", () => {
    expect(checkEligibility({ alternatives: [] }, person({ grade: "D2", gender: "M" }), ASOF).eligible).toBe(true);
  });

  it("I-seize: P3–P5 women OR General Service men; not P3 men nor G women", () => {
    const verdict = (grade: string, gender: "F" | "M") => checkEligibility(ISEIZE, person({ grade, gender }), ASOF).eligible;
    expect([verdict("P3", "F"), verdict("P5", "F"), verdict("G6", "M")]).toEqual([true, true, true]);
    expect([verdict("P3", "M"), verdict("G6", "F"), verdict("P2", "F"), verdict("D1", "F")]).toEqual([false, false, false, false]);
  });

  it("explains with the closest alternative: a P2 woman misses only the grade of the first", () => {
    const v = checkEligibility(ISEIZE, person({ grade: "P2", gender: "F" }), ASOF);
    expect(closestAlternative(v)).toBe(0);
    expect(unmetRules(v).map((r) => r.rule.kind)).toEqual(["grade"]);
    const man = checkEligibility(ISEIZE, person({ grade: "P4", gender: "M" }), ASOF);
    // both alternatives miss one rule: the first (as L&D wrote them) explains
    expect(unmetRules(man).map((r) => r.rule.kind)).toEqual(["gender"]);
    const gsMan = checkEligibility(ISEIZE, person({ grade: "G4", gender: "M" }), ASOF);
    expect(closestAlternative(gsMan)).toBe(1);
    expect(unmetRules(gsMan)).toEqual([]);
  });
});

describe("gradeRange", () => {
  it("writes consecutive grades of one series as a range", () => {
    expect(gradeRange(["P5", "P3", "P4"])).toEqual(["P3–P5"]);
    expect(gradeRange(["P3", "P5"])).toEqual(["P3", "P5"]);
    expect(gradeRange(["P3", "P4", "D1"])).toEqual(["P3", "P4", "D1"]);
    expect(gradeRange(["NO-A", "NO-B", "NO-C"])).toEqual(["NO-A", "NO-B", "NO-C"]);
  });
});
