// Lengths and credits of training as people think of them: whole and half days as days ("1 day", "2.5 days"),
// anything shorter or in between in hours ("3.5 hours", not "0.438 days"). A training day is 8 hours, so an hour is
// 0.125 day. Only for reading: reports, exports and the API keep exact decimal days (lib/training-days.ts).
import { HOURS_PER_DAY, type TrainingDaysValue } from "~/lib/training-days";

/** The message (messages/en/durations.json, ICU plurals) and its number: { key: "hours", n: 3.5 }. */
export type DurationMessage = { key: "days" | "hours"; n: number };

function toNumber(days: TrainingDaysValue): number {
  const n = typeof days === "object" && days !== null ? Number(days.toFixed()) : Number(days);
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`A duration needs a number of days, got "${String(days)}".`);
  return n;
}

/**
 * Days stored with 3 decimals ("0.438" for 3.5 hours): in days when a whole number of half days, else in hours
 * rounded to the quarter hour nearest the stored value (0.438 × 8 = 3.504 → 3.5; 0.281 × 8 = 2.248 → 2.25).
 */
export function durationMessage(days: TrainingDaysValue): DurationMessage {
  const n = toNumber(days);
  if (Number.isInteger(n * 2)) return { key: "days", n };
  return { key: "hours", n: Math.round(n * HOURS_PER_DAY * 4) / 4 || Math.round(n * HOURS_PER_DAY * 100) / 100 };
}

/** A translator of the "durations" namespace (next-intl's t from useTranslations/getTranslations("durations")). */
export type DurationTranslator = (key: "days" | "hours", values: { n: number }) => string;

/** "3.5 hours", "1 day", "2.5 days" in the reader's language. */
export function formatDuration(t: DurationTranslator, days: TrainingDaysValue): string {
  const m = durationMessage(days);
  return t(m.key, { n: m.n });
}
