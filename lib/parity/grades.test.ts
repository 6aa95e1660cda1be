import { describe, expect, it } from "vitest";
import { changeInPoints, compareGrades, gapToTarget, gradeGroup, womenShare } from "~/lib/parity/grades";

describe("grades in the report's order", () => {
  it("sorts G1…G7, P1…P5, D1, D2, NO-A… and other grades last", () => {
    const shuffled = ["D2", "NO-B", "P10", "G7", "UG", "P1", "D1", "G1", "NO-A", "P5", "G10", "P2"];
    expect([...shuffled].sort(compareGrades)).toEqual(["G1", "G7", "G10", "P1", "P2", "P5", "P10", "D1", "D2", "NO-A", "NO-B", "UG"]);
  });

  it("puts each grade in its group", () => {
    expect(["G4", "P3", "D2", "NO-C", "NOA", "UG", "PX"].map(gradeGroup)).toEqual(["G", "P", "D", "NO", "NO", "OTHER", "OTHER"]);
  });
});

describe("shares, gaps and changes", () => {
  it("reproduces the annual report's shares from headcounts", () => {
    expect(womenShare(2, 13)).toBe(15.4);
    expect(womenShare(15, 43)).toBe(34.9);
    expect(womenShare(36, 110)).toBe(32.7);
    expect(womenShare(60, 120)).toBe(50);
    expect(womenShare(1, 8)).toBe(12.5);
    expect(womenShare(0, 0)).toBeNull();
  });

  it("measures the gap to a target and the change in points from the shares people read", () => {
    expect(gapToTarget(15.4, 24)).toBe(-8.6);
    expect(gapToTarget(50, 50)).toBe(0);
    expect(gapToTarget(43.25, 43)).toBe(0.3);
    expect(gapToTarget(null, 24)).toBeNull();
    expect(gapToTarget(15.4, null)).toBeNull();
    expect(changeInPoints(35, 32.7)).toBe(2.3);
    expect(changeInPoints(30.1, 32.7)).toBe(-2.6);
    expect(changeInPoints(30.1, null)).toBeNull();
  });
});
