import "server-only";
// Training reports as files: CSV (the API's and the CLI's text output, byte for byte the same everywhere) and an
// XLSX workbook for people (the page's table with the comparison period). Both are built from a TrainingReport,
// never from their own query.
import ExcelJS from "exceljs";
import { toCsv } from "~/lib/csv";
import type { Period } from "~/lib/dates";
import { REPORT_DIMENSIONS, type ReportDimension, type ReportFilters } from "~/lib/schemas/reports";
import { compareReports, FIGURES, type ComparedFigures, type ComparedRow, type Figure } from "~/server/reports/compare";
import type { ReportFigures, TrainingReport } from "~/server/reports/training";

/** `training-report_2019-07-01_2020-06-30.csv`: named after the period. */
export function reportFileName(period: Period, extension: "csv" | "xlsx"): string {
  return `training-report_${period.from}_${period.to}.${extension}`;
}

const ALL = "All";
const NOT_RECORDED = "Not recorded";
const ALL_CATEGORIES = "All categories";

/**
 * The report as CSV (RFC 4180, CRLF). Without a breakdown: one row per category, then the total row
 * (empty code, "All categories"). With `by`: columns `<by>_code,<by>_name` come first; the rows are the
 * report for everyone ("All": by category, then the total), then for each group its categories with counted
 * participations and its total; people without a value are the group "Not recorded" (empty code).
 */
export function trainingReportCsv(report: TrainingReport): string {
  const figures = (f: ReportFigures) => [f.participants, f.uniqueLearners, f.trainingDays];
  const header = ["category_code", "category_name", "participants", "unique_learners", "training_days"];
  if (!report.by || !report.breakdown) {
    const rows = report.byCategory.map((c) => [c.code, c.name, ...figures(c)]);
    rows.push(["", ALL_CATEGORIES, ...figures(report.totals)]);
    return toCsv(header, rows);
  }
  const rows: (string | number)[][] = [];
  for (const c of report.byCategory) rows.push(["", ALL, c.code, c.name, ...figures(c)]);
  rows.push(["", ALL, "", ALL_CATEGORIES, ...figures(report.totals)]);
  for (const g of report.breakdown) {
    const group = [g.code ?? "", g.name ?? NOT_RECORDED];
    for (const c of g.byCategory) rows.push([...group, c.code, c.name, ...figures(c)]);
    rows.push([...group, "", ALL_CATEGORIES, ...figures(g)]);
  }
  return toCsv([`${report.by}_code`, `${report.by}_name`, ...header], rows);
}

type FigureLabels = { current: string; previous: string; change: string; changePercent: string };

/** Every word in the workbook, from the messages of the person downloading it (messages/en/reports.json "workbook"). */
export interface WorkbookLabels {
  sheetByCategory: string;
  sheetBreakdown: Record<ReportDimension, string>;
  sheetAbout: string;
  code: string;
  category: string;
  group: string;
  total: string;
  notRecorded: string;
  figures: Record<Figure, FigureLabels>;
  about: {
    report: string;
    title: string;
    period: string;
    comparePeriod: string;
    noComparison: string;
    breakdown: string;
    none: string;
    filters: string;
    whatCounts: string;
    whatCountsText: string;
    generated: string;
  };
  dimensions: Record<ReportDimension, string>;
  /** Names of the values that have no name of their own in the database. */
  genders: Record<string, string>;
  modes: Record<string, string>;
}

const COUNT_FORMAT = "#,##0";
const DAYS_FORMAT = "#,##0.0##";
const CHANGE_COUNT_FORMAT = "+#,##0;-#,##0;0";
const CHANGE_DAYS_FORMAT = "+#,##0.0##;-#,##0.0##;0";
const PERCENT_FORMAT = "+0.0%;-0.0%;0.0%";

function periodText(p: Period): string {
  return `${p.from} – ${p.to}`;
}

function filtersText(filters: ReportFilters | undefined, labels: WorkbookLabels): string {
  const parts = REPORT_DIMENSIONS.filter((d) => filters?.[d]?.length).map((d) => `${labels.dimensions[d]}: ${filters![d]!.join(", ")}`);
  return parts.length ? parts.join("; ") : labels.about.none;
}

