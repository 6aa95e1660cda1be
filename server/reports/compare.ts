import "server-only";
// A report next to the one for the comparison period: absolute and percentage change for every figure.
// Pure (no database), shared by the Reports page and the XLSX export so both show the same changes.
import Decimal from "decimal.js";
import { percentChange } from "~/lib/training-days";
import type { BreakdownRow, CategoryFigures, ShownFigures, ShownReport } from "~/server/reports/training";

export const FIGURES = ["participants", "uniqueLearners", "trainingDays"] as const;
export type Figure = (typeof FIGURES)[number];

export interface Change {
  /** current − previous (training days exact to 3 decimals) */
  absolute: number;
  /** percent, one decimal; null when the previous figure is 0 */
  percent: number | null;
}

export interface ComparedFigures {
  current: ShownFigures;
  /** null when there is no comparison period */
  previous: ShownFigures | null;
  /** null without a comparison period, or when either period's figures are hidden (small-cell rule) */
  change: Record<Figure, Change> | null;
}

export interface ComparedRow extends ComparedFigures {
  code: string | null;
  name: string | null;
  /** A breakdown group's categories (those with counted participations in either period), compared the same way. */
  byCategory?: ComparedRow[];
}

export interface ComparedReport {
  period: { from: string; to: string };
  comparePeriod: { from: string; to: string } | null;
  totals: ComparedFigures;
  byCategory: ComparedRow[];
  by?: ShownReport["by"];
  breakdown?: ComparedRow[];
  /** The small-cell rule's threshold when it was applied ("<5"), else absent. */
  smallCells?: { threshold: number };
}

const ZERO: ShownFigures = { participants: 0, uniqueLearners: 0, trainingDays: 0 };

function figuresOf(f: ShownFigures): ShownFigures {
  const figures = { participants: f.participants, uniqueLearners: f.uniqueLearners, trainingDays: f.trainingDays };
  return f.suppressed ? { ...figures, suppressed: true } : figures;
}

export function compareFigures(current: ShownFigures, previous: ShownFigures | null): ComparedFigures {
  const cur = figuresOf(current);
  if (!previous) return { current: cur, previous: null, change: null };
  const prev = figuresOf(previous);
  // A change next to a hidden figure would give it away.
  if (cur.suppressed || prev.suppressed) return { current: cur, previous: prev, change: null };
  const change = {} as Record<Figure, Change>;
  for (const f of FIGURES) {
    const c = cur[f] ?? 0;
    const p = prev[f] ?? 0;
    // Decimal for days: 0.3 − 0.1 must be 0.2, not 0.19999999999999998.
    const absolute = new Decimal(c).minus(p).toNumber();
    change[f] = { absolute: absolute === 0 ? 0 : absolute, percent: percentChange(p, c) };
  }
  return { current: cur, previous: prev, change };
}

/** Rows of both reports matched by code, in the current report's order, then rows only the previous one has. */
function matchRows<T extends CategoryFigures<ShownFigures> | BreakdownRow<ShownFigures>>(current: T[], previous: T[] | null): ComparedRow[] {
  const prevByCode = new Map((previous ?? []).map((r) => [r.code, r]));
  const categoriesOf = (cur: T | null, prev: T | null): Pick<ComparedRow, "byCategory"> => {
    const c = cur && "byCategory" in cur ? cur.byCategory : null;
    const p = prev && "byCategory" in prev ? prev.byCategory : null;
    if (!c && !p) return {};
    return { byCategory: matchRows(c ?? [], previous ? (p ?? []) : null) };
  };
  const rows: ComparedRow[] = current.map((r) => ({
    code: r.code,
    name: r.name,
    ...compareFigures(r, previous ? (prevByCode.get(r.code) ?? ZERO) : null),
    ...categoriesOf(r, prevByCode.get(r.code) ?? null),
  }));
  if (previous) {
    const seen = new Set(current.map((r) => r.code));
    for (const r of previous) {
      if (!seen.has(r.code)) rows.push({ code: r.code, name: r.name, ...compareFigures(ZERO, r), ...categoriesOf(null, r) });
    }
    rows.sort((a, b) => (a.code === b.code ? 0 : a.code === null ? 1 : b.code === null ? -1 : a.code < b.code ? -1 : 1));
  }
  return rows;
}

export function compareReports(current: ShownReport, previous: ShownReport | null): ComparedReport {
  const compared: ComparedReport = {
    period: { from: current.from, to: current.to },
    comparePeriod: previous ? { from: previous.from, to: previous.to } : null,
    totals: compareFigures(current.totals, previous?.totals ?? null),
    byCategory: matchRows(current.byCategory, previous?.byCategory ?? null),
  };
  if (current.by && current.breakdown) {
    compared.by = current.by;
    compared.breakdown = matchRows(current.breakdown, previous?.breakdown ?? null);
  }
  if (current.smallCells) compared.smallCells = current.smallCells;
  return compared;
}
