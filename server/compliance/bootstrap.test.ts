import { describe, expect, it } from "vitest";
import { organisationDueDate } from "~/server/compliance/bootstrap";

describe("the organisation's due date for staff in place", () => {
  it("is the 30 June closing the reporting year", () => {
    expect(organisationDueDate("2026-11-24")).toBe("2027-06-30");
    expect(organisationDueDate("2027-01-15")).toBe("2027-06-30");
  });
  it("is never less than 90 days away", () => {
    expect(organisationDueDate("2027-04-01")).toBe("2027-06-30"); // 90 days
    expect(organisationDueDate("2027-04-02")).toBe("2028-06-30");
    expect(organisationDueDate("2027-06-30")).toBe("2028-06-30");
    expect(organisationDueDate("2027-07-01")).toBe("2028-06-30");
  });
});
