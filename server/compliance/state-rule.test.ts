import { describe, expect, it } from "vitest";
import { complianceState, employedOn, exemptReasonOn, firstDeadline, inForceOn, stateOn, urgency, type RequirementTerms } from "~/server/compliance/state-rule";

// vitest.config.ts runs these in Pacific/Auckland: a date bug that UTC hides shows up here.
const everyone: RequirementTerms = { effectiveFrom: "2026-01-01", dueDate: "2026-06-30", dueAfterDays: 30, validityMonths: null };
const bsafe: RequirementTerms = { ...everyone, validityMonths: 36 };
const facts = (enteredOn: string, completions: string[] = [], exemptReason: string | null = null) => ({ enteredOn, completions, exemptReason });

describe("first deadline", () => {
  it("gives staff already in place the organisation's due date", () => {
    expect(firstDeadline(everyone, "2010-05-01")).toBe("2026-06-30");
    expect(firstDeadline(everyone, "2026-01-01")).toBe("2026-06-30");
  });
  it("gives people who join later the relative deadline from the day they joined", () => {
    expect(firstDeadline(everyone, "2026-03-15")).toBe("2026-04-14");
    expect(firstDeadline(everyone, "2026-12-20")).toBe("2027-01-19");
  });
  it("counts from the effective date when there is no fixed date", () => {
    expect(firstDeadline({ ...everyone, dueDate: null }, "2019-01-01")).toBe("2026-01-31");
  });
  it("keeps a fixed date for late joiners when there is no relative deadline", () => {
    expect(firstDeadline({ ...everyone, dueAfterDays: null }, "2026-09-01")).toBe("2026-06-30");
  });
  it("refuses terms without any deadline", () => {
    expect(() => firstDeadline({ ...everyone, dueDate: null, dueAfterDays: null }, "2026-01-01")).toThrow(RangeError);
  });
});

describe("compliance state", () => {
  it("is due up to and including the due date, then overdue by whole days", () => {
    expect(complianceState(everyone, facts("2015-03-01"), "2026-06-30")).toMatchObject({ state: "DUE", dueOn: "2026-06-30", daysOverdue: 0 });
    expect(complianceState(everyone, facts("2015-03-01"), "2026-07-01")).toMatchObject({ state: "OVERDUE", dueOn: "2026-06-30", daysOverdue: 1 });
    expect(complianceState(everyone, facts("2015-03-01"), "2026-07-31")).toMatchObject({ state: "OVERDUE", daysOverdue: 31 });
  });

  it("is not due yet before the requirement takes effect, or before a future hire starts", () => {
    expect(complianceState(everyone, facts("2015-03-01"), "2025-12-31")).toMatchObject({ state: "NOT_DUE_YET", startsOn: "2026-01-01", dueOn: "2026-06-30" });
    expect(complianceState(everyone, facts("2026-09-01"), "2026-08-20")).toMatchObject({ state: "NOT_DUE_YET", startsOn: "2026-09-01", dueOn: "2026-10-01" });
  });

  it("is compliant for good after one completion when there is no validity", () => {
    const s = complianceState(everyone, facts("2015-03-01", ["2019-06-12"]), "2040-01-01");
    expect(s).toMatchObject({ state: "COMPLIANT", lastCompletedOn: "2019-06-12", validUntil: null, dueOn: null });
  });

  it("counts a completion made before the requirement existed", () => {
    expect(complianceState(everyone, facts("2026-03-01", ["2025-02-01"]), "2026-03-02").state).toBe("COMPLIANT");
  });

  it("is compliant until the certification runs out, then overdue from the day after", () => {
    const f = facts("2015-03-01", ["2024-03-10"]);
    expect(complianceState(bsafe, f, "2027-03-10")).toMatchObject({ state: "COMPLIANT", validUntil: "2027-03-10", dueOn: "2027-03-10" });
    expect(complianceState(bsafe, f, "2027-03-11")).toMatchObject({ state: "OVERDUE", dueOn: "2027-03-10", daysOverdue: 1 });
  });

  it("shows the current certification after a retake; the earlier completion stays history", () => {
    const f = facts("2015-03-01", ["2024-03-10", "2027-04-02"]);
    expect(complianceState(bsafe, f, "2027-05-01")).toMatchObject({ state: "COMPLIANT", lastCompletedOn: "2027-04-02", validUntil: "2030-04-02" });
    // On a date between the two, only the first one is known.
    expect(complianceState(bsafe, f, "2027-03-20")).toMatchObject({ state: "OVERDUE", lastCompletedOn: "2024-03-10" });
  });

  it("clamps a validity ending in a short month", () => {
    expect(complianceState({ ...bsafe, validityMonths: 12 }, facts("2015-03-01", ["2024-02-29"]), "2025-02-28")).toMatchObject({
      state: "COMPLIANT",
      validUntil: "2025-02-28",
    });
  });

  it("keeps the first deadline when a certification expired before it", () => {
    const s = complianceState(bsafe, facts("2015-03-01", ["2021-01-15"]), "2026-05-01");
    expect(s).toMatchObject({ state: "DUE", dueOn: "2026-06-30", validUntil: "2024-01-15" });
  });

  it("puts an exemption before everything else", () => {
    const s = complianceState(everyone, facts("2015-03-01", [], "On long-term sick leave"), "2027-01-01");
    expect(s).toMatchObject({ state: "EXEMPT", dueOn: null, exemptReason: "On long-term sick leave", daysOverdue: 0 });
  });

  it("gives a person who moved into the audience the relative deadline from the move", () => {
    const dept: RequirementTerms = { effectiveFrom: "2025-01-01", dueDate: "2025-03-31", dueAfterDays: 30, validityMonths: null };
    expect(complianceState(dept, facts("2026-04-10"), "2026-05-09")).toMatchObject({ state: "DUE", dueOn: "2026-05-10" });
    expect(complianceState(dept, facts("2026-04-10"), "2026-05-11")).toMatchObject({ state: "OVERDUE", daysOverdue: 1 });
  });

  it("sorts the most urgent first", () => {
    const list = [
      complianceState(bsafe, facts("2015-03-01", ["2025-01-01"]), "2026-02-01"),
      complianceState(everyone, facts("2015-03-01"), "2026-08-01"),
      complianceState(everyone, facts("2015-03-01"), "2026-02-01"),
    ];
    const sorted = [...list].sort((a, b) => {
      const [ua, da] = urgency(a);
      const [ub, db] = urgency(b);
      return ua - ub || da.localeCompare(db);
    });
    expect(sorted.map((s) => s.state)).toEqual(["OVERDUE", "DUE", "COMPLIANT"]);
  });
});