/**
 * The page's table as a workbook: "By category" (with the comparison period's figures and the changes when
 * `previous` is given), the breakdown when the report has one, and "About" (period, filters, what counts).
 * Numbers are numbers with formats (thousands separators, up to 3 decimals for days, percentages), not text.
 */
export async function trainingReportWorkbook(
  report: TrainingReport,
  previous: TrainingReport | null,
  labels: WorkbookLabels,
  generatedAt: Date,
): Promise<Buffer> {
  const compared = compareReports(report, previous);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pathway";
  workbook.created = generatedAt;

  const columnsFor = (withCompare: boolean) =>
    FIGURES.flatMap((f) => {
      const l = labels.figures[f];
      const numFmt = f === "trainingDays" ? DAYS_FORMAT : COUNT_FORMAT;
      const cols = [{ header: l.current, key: `${f}`, width: 16, style: { numFmt } }];
      if (withCompare) {
        cols.push(
          { header: l.previous, key: `${f}Previous`, width: 18, style: { numFmt } },
          { header: l.change, key: `${f}Change`, width: 16, style: { numFmt: f === "trainingDays" ? CHANGE_DAYS_FORMAT : CHANGE_COUNT_FORMAT } },
          { header: l.changePercent, key: `${f}Percent`, width: 16, style: { numFmt: PERCENT_FORMAT } },
        );
      }
      return cols;
    });

  const values = (row: ComparedFigures) => {
    const v: Record<string, number | null> = {};
    for (const f of FIGURES) {
      v[f] = row.current[f];
      if (row.previous && row.change) {
        v[`${f}Previous`] = row.previous[f];
        v[`${f}Change`] = row.change[f].absolute;
        // Excel percentages are fractions; a change from zero has none (empty cell).
        v[`${f}Percent`] = row.change[f].percent === null ? null : row.change[f].percent! / 100;
      }
    }
    return v;
  };

  const nameOf = (r: ComparedRow) => {
    if (r.code === null) return labels.notRecorded;
    if (!isBreakdownRow.has(r)) return r.name ?? "";
    if (compared.by === "gender") return labels.genders[r.code] ?? r.code;
    if (compared.by === "mode") return labels.modes[r.code] ?? r.code;
    return r.name ?? r.code;
  };
  const isBreakdownRow = new Set<ComparedRow>(compared.breakdown ?? []);

  const addTable = (name: string, firstColumns: { header: string; key: string; width: number }[], rows: ComparedRow[], total: ComparedFigures | null) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: firstColumns.length }] });
    sheet.columns = [...firstColumns, ...columnsFor(compared.comparePeriod !== null)];
    for (const r of rows) sheet.addRow({ code: r.code ?? "", name: nameOf(r), ...values(r) });
    if (total) {
      const row = sheet.addRow({ code: "", name: labels.total, ...values(total) });
      row.font = { bold: true };
    }
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
    return sheet;
  };

  addTable(
    labels.sheetByCategory,
    [
      { header: labels.code, key: "code", width: 12 },
      { header: labels.category, key: "name", width: 42 },
    ],
    compared.byCategory,
    compared.totals,
  );
  if (compared.by && compared.breakdown) {
    addTable(
      labels.sheetBreakdown[compared.by].slice(0, 31),
      [
        { header: labels.code, key: "code", width: 12 },
        { header: labels.dimensions[compared.by], key: "name", width: 42 },
      ],
      compared.breakdown,
      null,
    );
  }

  const about = workbook.addWorksheet(labels.sheetAbout);
  about.columns = [
    { key: "label", width: 24 },
    { key: "value", width: 80 },
  ];
  const a = labels.about;
  about.addRows([
    { label: a.report, value: a.title },
    { label: a.period, value: periodText(compared.period) },
    { label: a.comparePeriod, value: compared.comparePeriod ? periodText(compared.comparePeriod) : a.noComparison },
    { label: a.breakdown, value: compared.by ? labels.dimensions[compared.by] : a.none },
    { label: a.filters, value: filtersText(report.filters, labels) },
    { label: a.whatCounts, value: a.whatCountsText },
    { label: a.generated, value: generatedAt },
  ]);
  about.getColumn("label").font = { bold: true };
  about.getCell("B7").numFmt = "yyyy-mm-dd hh:mm";
  about.getColumn("value").alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
