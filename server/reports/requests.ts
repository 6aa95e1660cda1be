import "server-only";
// Training reports asked for by URL: the token-authenticated API (`GET /api/v1/reports/training`) and the Reports
// page's downloads (`GET /api/exports/reports/training`). Both answer from trainingReport(); the route handlers
// turn what these return into responses.
import { AppError } from "~/server/errors";
import { parseExportParams, ReportFormatSchema, firstIssue } from "~/lib/schemas/reports";
import type { Messages } from "~/messages/en";
import { trainingReport, type TrainingReport } from "~/server/reports/training";
import { reportFileName, trainingReportCsv, trainingReportJson, trainingReportWorkbook } from "~/server/reports/export";
import { reportWords } from "~/server/reports/columns";
import { workbookLabels } from "~/server/reports/labels";

/** A bad query in the shared schema's words (lib/schemas/reports.ts), as the API has always answered it. */
function invalidQuery(reason: string): AppError {
  return new AppError("INVALID", "reports.invalidQuery", { reason });
}

/**
 * The period's report and, when compareFrom/compareTo are given, the comparison period's (same filters and breakdown),
 * categories named in `locale` (English without it: the API's names).
 */
async function reportsFor(params: URLSearchParams, locale?: string): Promise<{ report: TrainingReport; previous: TrainingReport | null }> {
  const parsed = parseExportParams(params);
  if (!parsed.ok) throw invalidQuery(parsed.message);
  const [report, previous] = await Promise.all([
    trainingReport(parsed.query, { locale }),
    parsed.compare ? trainingReport({ ...parsed.query, ...parsed.compare }, { locale }) : null,
  ]);
  return { report, previous };
}

/** `?from&to[&compareFrom&compareTo][&format=json|csv][&by][&department…]`: the report as JSON data, or its CSV. */
export async function apiTrainingReport(
  params: URLSearchParams,
): Promise<{ format: "json"; report: ReturnType<typeof trainingReportJson> } | { format: "csv"; csv: string; fileName: string }> {
  const format = ReportFormatSchema.safeParse(params.get("format") ?? "json");
  if (!format.success) throw invalidQuery(firstIssue(format.error));
  const { report, previous } = await reportsFor(params);
  if (format.data === "csv") return { format: "csv", csv: trainingReportCsv(report, previous), fileName: reportFileName(report, "csv") };
  return { format: "json", report: trainingReportJson(report, previous) };
}

export type TrainingReportFile =
  | { format: "csv"; csv: string; fileName: string }
  | { format: "xlsx"; bytes: Uint8Array; fileName: string };

/**
 * The Reports page's downloads, `format=csv` or `format=xlsx`, with the comparison period when compareFrom/compareTo
 * are given (the page's columns), in the downloader's language: its words (`messages`) and category names (`locale`).
 */
export async function trainingReportFile(params: URLSearchParams, reader: { messages: Messages; locale: string }, asOf: Date = new Date()): Promise<TrainingReportFile> {
  const { messages, locale } = reader;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") throw new AppError("INVALID", "reports.unknownDownloadFormat", { format });
  const { report, previous } = await reportsFor(params, locale);
  if (format === "csv") return { format, csv: trainingReportCsv(report, previous, reportWords(messages.reports)), fileName: reportFileName(report, "csv") };
  const workbook = await trainingReportWorkbook(report, previous, workbookLabels(messages.reports), asOf);
  return { format, bytes: new Uint8Array(workbook), fileName: reportFileName(report, "xlsx") };
}
