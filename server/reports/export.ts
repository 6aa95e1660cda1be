import "server-only";
// Training reports as files: CSV (the page's download, the API's and the CLI's text output, byte for byte the same
// everywhere), JSON (API, CLI) and an XLSX workbook for people. All are built from the tables of
// server/reports/columns.ts (the same columns, rows and words as the page), never from their own query.
import ExcelJS from "exceljs";
import { toCsv } from "~/lib/csv";
import type { Period } from "~/lib/dates";
import { REPORT_DIMENSIONS, type ReportDimension, type ReportFilters } from "~/lib/schemas/reports";
import { en } from "~/messages/en";
import { compareReports, type ComparedFigures, type ComparedRow, type Figure } from "~/server/reports/compare";
import { csvTable, groupName, reportTables, reportWords, type ReportTable, type ReportWords } from "~/server/reports/columns";
import type { ShownFigures, ShownReport } from "~/server/reports/training";

/** `training-report_2019-07-01_2020-06-30.csv`: named after the period. */
export function reportFileName(period: Period, extension: "csv" | "xlsx"): string {
  return `training-report_${period.from}_${period.to}.${extension}`;
}

/** The words of the API's and the CLI's text and JSON (programs read them; a person reading them reads English). */
export const API_WORDS: ReportWords = reportWords(en.reports);

/**
 * The report as CSV (RFC 4180, CRLF): the breakdown table when there is one (everyone's rows first), else the table
 * by category (server/reports/columns.ts). The header is the columns' stable keys; with a comparison period every
 * figure has its previous, change and change-percent columns. The page's download, the API and the CLI send it.
 */
export function trainingReportCsv(report: ShownReport, previous: ShownReport | null = null, words: ReportWords = API_WORDS): string {
  const table = csvTable(reportTables(compareReports(report, previous), words));
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows.map((r) => r.cells),
  );
}

type JsonFigures = ShownFigures & { previous?: ShownFigures; change?: ComparedFigures["change"] };

/**
 * The report as the API and the CLI give it as JSON: the TrainingReport (codes as always: gender F/M/X, mode
 * ONLINE…), each breakdown group with the `label` people read (the CSV's and the page's group name), and with a
 * comparison period `compareFrom`/`compareTo` and every figure's `previous` and `change`. Under the small-cell rule
 * `smallCells: { threshold }` says so, and a hidden cell's figures are null with `suppressed: true`.
 */
export function trainingReportJson(report: ShownReport, previous: ShownReport | null = null, words: ReportWords = API_WORDS) {
  const compared = compareReports(report, previous);
  const figures = (row: ComparedFigures): JsonFigures => ({
    ...row.current,
    ...(row.previous && row.change ? { previous: row.previous, change: row.change } : {}),
  });
  const categories = (rows: readonly ComparedRow[]) => rows.map((r) => ({ code: r.code, name: r.name, ...figures(r) }));
  return {
    from: report.from,
    to: report.to,
    ...(report.filters ? { filters: report.filters } : {}),
    ...(compared.comparePeriod ? { compareFrom: compared.comparePeriod.from, compareTo: compared.comparePeriod.to } : {}),
    ...(report.smallCells ? { smallCells: report.smallCells } : {}),
    totals: figures(compared.totals),
    byCategory: categories(compared.byCategory),
    ...(compared.by && compared.breakdown
      ? {
          by: compared.by,
          breakdown: compared.breakdown.map((g) => ({
            code: g.code,
            name: g.name,
            label: groupName(compared.by!, g, words),
            ...figures(g),
            byCategory: categories(g.byCategory ?? []),
          })),
        }
      : {}),
  };
}

/** Every word in the workbook, from the messages of the person downloading it (messages/en/reports.json). */
export interface WorkbookLabels {
  words: ReportWords;
  sheetByCategory: string;
  sheetBreakdown: Record<ReportDimension, string>;
  sheetAbout: string;
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

/** A workbook cell's number format for a figure column (counts, exact days, signed changes, percentages). */
function numFmt(figure: Figure, part: "current" | "previous" | "change" | "changePercent"): string {
  if (part === "changePercent") return PERCENT_FORMAT;
  if (part === "change") return figure === "trainingDays" ? CHANGE_DAYS_FORMAT : CHANGE_COUNT_FORMAT;
  return figure === "trainingDays" ? DAYS_FORMAT : COUNT_FORMAT;
}

/**
 * The report's tables as a workbook: "By category", the breakdown when the report has one (the CSV's rows: everyone,
 * then each group's categories and total), and "About" (period, filters, what counts). Headers are the columns'
 * words; numbers are numbers with formats (thousands separators, up to 3 decimals for days), percentages fractions.
 */
export async function trainingReportWorkbook(
  report: ShownReport,
  previous: ShownReport | null,
  labels: WorkbookLabels,
  generatedAt: Date,
): Promise<Buffer> {
  const compared = compareReports(report, previous);
  const tables = reportTables(compared, labels.words);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pathway";
  workbook.created = generatedAt;

  const addTable = (name: string, table: ReportTable) => {
    const textColumns = table.columns.filter((c) => c.kind !== "figure").length;
    const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1, xSplit: textColumns }] });
    sheet.columns = table.columns.map((c) =>
      c.kind === "figure"
        ? { header: c.header, key: c.key, width: 16, style: { numFmt: numFmt(c.figure, c.part) } }
        : { header: c.header, key: c.key, width: c.kind === "categoryName" || c.kind === "groupName" ? 36 : 12 },
    );
    for (const r of table.rows) {
      const row = sheet.addRow(
        // Excel percentages are fractions (5.3 % is 0.053).
        table.columns.map((c, i) => (c.kind === "figure" && c.part === "changePercent" && typeof r.cells[i] === "number" ? (r.cells[i] as number) / 100 : r.cells[i])),
      );
      if (r.kind === "total") row.font = { bold: true };
    }
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  };

  addTable(labels.sheetByCategory, tables.byCategory);
  if (compared.by && tables.breakdown) addTable(labels.sheetBreakdown[compared.by], tables.breakdown);

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
