import "server-only";
/**
 * Wall-clock times in a session's time zone ↔ instants. A session in Geneva runs 09:00–12:30 Geneva time
 * whatever the server's zone; the calendar date of a training record is the date where it took place.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function parts(instant: Date, timeZone: string) {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(instant)) {
    if (type !== "literal") p[type] = Number(value);
  }
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** Milliseconds the zone is ahead of UTC at that instant (Geneva in summer: +7,200,000). */
function offsetAt(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant when the wall clock in `timeZone` shows `date` `time` ("2026-03-29", "09:30").
 * In a spring-forward gap the time is read with the offset before the change (02:30 → 03:30),
 * in an autumn overlap the earlier of the two instants is chosen.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offsets in force a day either side cover a clock change on that date.
  const offsets = [...new Set([-86_400_000, 0, 86_400_000].map((delta) => offsetAt(new Date(wall + delta), timeZone)))];
  const readsBack = offsets.map((o) => wall - o).filter((t) => t + offsetAt(new Date(t), timeZone) === wall);
  // A gap (spring forward): no instant shows that time; use the offset in force before the change.
  const guess = readsBack.length ? Math.min(...readsBack) : wall - Math.min(...offsets);
  return new Date(guess);
}

/** "YYYY-MM-DD" of the instant in the zone. */
export function zonedDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** "HH:MM" of the instant in the zone. */
export function zonedTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}
