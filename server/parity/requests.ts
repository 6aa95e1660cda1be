import "server-only";
// The parity and programme reports asked for by URL: the token-authenticated API (/api/v1/reports/parity|programmes)
// and the pages' downloads (/api/exports/parity|programmes). The route handlers turn these answers into responses.
import { AppError } from "~/server/errors";
import type { Messages } from "~/messages/en";
import type { Role } from "~/server/auth/roles";
import { ParityReportQuery, ProgrammeReportQuery } from "~/lib/schemas/parity";
import { ReportFormatSchema, firstIssue } from "~/lib/schemas/reports";
import { smallCellThresholdFor, smallCellThresholdForStaff } from "~/server/privacy/settings";
import { parityReport, type ParityReport } from "~/server/parity/report";
import { parityTable, parityWords } from "~/server/parity/columns";
import { programmeReport, programmeReportTable, programmeReportWords } from "~/server/programmes/report";
import { bolded, parityCsv, parityFileName, parityJson, programmeCsv, programmeFileName, programmeJson, tableWorkbook } from "~/server/parity/export";

function invalidQuery(reason: string): AppError {
  return new AppError("INVALID", "parity.invalidQuery", { reason });
}

function parityQuery(params: URLSearchParams): ParityReportQuery {
  const parsed = ParityReportQuery.safeParse({
    asOf: params.get("asOf") ?? undefined,
    compare: params.get("compare") || undefined,
    targetDate: params.get("targetDate") || undefined,
  });
  if (!parsed.success) throw invalidQuery(`${parsed.error.issues[0]?.path.join(".") ?? ""}: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

function programmeQuery(params: URLSearchParams): ProgrammeReportQuery {
  const parsed = ProgrammeReportQuery.safeParse({ programme: params.get("programme") || undefined });
  if (!parsed.success) throw invalidQuery(firstIssue(parsed.error));
  return parsed.data;
}

function apiFormat(params: URLSearchParams) {
  const format = ReportFormatSchema.safeParse(params.get("format") ?? "json");
  if (!format.success) throw invalidQuery(firstIssue(format.error));
  return format.data;
}

type ApiAnswer<J> = { format: "json"; body: J } | { format: "csv"; csv: string; fileName: string };

/** `?asOf=YYYY-MM-DD[&compare=…][&targetDate=…][&format=json|csv]`, as the token's owner may see it. */
export async function apiParityReport(params: URLSearchParams, token: { ownerId: string }): Promise<ApiAnswer<ReturnType<typeof parityJson>>> {
  const format = apiFormat(params);
  const report = await parityReport(parityQuery(params), await smallCellThresholdForStaff(token.ownerId));
  return format === "csv" ? { format, csv: parityCsv(report), fileName: parityFileName(report, "csv") } : { format, body: parityJson(report) };
}

/** `?[programme=CODE][&format=json|csv]`, as the token's owner may see it. */
export async function apiProgrammeReport(params: URLSearchParams, token: { ownerId: string }): Promise<ApiAnswer<ReturnType<typeof programmeJson>>> {
  const format = apiFormat(params);
  const report = await programmeReport(programmeQuery(params), await smallCellThresholdForStaff(token.ownerId));
  return format === "csv" ? { format, csv: programmeCsv(report), fileName: programmeFileName(report, "csv") } : { format, body: programmeJson(report) };
}

export type ReportFile = { format: "csv"; csv: string; fileName: string } | { format: "xlsx"; bytes: Uint8Array; fileName: string };
type Reader = { messages: Messages; roles: readonly Role[] };

function downloadFormat(params: URLSearchParams): "csv" | "xlsx" {
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") throw new AppError("INVALID", "parity.unknownDownloadFormat", { format });
  return format;
}

function dateLines(report: ParityReport, m: Messages["parity"]): [string, string][] {
  const w = m.workbook;
  return [
    [w.report, m.title],
    [w.asOf, report.asOf],
    [w.compare, report.compare ?? w.none],
    [w.targetDate, report.targetDate ?? w.none],
    [w.whatCounts, w.whatCountsText],
  ];
}

/** The parity page's downloads in the reader's words, with exactly the page's figures. */
export async function parityReportFile(params: URLSearchParams, reader: Reader, asOf: Date = new Date()): Promise<ReportFile> {
  const format = downloadFormat(params);
  const m = reader.messages.parity;
  const report = await parityReport(parityQuery(params), await smallCellThresholdFor(reader));
  const words = parityWords(m);
  if (format === "csv") return { format, csv: parityCsv(report, words), fileName: parityFileName(report, "csv") };
  const table = bolded(parityTable(report, words), (r) => r.level !== "grade");
  const bytes = await tableWorkbook(m.workbook.sheet, table, { sheet: m.workbook.sheetAbout, lines: [...dateLines(report, m), [m.workbook.generated, asOf]] }, asOf);
  return { format, bytes: new Uint8Array(bytes), fileName: parityFileName(report, "xlsx") };
}

/** The programme report page's downloads in the reader's words. */
export async function programmeReportFile(params: URLSearchParams, reader: Reader, asOf: Date = new Date()): Promise<ReportFile> {
  const format = downloadFormat(params);
  const m = reader.messages.programmeReport;
  const report = await programmeReport(programmeQuery(params), await smallCellThresholdFor(reader));
  const words = programmeReportWords(m);
  if (format === "csv") return { format, csv: programmeCsv(report, words), fileName: programmeFileName(report, "csv") };
  const table = bolded(programmeReportTable(report, words), (r) => r.dimension === "all");
  const w = m.workbook;
  const bytes = await tableWorkbook(
    w.sheet,
    table,
    { sheet: w.sheetAbout, lines: [[w.report, m.title], [w.programme, report.programme ?? w.allProgrammes], [w.whatCounts, w.whatCountsText], [w.generated, asOf]] },
    asOf,
  );
  return { format, bytes: new Uint8Array(bytes), fileName: programmeFileName(report, "xlsx") };
}
