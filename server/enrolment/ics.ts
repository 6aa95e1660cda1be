import "server-only";
/**
 * iCalendar (RFC 5545) files for training sessions, attached to enrolment e-mails and
 * offered as downloads. One VEVENT per day, because the days of a multi-day session can
 * have different hours and need not be consecutive.
 */

export interface SessionCalendarInput {
  /** Stable for the session across updates, e.g. "session-42@pathway.example.org". */
  uid: string;
  title: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  organizerEmail?: string | null;
  days: readonly { start: Date; end: Date }[];
  /** Increase on every change, so calendars replace the event instead of ignoring it. */
  sequence: number;
  cancelled: boolean;
  /** DTSTAMP: when this file was made; defaults to now. */
  now?: Date;
}

const PRODID = "-//Pathway//Training sessions//EN";
const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** 20261201T083000Z */
export function icsUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Calendar times must be valid dates.");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** TEXT values: escape \ ; , and turn every kind of line break into \n. */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // Other control characters are not allowed in TEXT and upset some clients.
      .split("")
      .filter((ch) => ch === "\t" || !isControl(ch))
      .join("")
  );
}

function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/**
 * Folds a content line to 75 octets of UTF-8 per line, continuation lines starting with a
 * space; splits only between code points so that no character is cut in half.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

// URI and CAL-ADDRESS values are not escaped, so a line break in one would start a new
// property: refuse them rather than let an event title smuggle in an ATTENDEE.
function assertSingleLine(value: string, what: string): string {
  if ([...value].some(isControl)) throw new RangeError(`${what} must not contain control characters.`);
  return value;
}

/** UID of day n (1-based): "session-42-day2@pathway.example.org". */
function dayUid(uid: string, n: number): string {
  const at = uid.lastIndexOf("@");
  return at === -1 ? `${uid}-day${n}` : `${uid.slice(0, at)}-day${n}${uid.slice(at)}`;
}

/**
 * A VCALENDAR with one VEVENT per day. The UID of each day is the session's uid with
 * "-dayN" added, so an update with the same number of days replaces each day in place.
 * A cancelled session is METHOD:CANCEL with STATUS:CANCELLED on every day.
 */
export function sessionToIcs(input: SessionCalendarInput): string {
  const { uid, title, days, sequence, cancelled } = input;
  if (uid.trim() === "") throw new RangeError("A calendar event needs a uid.");
  assertSingleLine(uid, "uid");
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new RangeError(`sequence must be a non-negative whole number, got ${sequence}.`);
  }
  if (days.length === 0) throw new RangeError("A session needs at least one day.");
  const stamp = icsUtc(input.now ?? new Date());

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${cancelled ? "CANCEL" : "PUBLISH"}`,
  ];

  days.forEach((day, index) => {
    if (!(day.end.getTime() > day.start.getTime())) {
      throw new RangeError(`Day ${index + 1} of "${title}" must end after it starts.`);
    }
    lines.push(
      "BEGIN:VEVENT",
      `UID:${dayUid(uid, index + 1)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsUtc(day.start)}`,
      `DTEND:${icsUtc(day.end)}`,
      `SEQUENCE:${sequence}`,
      `SUMMARY:${escapeIcsText(title)}`,
    );
    if (input.description) lines.push(`DESCRIPTION:${escapeIcsText(input.description)}`);
    if (input.location) lines.push(`LOCATION:${escapeIcsText(input.location)}`);
    if (input.url) lines.push(`URL:${assertSingleLine(input.url, "url")}`);
    if (input.organizerEmail) {
      lines.push(`ORGANIZER:mailto:${assertSingleLine(input.organizerEmail, "organizerEmail")}`);
    }
    lines.push(`STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  });

  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
