import "server-only";
// The small-cell rule applied to a training report (issue 14, "privacy by default"): in a breakdown by gender, grade or
// duty station — or any report filtered on one of them — a cell of fewer than `threshold` people is hidden for
// everyone but L&D admins, and so is its partner wherever a total minus the visible cells would give it back.
// Pure: the cells to hide come from lib/privacy/small-cells.ts; the page, CSV, XLSX, API and CLI all print this.
import { suppressCells, tableLines, type Cell } from "~/lib/privacy/small-cells";
import type { ReportDimension } from "~/lib/schemas/reports";
import type { CategoryFigures, ReportFigures, ShownFigures, ShownReport, TrainingReport } from "~/server/reports/training";

/** The dimensions whose small groups identify people. */
export const SENSITIVE_DIMENSIONS: readonly ReportDimension[] = ["gender", "grade", "duty_station"];

const HIDDEN = { participants: null, uniqueLearners: null, trainingDays: null, suppressed: true } as const satisfies ShownFigures;

function isSensitive(report: TrainingReport): { breakdown: boolean; filtered: boolean } {
  const filtered = SENSITIVE_DIMENSIONS.some((d) => report.filters?.[d]?.length);
  return { breakdown: filtered || (report.by !== undefined && SENSITIVE_DIMENSIONS.includes(report.by)), filtered };
}

/**
 * The report as a viewer under the rule sees it (`smallCells` set). Totals of the whole organisation stay exact;
 * a report filtered on gender, grade or duty station is itself one cell of such a breakdown, so its totals are cells
 * too. A breakdown group's hidden category (even one with no participations: "0" next to one "<5" would give it away)
 * is listed with null figures and `suppressed: true`.
 */
export function applySmallCellRule(report: TrainingReport, threshold: number): ShownReport {
  const sensitive = isSensitive(report);
  const shown: ShownReport = { ...report, smallCells: { threshold } };
  if (!sensitive.breakdown) return shown;

  // Row 0: everyone (the categories, then the total); rows 1…: the groups. Columns: the categories, then the total.
  const categories = report.byCategory.map((c) => c.code);
  const groups = report.breakdown ?? [];
  const zero: ReportFigures = { participants: 0, uniqueLearners: 0, trainingDays: 0 };
  const grid: ReportFigures[][] = [
    [...report.byCategory, report.totals],
    ...groups.map((g) => {
      const byCode = new Map(g.byCategory.map((c) => [c.code, c]));
      return [...categories.map((code) => byCode.get(code) ?? zero), g];
    }),
  ];
  const columns = categories.length + 1;
  const cells: Cell[] = grid.flatMap((row, r) =>
    row.map((f) => ({ people: f.uniqueLearners, size: f.participants, fixed: r === 0 && !sensitive.filtered })),
  );
  const hidden = suppressCells(cells, tableLines(grid.length, columns), threshold);
  const isHidden = (r: number, c: number) => hidden[r * columns + c]!;
  const figures = <T extends ReportFigures>(f: T, h: boolean): T | (Omit<T, keyof ReportFigures> & typeof HIDDEN) => (h ? { ...f, ...HIDDEN } : f);

  shown.totals = figures(report.totals, isHidden(0, columns - 1));
  shown.byCategory = report.byCategory.map((c, i) => figures(c, isHidden(0, i)));
  if (report.breakdown) {
    shown.breakdown = report.breakdown.map((g, n) => {
      const r = n + 1;
      const byCode = new Map(g.byCategory.map((c) => [c.code, c]));
      const byCategory: CategoryFigures<ShownFigures>[] = [];
      report.byCategory.forEach((category, i) => {
        const own = byCode.get(category.code);
        if (isHidden(r, i)) byCategory.push({ code: category.code, name: own?.name ?? category.name, ...HIDDEN });
        else if (own) byCategory.push(own);
      });
      return { ...figures(g, isHidden(r, columns - 1)), byCategory };
    });
  }
  return shown;
}
