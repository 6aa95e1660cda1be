import { describe, expect, it } from "vitest";
import { AppError } from "~/server/errors";

// The sentences MentorNet's refusals said before they moved into the catalogue; plurals and dates are where the
// catalogue's ICU rendering could drift from them.
describe("MentorNet refusals in English", () => {
  it("counts open requests and free places in words", () => {
    const left = (n: number) => new AppError("TOO_MANY_REQUESTS", "mentoring.requests.tooManyOpen", { max: 3, open: 3 - n, left: n }).message;
    expect(left(0)).toBe("You can have at most 3 open requests at once; you have 3, so you can ask 0 more mentors now.");
    expect(left(1)).toBe("You can have at most 3 open requests at once; you have 2, so you can ask 1 more mentor now.");
    const full = (capacity: number) => new AppError("NO_FREE_PLACE", "mentoring.requests.noFreePlace", { capacity }).message;
    expect(full(1)).toBe("No free place: all your 1 place is taken. Decline this request as “full”, or raise your capacity in your mentor profile.");
    expect(full(3)).toBe("No free place: all your 3 places are taken. Decline this request as “full”, or raise your capacity in your mentor profile.");
  });

  it("writes calendar dates as e-mails do, whatever the server's time zone", () => {
    const day = new Date("2026-04-30T00:00:00Z");
    expect(new AppError("MENTOR_PAUSED", "mentoring.requests.mentorPaused", { name: "Ana", until: day }).message).toBe(
      "Ana takes no new mentees until 30 April 2026.",
    );
    expect(new AppError("ROUND_CLOSED", "mentoring.rounds.rankingClosed", { closedOn: day }).message).toBe("Ranking closed on 30 April 2026.");
    expect(new AppError("INVALID", "mentoring.pairings.meetingBeforeStart", { startedOn: day }).message).toBe(
      "The pairing started on 30 April 2026: choose a date from then on.",
    );
    // An instant late in the UTC day is still that UTC day (the time zone of the tests is Auckland's).
    expect(new AppError("REQUEST_EXPIRED", "mentoring.requests.expired", { expiredOn: new Date("2026-04-30T23:30:00Z") }).message).toBe(
      "This request expired on 30 April 2026.",
    );
  });

  it("keeps names and quotes as they are", () => {
    expect(new AppError("REPORTING_LINE", "mentoring.requests.mentorInReportingLine", { mentee: "Mia O'Neil" }).message).toBe(
      "You are in Mia O'Neil’s reporting line, so you cannot be their mentor.",
    );
    expect(new AppError("ROUND_OPEN", "mentoring.rounds.stillOpen", { name: "Spring {2026}" }).message).toBe(
      "“Spring {2026}” is still open: publish or cancel it before opening another round.",
    );
  });
});
