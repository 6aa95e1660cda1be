import "server-only";
// The training report as tables: the ONE definition of its columns and rows, and of the words people read in them.
// The Reports page's tables, the CSV (page download, API, CLI), the XLSX and the API/CLI JSON all come from
// reportTables(), so they carry the same columns, rows and words; only the presentation differs (a CSV header is the
// column's stable key, a page or workbook header its words; the workbook stores a percentage as a fraction).
import type { Messages } from "~/messages/en";
import type { ReportDimension } from "~/lib/schemas/reports";
import { FIGURES, type ComparedFigures, type ComparedReport, type ComparedRow, type Figure } from "~/server/reports/compare";

/** The four numbers of a figure: this period, the comparison period, the change, the change in percent. */
export const PARTS = ["current", "previous", "change", "changePercent"] as const;
export type Part = (typeof PARTS)[number];

export type ReportColumn =
  | { key: string; kind: "groupCode" | "groupName" | "categoryCode" | "categoryName"; header: string }
  | { key: string; kind: "figure"; figure: Figure; part: Part; header: string };

/**
 * A cell: text, a number (training days exact to 3 decimals, a percent with one decimal), or empty. A figure hidden
 * by the small-cell rule is the text "<5" (the threshold), the same on the page, in the CSV and in the XLSX.
 */
export type ReportCell = string | number | null;

/** "category": one category's row; "total": a group's (or everyone's) all-categories row. */
export interface ReportTableRow {
  kind: "category" | "total";
  cells: ReportCell[];
}

export interface ReportTable {
  columns: ReportColumn[];
  rows: ReportTableRow[];
}

/** The words of the tables, from the "reports" messages of the person reading them (English for the API and CLI). */
export interface ReportWords {
  groupCode: Record<ReportDimension, string>;
  dimensions: Record<ReportDimension, string>;
  categoryCode: string;
  category: string;
  allCategories: string;
  everyone: string;
  notRecorded: string;
  figures: Record<Figure, string>;
  parts: Record<Part, string>;
  genders: Record<string, string>;
  modes: Record<string, string>;
}

export function reportWords(m: Messages["reports"]): ReportWords {
  const w = m.workbook;
  const groupCode = Object.fromEntries(Object.entries(m.dimensions).map(([d, name]) => [d, `${name} (${w.code.toLowerCase()})`])) as Record<ReportDimension, string>;
  return {
    groupCode,
    dimensions: m.dimensions,
    categoryCode: w.code,
    category: w.category,
    allCategories: m.table.total,
    everyone: m.table.allGroups,
    notRecorded: m.notRecorded,
    figures: m.figures,
    parts: { current: m.table.current, previous: w.previousSuffix, change: w.changeSuffix, changePercent: w.changePercentSuffix },
    genders: m.genders,
    modes: m.modes,
  };
}

/** Stable column keys (the CSV header, the JSON's field names): snake_case, as the API has always spoken. */
const FIGURE_KEY: Record<Figure, string> = { participants: "participants", uniqueLearners: "unique_learners", trainingDays: "training_days" };
const PART_SUFFIX: Record<Part, string> = { current: "", previous: "_previous", change: "_change", changePercent: "_change_percent" };

function figureColumns(words: ReportWords, comparing: boolean): ReportColumn[] {
  return FIGURES.flatMap((figure) =>
    (comparing ? PARTS : (["current"] as const)).map((part): ReportColumn => ({
      key: `${FIGURE_KEY[figure]}${PART_SUFFIX[part]}`,
      kind: "figure",
      figure,
      part,
      header: part === "current" ? words.figures[figure] : `${words.figures[figure]}, ${words.parts[part]}`,
    })),
  );
}

/** The text a hidden figure reads as: "<5" for a threshold of 5. */
export function hiddenFigure(threshold: number): string {
  return `<${threshold}`;
}

function figureCells(row: ComparedFigures, comparing: boolean, threshold: number | null): ReportCell[] {
  const shown = (figures: ComparedFigures["current"] | null, f: Figure): ReportCell =>
    figures?.suppressed && threshold !== null ? hiddenFigure(threshold) : (figures?.[f] ?? null);
  return FIGURES.flatMap((f) =>
    comparing
      ? [shown(row.current, f), shown(row.previous, f), row.change?.[f].absolute ?? null, row.change?.[f].percent ?? null]
      : [shown(row.current, f)],
  );
}

/** A breakdown group's name as people read it: the label of a gender or mode code, a department's name, "Not recorded". */
export function groupName(by: ReportDimension, row: Pick<ComparedRow, "code" | "name">, words: ReportWords): string {
  if (row.code === null) return words.notRecorded;
  if (by === "gender") return words.genders[row.code] ?? row.code;
  if (by === "mode") return words.modes[row.code] ?? row.code;
  return row.name ?? row.code;
}

/**
 * The report's tables:
 * - byCategory: category code, category, figures; one row per category, then everyone's total ("All categories").
 * - breakdown (with `by`): group code, group, category code, category, figures; everyone first (its categories and
 *   total, group code empty, group "Everyone"), then each group: its categories with participations, then its total.
 * Figures: the period's, and when comparing also the previous period's, the change and the change in percent
 * (empty when the previous figure was 0).
 */
export function reportTables(compared: ComparedReport, words: ReportWords): { byCategory: ReportTable; breakdown: ReportTable | null } {
  const comparing = compared.comparePeriod !== null;
  const threshold = compared.smallCells?.threshold ?? null;
  const figures = figureColumns(words, comparing);
  const categoryColumns: ReportColumn[] = [
    { key: "category_code", kind: "categoryCode", header: words.categoryCode },
    { key: "category_name", kind: "categoryName", header: words.category },
  ];
  const categoryRows = (rows: readonly ComparedRow[], total: ComparedFigures, prefix: ReportCell[] = []): ReportTableRow[] => [
    ...rows.map((r) => ({ kind: "category" as const, cells: [...prefix, r.code ?? "", r.name ?? "", ...figureCells(r, comparing, threshold)] })),
    { kind: "total" as const, cells: [...prefix, "", words.allCategories, ...figureCells(total, comparing, threshold)] },
  ];

  const byCategory: ReportTable = { columns: [...categoryColumns, ...figures], rows: categoryRows(compared.byCategory, compared.totals) };
  if (!compared.by || !compared.breakdown) return { byCategory, breakdown: null };
  const by = compared.by;
  const rows = categoryRows(compared.byCategory, compared.totals, ["", words.everyone]);
  for (const g of compared.breakdown) rows.push(...categoryRows(g.byCategory ?? [], g, [g.code ?? "", groupName(by, g, words)]));
  return {
    byCategory,
    breakdown: {
      columns: [
        { key: `${by}_code`, kind: "groupCode", header: words.groupCode[by] },
        { key: `${by}_name`, kind: "groupName", header: words.dimensions[by] },
        ...categoryColumns,
        ...figures,
      ],
      rows,
    },
  };
}

/** The table a CSV holds: the breakdown when there is one (it starts with everyone's rows), else by category. */
export function csvTable(tables: ReturnType<typeof reportTables>): ReportTable {
  return tables.breakdown ?? tables.byCategory;
}