describe("as of a day", () => {
  const terms = { ...everyone, effectiveFrom: "2019-07-01", dueDate: "2019-12-31", retiredOn: null };
  const person = { hiredOn: "2012-03-01", active: true, leftOn: null, enteredOn: "2012-03-01", completions: [] as string[], exemption: null };
  it("counts an exemption from the day it was granted until the day it was revoked", () => {
    const e = { reason: "Seconded", grantedOn: "2021-03-01", revokedOn: "2022-01-10" };
    expect(exemptReasonOn(e, "2020-06-30")).toBeNull();
    expect(exemptReasonOn(e, "2021-03-01")).toBe("Seconded");
    expect(exemptReasonOn(e, "2022-01-09")).toBe("Seconded");
    expect(exemptReasonOn(e, "2022-01-10")).toBeNull();
  });
  it("leaves out people who left by then, and in a snapshot people hired later", () => {
    expect(employedOn({ hiredOn: "2016-01-04", active: false, leftOn: "2020-03-31" }, "2020-06-30", "snapshot")).toBe(false);
    expect(employedOn({ hiredOn: "2016-01-04", active: false, leftOn: "2021-01-15" }, "2020-06-30", "snapshot")).toBe(true);
    expect(employedOn({ hiredOn: "2021-02-01", active: true, leftOn: null }, "2020-06-30", "snapshot")).toBe(false);
    expect(employedOn({ hiredOn: "2021-02-01", active: true, leftOn: null }, "2020-06-30", "live")).toBe(true);
  });
  it("a requirement applies from effectiveFrom (in a snapshot) until the day it was retired", () => {
    expect(inForceOn({ effectiveFrom: "2021-01-01", retiredOn: null }, "2020-06-30", "snapshot")).toBe(false);
    expect(inForceOn({ effectiveFrom: "2021-01-01", retiredOn: null }, "2020-06-30", "live")).toBe(true);
    expect(inForceOn({ effectiveFrom: "2019-01-01", retiredOn: "2020-05-01" }, "2020-06-30", "live")).toBe(false);
  });
  it("does not count a completion after the day, and a later hire is not 'not due yet' in a snapshot", () => {
    expect(stateOn(terms, { ...person, completions: ["2020-09-01"] }, "2020-06-30", "snapshot")).toMatchObject({ state: "OVERDUE" });
    expect(stateOn(terms, { ...person, hiredOn: "2021-02-01", enteredOn: "2021-02-01" }, "2020-06-30", "snapshot")).toBeNull();
    expect(stateOn(terms, { ...person, hiredOn: "2021-02-01", enteredOn: "2021-02-01" }, "2020-06-30", "live")).toMatchObject({ state: "NOT_DUE_YET" });
  });
});
