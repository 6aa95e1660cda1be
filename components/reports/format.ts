import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatDays } from "~/lib/training-days";
import { parseIsoDate, type Period } from "~/lib/dates";
import type { Change, Figure } from "~/server/reports/compare";

/** The Reports page's number and date formatting: counts and percentages through next-intl, training days exactly. */
export async function reportFormatters() {
  const format = await getFormatter();
  const locale = await getLocale();
  const t = await getTranslations("reports");

  const figure = (f: Figure, value: number) => (f === "trainingDays" ? formatDays(String(value), locale) : format.number(value));
  const signed = (f: Figure, value: number) => (value > 0 ? "+" : value < 0 ? "−" : "") + figure(f, Math.abs(value));
  const percent = (p: number) => format.number(p / 100, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const change = (f: Figure, c: Change) => {
    if (c.absolute === 0) return t("table.noChange");
    return t("table.changeValue", { absolute: signed(f, c.absolute), percent: c.percent === null ? t("table.new") : percent(c.percent) });
  };
  const day = (iso: string) => format.dateTime(parseIsoDate(iso), { dateStyle: "medium", timeZone: "UTC" });
  const period = (p: Period) => t("summary.period", { from: day(p.from), to: day(p.to) });
  return { figure, signed, percent, change, day, period };
}
