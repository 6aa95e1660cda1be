import { describe, it, expect } from "vitest";
import { escapeIcsText, foldIcsLine, sessionToIcs, type SessionCalendarInput } from "./ics";

const now = new Date("2026-11-24T09:15:30.123Z");

function session(overrides: Partial<SessionCalendarInput> = {}): SessionCalendarInput {
  return {
    uid: "session-42@pathway.example.org",
    title: "Security in the Field",
    description: "Bring your badge.",
    location: "Room 3, Palais des Nations",
    url: "https://pathway.example.org/sessions/42?tab=details,agenda",
    organizerEmail: "learning@example.org",
    days: [
      { start: new Date("2026-12-01T08:30:00Z"), end: new Date("2026-12-01T16:30:00Z") },
      { start: new Date("2026-12-03T09:00:00Z"), end: new Date("2026-12-03T12:00:00Z") },
    ],
    sequence: 0,
    cancelled: false,
    now,
    ...overrides,
  };
}

/** Undoes folding (RFC 5545 §3.1) and returns the content lines. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
}

function events(ics: string): string[][] {
  const result: string[][] = [];
  let current: string[] | null = null;
  for (const line of contentLines(ics)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT") {
      result.push(current!);
      current = null;
    } else current?.push(line);
  }
  return result;
}

describe("sessionToIcs", () => {
  it("is a calendar with one event per day in UTC", () => {
    const ics = sessionToIcs(session());
    const lines = contentLines(ics);
    expect(lines.slice(0, 5)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Pathway//Training sessions//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]);
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    const [day1, day2] = events(ics);
    expect(events(ics)).toHaveLength(2);
    expect(day1).toContain("DTSTART:20261201T083000Z");
    expect(day1).toContain("DTEND:20261201T163000Z");
    expect(day2).toContain("DTSTART:20261203T090000Z");
    expect(day2).toContain("DTEND:20261203T120000Z");
    expect(day1).toContain("DTSTAMP:20261124T091530Z");
    expect(day1).toContain("STATUS:CONFIRMED");
    expect(day1).toContain("SEQUENCE:0");
    expect(day1).toContain("ORGANIZER:mailto:learning@example.org");
  });

  it("gives each day its own stable UID", () => {
    const uids = events(sessionToIcs(session())).map((e) => e.find((l) => l.startsWith("UID:")));
    expect(uids).toEqual(["UID:session-42-day1@pathway.example.org", "UID:session-42-day2@pathway.example.org"]);
    const again = events(sessionToIcs(session({ sequence: 3, title: "Renamed" }))).map((e) => e.find((l) => l.startsWith("UID:")));
    expect(again).toEqual(uids);
    expect(contentLines(sessionToIcs(session({ uid: "s-7" })))).toContain("UID:s-7-day1");
  });

  it("uses CRLF everywhere", () => {
    const ics = sessionToIcs(session());
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    const ics = sessionToIcs(
      session({ title: "Ethics; part 1, intro", description: "Line 1\nLine 2\r\nC:\\path", location: "Room 3, Floor 2" }),
    );
    const [day1] = events(ics);
    expect(day1).toContain("SUMMARY:Ethics\\; part 1\\, intro");
    expect(day1).toContain("DESCRIPTION:Line 1\\nLine 2\\nC:\\\\path");
    expect(day1).toContain("LOCATION:Room 3\\, Floor 2");
  });

  it("does not let a title inject properties", () => {
    const ics = sessionToIcs(session({ title: "Hi\r\nATTENDEE:mailto:evil@example.com" }));
    expect(contentLines(ics).filter((l) => l.startsWith("ATTENDEE"))).toEqual([]);
    expect(() => sessionToIcs(session({ url: "https://x.example\r\nATTENDEE:mailto:evil@example.com" }))).toThrow(RangeError);
    expect(() => sessionToIcs(session({ organizerEmail: "a@example.org\nX:1" }))).toThrow(RangeError);
  });

  it("keeps the URL as a URI, unescaped", () => {
    expect(events(sessionToIcs(session()))[0]).toContain("URL:https://pathway.example.org/sessions/42?tab=details,agenda");
  });

  it("folds long Chinese text at 75 octets without splitting a character", () => {
    const title = "联合国系统工作人员安全与保障培训课程：实地工作的风险评估、应急响应和心理支持";
    const ics = sessionToIcs(session({ title, description: "描述".repeat(80) }));
    const bytes = new TextEncoder().encode(ics);
    // fatal: throws if folding cut a multi-byte character in two.
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    for (const line of decoded.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(decoded.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
    const [day1] = events(ics);
    expect(day1).toContain(`SUMMARY:${title}`);
    expect(day1).toContain(`DESCRIPTION:${"描述".repeat(80)}`);
  });

  it("cancels every day of a cancelled session", () => {
    const ics = sessionToIcs(session({ cancelled: true, sequence: 2 }));
    expect(contentLines(ics)).toContain("METHOD:CANCEL");
    for (const event of events(ics)) {
      expect(event).toContain("STATUS:CANCELLED");
      expect(event).toContain("SEQUENCE:2");
    }
  });

  it("leaves out what is not given", () => {
    const lines = contentLines(
      sessionToIcs(session({ description: null, location: undefined, url: "", organizerEmail: null })),
    );
    expect(lines.some((l) => /^(DESCRIPTION|LOCATION|URL|ORGANIZER)[:;]/.test(l))).toBe(false);
  });

  it("rejects sessions a calendar cannot show", () => {
    expect(() => sessionToIcs(session({ days: [] }))).toThrow(RangeError);
    const start = new Date("2026-12-01T10:00:00Z");
    expect(() => sessionToIcs(session({ days: [{ start, end: start }] }))).toThrow(/end after it starts/);
    expect(() => sessionToIcs(session({ days: [{ start, end: new Date("nope") }] }))).toThrow(RangeError);
    expect(() => sessionToIcs(session({ sequence: -1 }))).toThrow(RangeError);
    expect(() => sessionToIcs(session({ uid: " " }))).toThrow(RangeError);
  });
});

describe("escapeIcsText", () => {
  it("drops control characters other than tab", () => {
    expect(escapeIcsText("a\u0000b\u0007c\td")).toBe("abc\td");
  });
});

describe("foldIcsLine", () => {
  it("leaves short lines alone", () => {
    expect(foldIcsLine("SUMMARY:Short")).toBe("SUMMARY:Short");
    expect(foldIcsLine("X".repeat(75))).toBe("X".repeat(75));
  });

  it("folds ASCII at exactly 75 octets, counting the leading space", () => {
    const folded = foldIcsLine("X".repeat(200));
    expect(folded.split("\r\n").map((l) => l.length)).toEqual([75, 75, 52]) // 75 + 74 + 51 characters;
    expect(folded.replace(/\r\n /g, "")).toBe("X".repeat(200));
  });

  it("keeps emoji (4-byte characters) whole", () => {
    const line = `SUMMARY:${"🎓".repeat(40)}`;
    const folded = foldIcsLine(line);
    for (const physical of folded.split("\r\n")) {
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});
