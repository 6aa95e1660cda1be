import { getFormatter, getTranslations } from "next-intl/server";
import { formatDuration } from "~/lib/durations";

type Day = { startsAt: Date; endsAt: Date };

/**
 * Session dates as people read them, in the session's own time zone: "Mon 9 Mar 2026, 09:00–12:30" per day,
 * and a one-line range for lists ("9–10 Mar 2026"). Server-side, so client components get finished strings.
 */
export async function sessionWhen(days: readonly Day[], timeZone: string) {
  const format = await getFormatter();
  const t = await getTranslations("enrolment");
  const day = (d: Date) => format.dateTime(d, { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" });
  const time = (d: Date) => format.dateTime(d, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const dates = new Set(days.map((d) => format.dateTime(d.startsAt, { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  const sharedDates = dates.size < days.length;
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const range = days.length === 1 ? day(first.startsAt) : format.dateTimeRange(first.startsAt, last.endsAt, { timeZone, day: "numeric", month: "short", year: "numeric" });
  return {
    range,
    zone: timeZone === "UTC" ? "UTC" : t("zone", { city: t("zoneCity", { city: timeZone.split("/").pop()! }).replace(/_/g, " ") }),
    lines: days.map((d) => `${day(d.startsAt)}, ${time(d.startsAt)}–${time(d.endsAt)}`),
    // Blocks sharing a date (a morning and an afternoon) are told apart by their start time.
    dayLabels: days.map((d, i) =>
      t("dayN", {
        n: i + 1,
        date: format.dateTime(d.startsAt, { timeZone, day: "numeric", month: "short", ...(sharedDates ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}) }),
      }),
    ),
    /** calendar dates the session spans (two blocks on one date are one date) */
    dateCount: dates.size,
  };
}

/** Lengths and credits as people read them ("3.5 hours", "1 day", "2.5 days"; lib/durations.ts), in the reader's language. */
export async function durationText(): Promise<(days: string) => string> {
  const t = await getTranslations("durations");
  return (days) => formatDuration((key, values) => t(key, values), days);
}

/** Training days travel as exact decimal strings; ICU plurals need a number (safe: at most 3 decimals). */
export function daysNumber(days: string): number {
  return Number(days);
}
