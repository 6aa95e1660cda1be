import Decimal from "decimal.js";

/**
 * Training days are exact decimals with at most three places: one hour is 0.125 day
 * (8 hours = 1 day). Floating point would turn 12,385 one-hour courses into
 * 1548.1250000000002 days in a donor report, so every calculation goes through decimal.js
 * and values travel as strings ("1548.125") between the database, the API and the UI.
 */

// A private constructor so that changing rounding here never affects other users of decimal.js.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type D = InstanceType<typeof D>;

export const HOURS_PER_DAY = 8;
export const MAX_TRAINING_DAYS = 365;
export const TRAINING_DAYS_DECIMAL_PLACES = 3;

/** Prisma.Decimal and decimal.js instances: any copy of the library, so no instanceof. */
export interface DecimalLike {
  toFixed(): string;
}

export type TrainingDaysValue = string | number | DecimalLike;

function toDecimal(value: TrainingDaysValue, what: string): D {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`${what} must be a finite number, got ${String(value)}.`);
  }
  const raw = typeof value === "object" && value !== null ? value.toFixed() : value;
  if (typeof raw === "string" && raw.trim() === "") {
    throw new RangeError(`${what} must be a number, got an empty string.`);
  }
  let d: D;
  try {
    d = new D(typeof raw === "string" ? raw.trim() : raw);
  } catch {
    throw new RangeError(`${what} must be a number, got "${String(raw)}".`);
  }
  if (!d.isFinite()) throw new RangeError(`${what} must be a finite number, got "${String(raw)}".`);
  return d;
}

// toFixed() without arguments never switches to exponent notation and keeps no trailing
// zeros; zero is special-cased so that "-0" never reaches a report.
function canonical(d: D): string {
  return d.isZero() ? "0" : d.toFixed();
}

/** 6 hours → "0.75"; 1 hour → "0.125"; 0.1 hour → "0.013" (half-up to 3 places). */
export function hoursToDays(hours: number | string): string {
  const d = toDecimal(hours, "Hours").div(HOURS_PER_DAY);
  return canonical(d.toDecimalPlaces(TRAINING_DAYS_DECIMAL_PLACES, D.ROUND_HALF_UP));
}

/** Exact sum; an empty list sums to "0". */
export function sumDays(values: readonly TrainingDaysValue[]): string {
  let total = new D(0);
  for (const value of values) total = total.plus(toDecimal(value, "Training days"));
  return canonical(total);
}

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Why typed training days were refused: a closed word and its values, for a message in the reader's language. */
export type TrainingDaysProblem = "required" | "comma" | "notNumber" | "negative" | "places" | "max";

/** A RangeError whose English message is fit to show, with the problem as data for other languages. */
export class TrainingDaysError extends RangeError {
  constructor(
    readonly problem: TrainingDaysProblem,
    readonly params: { text: string; places?: number; max?: number },
    message: string,
  ) {
    super(message);
    this.name = "TrainingDaysError";
  }
}

/**
 * Validates what a person typed as training days (forms, CSV imports) and returns the
 * canonical string ("1.50" → "1.5"). Throws TrainingDaysError with a message fit to show them.
 */
export function parseTrainingDays(input: string): string {
  const text = input.trim();
  if (text === "") throw new TrainingDaysError("required", { text }, "Training days are required.");
  if (/^\d+,\d+$/.test(text)) {
    throw new TrainingDaysError("comma", { text }, `Training days "${text}": use a dot as the decimal separator, e.g. 1.5.`);
  }
  if (!PLAIN_DECIMAL.test(text)) {
    throw new TrainingDaysError("notNumber", { text }, `Training days "${text}" is not a number; write e.g. 1, 0.5 or 0.125.`);
  }
  const d = new D(text);
  if (d.isNegative() && !d.isZero()) {
    throw new TrainingDaysError("negative", { text }, `Training days cannot be negative (got ${text}).`);
  }
  if (d.decimalPlaces() > TRAINING_DAYS_DECIMAL_PLACES) {
    throw new TrainingDaysError(
      "places",
      { text, places: TRAINING_DAYS_DECIMAL_PLACES },
      `Training days can have at most ${TRAINING_DAYS_DECIMAL_PLACES} decimal places (0.125 is one hour); got ${text}.`,
    );
  }
  if (d.greaterThan(MAX_TRAINING_DAYS)) {
    throw new TrainingDaysError("max", { text, max: MAX_TRAINING_DAYS }, `Training days cannot exceed ${MAX_TRAINING_DAYS} (got ${text}).`);
  }
  return canonical(d);
}

/**
 * For JSON APIs that promise a number. Safe because values have at most 3 decimals and are
 * far below 2^53, so the nearest double prints back as the same digits.
 */
export function daysToJsonNumber(s: string): number {
  const text = s.trim();
  if (!PLAIN_DECIMAL.test(text)) throw new RangeError(`"${s}" is not a decimal number of days.`);
  const n = Number(text);
  return n === 0 ? 0 : n;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "1548.125" → "1,548.125" (en), "1 548,125" (fr); whole days show no decimals. */
export function formatDays(value: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 3 });
    formatters.set(locale, formatter);
  }
  // Intl formats a numeric string exactly, without a detour through a double.
  return formatter.format(canonical(toDecimal(value, "Training days")) as Intl.StringNumericLiteral);
}

/**
 * Change from prev to cur in percent, one decimal (half away from zero): 8 → 10 is 25.
 * null when prev is 0, where a percentage means nothing; show "new" or "–" instead.
 */
export function percentChange(prev: string | number, cur: string | number): number | null {
  const p = toDecimal(prev, "Previous value");
  const c = toDecimal(cur, "Current value");
  if (p.isZero()) return null;
  const pct = c.minus(p).div(p.abs()).times(100).toDecimalPlaces(1, D.ROUND_HALF_UP).toNumber();
  return pct === 0 ? 0 : pct;
}
