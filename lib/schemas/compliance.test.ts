import { describe, expect, it } from "vitest";
import { CreateRequirementInput, ComplianceSettings, listFilterFromSearchParams, listFilterToQuery } from "~/lib/schemas/compliance";

const base = { courseId: "c1", effectiveFrom: "2026-01-01", dueDate: "2026-06-30", dueAfterDays: 30 };
const errorsOf = (input: unknown) => {
  const r = CreateRequirementInput.safeParse(input);
  return r.success ? {} : r.error.flatten().fieldErrors;
};

describe("a requirement as typed in the form", () => {
  it("is refused without an audience, with the message next to that field", () => {
    expect(errorsOf(base)).toEqual({ audienceKind: ["Choose who must take the course"] });
  });
  it("needs the departments, sectors, grades or duty stations it names", () => {
    expect(errorsOf({ ...base, audienceKind: "DEPARTMENT", audienceValues: [] })).toEqual({ audienceValues: ["Choose at least one department"] });
    expect(errorsOf({ ...base, audienceKind: "GRADE", audienceValues: ["P3"] })).toEqual({});
  });
  it("needs the window of new staff", () => {
    expect(errorsOf({ ...base, audienceKind: "NEW_STAFF" })).toHaveProperty("newStaffDays");
  });
  it("needs a due date or a number of days, in range, after it takes effect", () => {
    expect(errorsOf({ ...base, audienceKind: "EVERYONE", dueDate: null, dueAfterDays: null })).toEqual({ dueAfterDays: ["Give a due date, a number of days, or both"] });
    expect(errorsOf({ ...base, audienceKind: "EVERYONE", dueDate: "2025-12-31" })).toHaveProperty("dueDate");
    expect(errorsOf({ ...base, audienceKind: "EVERYONE", dueDate: "2026-02-30" })).toHaveProperty("dueDate");
    expect(errorsOf({ ...base, audienceKind: "EVERYONE", dueAfterDays: -1 })).toHaveProperty("dueAfterDays");
    expect(errorsOf({ ...base, audienceKind: "EVERYONE", validityMonths: 0 })).toHaveProperty("validityMonths");
  });
});

describe("reminder settings", () => {
  it("keeps escalation to L&D after the manager is told", () => {
    expect(ComplianceSettings.safeParse({ remindBeforeDays: 14, managerAfterDays: 14, escalateAfterDays: 30 }).success).toBe(true);
    expect(ComplianceSettings.safeParse({ remindBeforeDays: 14, managerAfterDays: 30, escalateAfterDays: 14 }).success).toBe(false);
  });
});

describe("list filters in the URL", () => {
  it("round-trip and drop what is malformed", () => {
    const f = listFilterFromSearchParams({ requirement: "r1", state: "OVERDUE", min: "30", q: "amina", page: "2" });
    expect(f).toEqual({ requirementId: "r1", state: "OVERDUE", minDaysOverdue: 30, search: "amina", page: 2 });
    expect(listFilterToQuery(f)).toBe("?requirement=r1&state=OVERDUE&min=30&q=amina&page=2");
    expect(listFilterFromSearchParams({ state: "LATE", min: "-3", page: "x" })).toEqual({ page: 1 });
  });
});
