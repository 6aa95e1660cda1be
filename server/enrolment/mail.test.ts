import { describe, expect, it } from "vitest";
import { otherSessionsText, renderEnrolmentMail, whereValues } from "~/server/enrolment/mail";
import { sessionWhere } from "~/server/enrolment/session-places";

describe("where a session takes place, worded by the mail's language", () => {
  const values = { name: "Ana", course: "BSAFE", date: "3 March 2026", schedule: "- Monday" };
  const whereLine = (delivery: string, location: string | null) =>
    renderEnrolmentMail("enrolled", { ...values, ...whereValues(sessionWhere({ delivery, location })) }, "/sessions/x", "en").text.split("\n").find((l) => l.startsWith("Where:"));

  it("names the room, says a virtual session is online, and a missing room is to be announced", () => {
    expect(whereLine("CLASSROOM", "Room A, Floor 2")).toBe("Where: Room A, Floor 2");
    expect(whereLine("VIRTUAL", "ignored")).toBe("Where: online (virtual classroom)");
    expect(whereLine("CLASSROOM", null)).toBe("Where: to be announced");
  });

  it("words the other sessions of a cancelled one the same way", () => {
    const text = otherSessionsText([{ id: "s1", startsAt: new Date("2026-03-03T08:00:00Z"), timeZone: "Europe/Zurich", where: sessionWhere({ delivery: "VIRTUAL", location: null }), seatsLeft: 2 }], "en");
    expect(text).toMatch(/^- 3 March 2026, online \(virtual classroom\) \(2 seats left\): http/);
  });
});
