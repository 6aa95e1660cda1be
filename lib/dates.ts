/**
 * Calendar dates ("2026-12-01") as plain strings, with Date only at UTC midnight.
 * Local-time Date arithmetic moves a deadline by a day for a colleague in Auckland or
 * New York; doing everything in UTC keeps a date the same date everywhere.
 */

export type IsoDate = string;

export interface Period {
  /** First day, inclusive. */
  from: IsoDate;
  /** Last day, inclusive. */
  to: IsoDate;
}

export type PeriodPresetKind = "calendarYear" | "reportYear" | "last12Months";

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" to UTC midnight; throws RangeError for 2026-02-30 or "1/12/2026". */
export function parseIsoDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD.`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999, and rolls 30 February over into March.
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`"${iso}" is not a real calendar date.`);
  }
  return date;
}

/** The UTC calendar date of an instant, as "YYYY-MM-DD". */
export function toIsoDate(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new RangeError("Cannot format an invalid Date.");
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`Year ${year} cannot be written as YYYY.`);
  return `${String(year).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}.`);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Adds calendar months, clamping to the month's last day: 2024-01-31 + 1 → 2024-02-29. */
export function addMonths(isoDate: IsoDate, n: number): IsoDate {
  assertInteger(n, "Months");
  const d = parseIsoDate(isoDate);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, monthIndex));
  const result = new Date(Date.UTC(year, monthIndex, day));
  result.setUTCFullYear(year);
  return toIsoDate(result);
}

export function addDays(isoDate: IsoDate, n: number): IsoDate {
  assertInteger(n, "Days");
  return toIsoDate(new Date(parseIsoDate(isoDate).getTime() + n * MS_PER_DAY));
}

/** Whole days from a to b: positive when b is later; 2026-01-01 → 2026-01-31 is 30. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parseIsoDate(b).getTime() - parseIsoDate(a).getTime()) / MS_PER_DAY);
}

/**
 * Report periods, both ends inclusive. "Today" is asOf's UTC date.
 * - calendarYear: 1 January – 31 December of `year` (default: asOf's year).
 * - reportYear: 1 July `year` – 30 June `year + 1`; the default is the report year that
 *   contains asOf (on 2026-03-15 that is reportYear 2025).
 * - last12Months: the twelve months ending with asOf, e.g. 2025-11-25..2026-11-24;
 *   `year` does not apply and is ignored.
 */
export function periodPreset(
  kind: PeriodPresetKind,
  { year, asOf }: { year?: number; asOf: Date },
): Period {
  const today = toIsoDate(asOf);
  if (year !== undefined) {
    assertInteger(year, "Year");
    if (year < 1 || year > 9998) throw new RangeError(`Year ${year} is out of range.`);
  }
  const asOfYear = asOf.getUTCFullYear();
  switch (kind) {
    case "calendarYear": {
      const y = year ?? asOfYear;
      return { from: `${yyyy(y)}-01-01`, to: `${yyyy(y)}-12-31` };
    }
    case "reportYear": {
      const y = year ?? (asOf.getUTCMonth() >= 6 ? asOfYear : asOfYear - 1);
      return { from: `${yyyy(y)}-07-01`, to: `${yyyy(y + 1)}-06-30` };
    }
    case "last12Months":
      return { from: addDays(addMonths(today, -12), 1), to: today };
    default: {
      const unknown: never = kind;
      throw new RangeError(`Unknown period preset "${String(unknown)}".`);
    }
  }
}

function yyyy(year: number): string {
  return String(year).padStart(4, "0");
}

/**
 * The period of the same length just before `period`, for "compared with last year" columns.
 * A period of whole months (a calendar or report year, a quarter, a month, the last
 * 12 months) moves back by that many months, so the year before 2025 is all of 2024 even
 * though 2024 has 366 days; any other period moves back by its number of days.
 */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to) + 1;
  if (length < 1) {
    throw new RangeError(`Period ${period.from}..${period.to} ends before it starts.`);
  }
  const to = addDays(period.from, -1);
  const months = wholeMonths(period);
  if (months !== null) return { from: addMonths(period.from, -months), to };
  return { from: addDays(to, -(length - 1)), to };
}

function wholeMonths({ from, to }: Period): number | null {
  const start = parseIsoDate(from);
  const afterEnd = parseIsoDate(addDays(to, 1));
  if (start.getUTCDate() !== afterEnd.getUTCDate()) return null;
  const months =
    (afterEnd.getUTCFullYear() - start.getUTCFullYear()) * 12 +
    (afterEnd.getUTCMonth() - start.getUTCMonth());
  return months >= 1 ? months : null;
}
