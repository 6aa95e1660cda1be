import "server-only";
import { getFormatter } from "next-intl/server";
import { parseIsoDate } from "~/lib/dates";

/** The parity and programme pages' numbers: counts, shares and targets as percentages, changes in signed points, dates. */
export async function parityFormatters() {
  const format = await getFormatter();
  const count = (n: number) => format.number(n);
  const percent = (p: number, maxDecimals = 1) => format.number(p / 100, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: maxDecimals });
  const points = (p: number) => format.number(p, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const day = (iso: string) => format.dateTime(parseIsoDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  return { count, percent, points, day };
}
export type ParityFormatters = Awaited<ReturnType<typeof parityFormatters>>;
