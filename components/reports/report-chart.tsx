import { useId } from "react";
import { getTranslations } from "next-intl/server";
import { reportFormatters } from "~/components/reports/format";
import type { Period } from "~/lib/dates";
import type { ComparedRow, Figure } from "~/server/reports/compare";
import type { ReportFigures } from "~/server/reports/training";

// Geometry of one panel, in SVG user units (the SVG scales to its container's width).
const WIDTH = 560;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 80;
const BAR = 11;
const BAR_GAP = 2;
const ROW_GAP = 10;
const TOP = 8;

/** Nice round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

/** A CJK (or full-width) character takes about two Latin characters' width. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/**
 * Cuts a category name to fit the label column (26 Latin characters of 12 px text in LABEL_WIDTH, a Chinese character
 * counting as two); the full name is its title.
 */
function shorten(text: string, max: number): string {
  let width = 0;
  const chars = [...text];
  for (const [i, ch] of chars.entries()) {
    width += WIDE.test(ch) ? 2 : 1;
    if (width > max) return `${chars.slice(0, Math.max(i - 1, 1)).join("")}…`;
  }
  return text;
}

type Formatters = Awaited<ReturnType<typeof reportFormatters>>;

/**
 * Horizontal grouped bars, one group per category with something counted in either period: the period's bar on
 * top (brand colour), the comparison period's below (grey). Accessible as one image with a title and a description;
 * the exact figures are in the table above it.
 */
function Panel({
  figure,
  title,
  description,
  rows,
  comparing,
  periodLabel,
  compareLabel,
  f,
  barLabel,
}: {
  figure: Figure;
  title: string;
  description: string;
  rows: ChartRow[];
  comparing: boolean;
  periodLabel: string;
  compareLabel: string;
  f: Formatters;
  barLabel: (category: string, period: string, value: string) => string;
}) {
  const id = useId();
  const max = niceMax(Math.max(...rows.flatMap((r) => [r.current[figure], r.previous?.[figure] ?? 0])));
  const groupHeight = (comparing ? 2 * BAR + BAR_GAP : BAR) + ROW_GAP;
  const height = TOP + rows.length * groupHeight + 24;
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (v: number) => (v / max) * plotWidth;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((k) => k * max);
  const axisY = TOP + rows.length * groupHeight;

  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="h-auto w-full" data-figure={figure}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LABEL_WIDTH + x(tick)} x2={LABEL_WIDTH + x(tick)} y1={TOP - 4} y2={axisY} className="stroke-slate-200" strokeWidth={1} />
            <text x={LABEL_WIDTH + x(tick)} y={axisY + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">
              {f.figure(figure, tick)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * groupHeight;
          const name = r.name ?? r.code ?? "";
          return (
            <g key={r.code ?? i}>
              <text x={LABEL_WIDTH - 8} y={y + (comparing ? BAR + 1 : BAR / 2 + 4)} textAnchor="end" className="fill-slate-800 text-[12px]">
                <title>{name}</title>
                {shorten(name, 26)}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={Math.max(x(r.current[figure]), r.current[figure] > 0 ? 1 : 0)} height={BAR} rx={2} className="fill-brand-600">
                <title>{barLabel(name, periodLabel, f.figure(figure, r.current[figure]))}</title>
              </rect>
              <text x={LABEL_WIDTH + x(r.current[figure]) + 4} y={y + BAR - 2} className="fill-slate-700 text-[10px]">
                {f.figure(figure, r.current[figure])}
              </text>
              {comparing && r.previous && (
                <>
                  <rect
                    x={LABEL_WIDTH}
                    y={y + BAR + BAR_GAP}
                    width={Math.max(x(r.previous[figure]), r.previous[figure] > 0 ? 1 : 0)}
                    height={BAR}
                    rx={2}
                    className="fill-slate-400"
                  >
                    <title>{barLabel(name, compareLabel, f.figure(figure, r.previous[figure]))}</title>
                  </rect>
                  <text x={LABEL_WIDTH + x(r.previous[figure]) + 4} y={y + 2 * BAR + BAR_GAP - 2} className="fill-slate-600 text-[10px]">
                    {f.figure(figure, r.previous[figure])}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-center text-sm font-medium text-slate-700">{title}</figcaption>
    </figure>
  );
}

type ChartRow = ComparedRow & { current: ReportFigures; previous: ReportFigures | null };

function exact(r: ComparedRow): r is ChartRow {
  return !r.current.suppressed && !r.previous?.suppressed;
}

export async function ReportChart({ rows, period, comparePeriod }: { rows: ComparedRow[]; period: Period; comparePeriod: Period | null }) {
  const t = await getTranslations("reports.chart");
  const f = await reportFormatters();
  // Figures hidden by the small-cell rule are not drawn (a bar's length would give them away).
  const shown = rows.filter(exact).filter((r) => r.current.participants > 0 || (r.previous?.participants ?? 0) > 0);
  if (!shown.length) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const comparing = comparePeriod !== null;
  const periodLabel = f.period(period);
  const compareLabel = comparePeriod ? f.period(comparePeriod) : "";
  const description = comparing ? t("desc", { current: periodLabel, previous: compareLabel }) : t("descSingle", { current: periodLabel });
  const barLabel = (category: string, p: string, value: string) => t("bar", { category, period: p, value });
  const common = { rows: shown, comparing, periodLabel, compareLabel, f, barLabel, description };
  return (
    <div data-testid="report-chart">
      <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-700">
        <li className="flex items-center gap-2">
          <span aria-hidden className="inline-block size-3 rounded-sm bg-brand-600" />
          {periodLabel}
        </li>
        {comparing && (
          <li className="flex items-center gap-2">
            <span aria-hidden className="inline-block size-3 rounded-sm bg-slate-400" />
            {compareLabel}
          </li>
        )}
      </ul>
      <div className="grid gap-8 xl:grid-cols-2">
        <Panel figure="trainingDays" title={t("daysTitle")} {...common} />
        <Panel figure="participants" title={t("participantsTitle")} {...common} />
      </div>
    </div>
  );
}
