import "server-only";
// The parity and programme reports as files: CSV (the page's download, the API's and the CLI's text, byte for byte the
// same), JSON (API, CLI: the CSV's cells keyed by its header) and an XLSX workbook, all from the one table definition.
import ExcelJS from "exceljs";
import { toCsv } from "~/lib/csv";
import { en } from "~/messages/en";
import { parityTable, parityWords, tableRecords, type ParityWords } from "~/server/parity/columns";
import type { ParityReport } from "~/server/parity/report";
import { programmeReportTable, programmeReportWords, type ProgrammeReport, type ProgrammeReportWords } from "~/server/programmes/report";

/** The words of the API's and the CLI's output (programs read them; people reading them read English). */
export const API_PARITY_WORDS: ParityWords = parityWords(en.parity);
export const API_PROGRAMME_WORDS: ProgrammeReportWords = programmeReportWords(en.programmeReport);

type AnyTable = { columns: { key: string; kind: string; header: string }[]; rows: { cells: (string | number | null)[] }[] };

function csvOf(table: AnyTable): string {
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows.map((r) => r.cells),
  );
}

export function parityFileName(report: Pick<ParityReport, "asOf" | "compare">, extension: "csv" | "xlsx"): string {
  return `women-by-grade_${report.asOf}${report.compare ? `_vs_${report.compare}` : ""}.${extension}`;
}

export function programmeFileName(report: Pick<ProgrammeReport, "programme">, extension: "csv" | "xlsx"): string {
  return `programme-report${report.programme ? `_${report.programme}` : ""}.${extension}`;
}

/** The parity table as CSV (RFC 4180): header = the columns' keys; hidden figures "<5". */
export function parityCsv(report: ParityReport, words: ParityWords = API_PARITY_WORDS): string {
  return csvOf(parityTable(report, words));
}

/** The parity report as JSON: the dates, the small-cell threshold if any, and the CSV's rows as objects. */
export function parityJson(report: ParityReport, words: ParityWords = API_PARITY_WORDS) {
  return {
    asOf: report.asOf,
    compare: report.compare,
    targetDate: report.targetDate,
    ...(report.smallCells ? { smallCells: report.smallCells } : {}),
    rows: tableRecords(parityTable(report, words)),
  };
}

export function programmeCsv(report: ProgrammeReport, words: ProgrammeReportWords = API_PROGRAMME_WORDS): string {
  return csvOf(programmeReportTable(report, words));
}

export function programmeJson(report: ProgrammeReport, words: ProgrammeReportWords = API_PROGRAMME_WORDS) {
  return {
    programme: report.programme,
    ...(report.smallCells ? { smallCells: report.smallCells } : {}),
    rows: tableRecords(programmeReportTable(report, words)),
  };
}

const FORMATS: Record<string, string> = { count: "#,##0", percent: '0.0" %"', points: '+0.0;-0.0;0.0' };

/**
 * One table as a workbook: the table's sheet (headers in the reader's words, numbers as numbers with formats, the
 * total rows bold) and "About" (label/value lines).
 */
export async function tableWorkbook(
  sheetName: string,
  table: AnyTable & { rows: { cells: (string | number | null)[]; bold?: boolean }[] },
  about: { sheet: string; lines: [string, string | Date][] },
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pathway";
  workbook.created = generatedAt;
  const textColumns = table.columns.filter((c) => c.kind === "text").length;
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1, xSplit: textColumns }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: c.kind === "text" ? 20 : 14, ...(FORMATS[c.kind] ? { style: { numFmt: FORMATS[c.kind] } } : {}) }));
  for (const r of table.rows) {
    const row = sheet.addRow(r.cells);
    if (r.bold) row.font = { bold: true };
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: "middle", wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };

  const aboutSheet = workbook.addWorksheet(about.sheet.slice(0, 31));
  aboutSheet.columns = [
    { key: "label", width: 28 },
    { key: "value", width: 80 },
  ];
  for (const [label, value] of about.lines) {
    const row = aboutSheet.addRow({ label, value });
    if (value instanceof Date) row.getCell(2).numFmt = "yyyy-mm-dd hh:mm";
  }
  aboutSheet.getColumn("label").font = { bold: true };
  aboutSheet.getColumn("value").alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function bolded<T extends { rows: { cells: (string | number | null)[] }[] }>(table: T, bold: (row: T["rows"][number]) => boolean) {
  return { ...table, rows: table.rows.map((r) => ({ ...r, bold: bold(r) })) };
}
