import { describe, expect, it } from "vitest";
import { firstDayText, otherSessionsText, renderEnrolmentMail, scheduleText, timeZoneLabel, whereValues } from "~/server/enrolment/mail";
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

describe("session dates and zones in the reader's language", () => {
  const day = { startsAt: new Date("2026-03-03T08:00:00Z"), endsAt: new Date("2026-03-03T11:30:00Z") };

  it("writes each day with its weekday, times and zone: English unchanged, French and Chinese as they write dates", () => {
    // British English as before (ICU versions differ on a comma after the weekday).
    expect(scheduleText([day], "Europe/Zurich")).toMatch(/^- Tuesday,? 3 March 2026, 09:00–12:30 \(Geneva time\)$/);
    expect(scheduleText([day], "Europe/Zurich", "en")).toBe(scheduleText([day], "Europe/Zurich"));
    expect(scheduleText([day], "Europe/Zurich", "fr")).toBe("- mardi 3 mars 2026, 09:00–12:30 (heure de Genève)");
    expect(scheduleText([day], "Europe/Zurich", "zh")).toBe("- 2026年3月3日星期二，09:00–12:30（日内瓦时间）");
  });

  it("takes the date where the session is: 00:30 in Tokyo is the next day there", () => {
    const late = { startsAt: new Date("2026-03-16T15:30:00Z"), endsAt: new Date("2026-03-16T19:00:00Z") };
    expect(firstDayText(late.startsAt, "Asia/Tokyo", "fr")).toBe("17 mars 2026");
    expect(scheduleText([late], "Asia/Tokyo", "zh")).toBe("- 2026年3月17日星期二，00:30–04:00（东京时间）");
  });

  it("dates the first day in each language", () => {
    expect(firstDayText(day.startsAt, "Europe/Zurich")).toBe("3 March 2026");
    expect(firstDayText(day.startsAt, "Europe/Zurich", "fr")).toBe("3 mars 2026");
    expect(firstDayText(day.startsAt, "Europe/Zurich", "zh")).toBe("2026年3月3日");
  });

  it("names the zone by its city in the reader's language (with the French elision), UTC as UTC", () => {
    expect(timeZoneLabel("Europe/Zurich")).toBe("Geneva time");
    expect(timeZoneLabel("America/Sao_Paulo", "en")).toBe("São Paulo time");
    expect(timeZoneLabel("Africa/Algiers", "fr")).toBe("heure d’Alger");
    expect(timeZoneLabel("Asia/Singapore", "fr")).toBe("heure de Singapour");
    expect(timeZoneLabel("Europe/Moscow", "zh")).toBe("莫斯科时间");
    expect(timeZoneLabel("Pacific/Port_Moresby", "en")).toBe("Port Moresby time");
    expect(timeZoneLabel("UTC", "zh")).toBe("UTC");
  });

  it("dates the other sessions of a cancellation in the mail's language", () => {
    const text = otherSessionsText([{ id: "s1", startsAt: day.startsAt, timeZone: "Europe/Zurich", where: sessionWhere({ delivery: "VIRTUAL", location: null }), seatsLeft: 2 }], "zh");
    expect(text).toMatch(/^- 2026年3月3日，线上（虚拟教室）/);
  });
});
