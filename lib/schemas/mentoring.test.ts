import { describe, expect, it } from "vitest";
import { AcceptRequestInput, CoachingHours, PublishRoundInput } from "~/lib/schemas/mentoring";

describe("coaching hours as people type them", () => {
  it("takes a dot or a comma as the decimal separator and sends one exact decimal", () => {
    expect(CoachingHours.parse("1,5")).toBe("1.5");
    expect(CoachingHours.parse("1.5")).toBe("1.5");
    expect(CoachingHours.parse(" 0,25 ")).toBe("0.25");
    expect(CoachingHours.parse("1.50")).toBe("1.5");
    expect(CoachingHours.parse("12")).toBe("12");
    expect(CoachingHours.parse("02")).toBe("2");
  });

  it("refuses what is not 0.25 to 12 hours with at most two decimals", () => {
    for (const typed of ["", "abc", "1.5.0", "1,5,0", "1 000", "0", "0,2", "12,01", "13", "1.555", "-1", "1h30"]) {
      expect(CoachingHours.safeParse(typed).success, typed).toBe(false);
    }
  });
});

describe("the mentor's message on accepting", () => {
  it("is plain, tidy text, and none when left blank", () => {
    expect(AcceptRequestInput.parse({ requestId: "r1", message: "  Hi!\r\n\r\n\r\nSee you\u202E Tuesday.  " }).message).toBe("Hi!\n\nSee you Tuesday.");
    expect(AcceptRequestInput.parse({ requestId: "r1", message: " \n " }).message).toBeUndefined();
    expect(AcceptRequestInput.parse({ requestId: "r1" }).message).toBeUndefined();
    expect(AcceptRequestInput.safeParse({ requestId: "r1", message: "x".repeat(1001) }).success).toBe(false);
  });
});

describe("publishing a round", () => {
  it("is not confirmed early unless the page says so", () => {
    const run = { roundId: "r1", algorithm: "OPTIMAL", weights: { sharedGoal: 1, language: 1, otherDepartment: 1, otherSector: 1, dutyStation: 1, seniorGrade: 1, maxGradeGap: 3, choiceRank: 1, otherDepartmentForAll: false, otherSectorForAll: false } };
    expect(PublishRoundInput.parse(run).confirmEarly).toBe(false);
    expect(PublishRoundInput.parse({ ...run, confirmEarly: true }).confirmEarly).toBe(true);
  });
});
