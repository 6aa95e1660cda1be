import "server-only";
// Training reports asked for by URL: the token-authenticated API (`GET /api/v1/reports/training`) and the Reports
// page's downloads (`GET /api/exports/reports/training`). Both answer from trainingReport(); the route handlers
// turn what these return into responses.
import { AppError } from "~/server/errors";
import { parseApiReportParams, parseExportParams } from "~/lib/schemas/reports";
import type { Messages } from "~/messages/en";
import { trainingReport, type TrainingReport } from "~/server/reports/training";
import { reportFileName, trainingReportCsv, trainingReportWorkbook } from "~/server/reports/export";
import { workbookLabels } from "~/server/reports/labels";

/** A bad query in the shared schema's words (lib/schemas/reports.ts), as the API has always answered it. */
function invalidQuery(reason: string): AppError {
  return new AppError("INVALID", "reports.invalidQuery", { reason });
}

/** `?from&to[&format=json|csv][&by][&department…]`: the report as JSON data, or its CSV. */
export async function apiTrainingReport(
  params: URLSearchParams,
): Promise<{ format: "json"; report: TrainingReport } | { format: "csv"; csv: string; fileName: string }> {
  const parsed = parseApiReportParams(params);
  if (!parsed.ok) throw invalidQuery(parsed.message);
  const report = await trainingReport(parsed.query);
  if (parsed.format === "csv") return { format: "csv", csv: trainingReportCsv(report), fileName: reportFileName(report, "csv") };
  return { format: "json", report };
}

export type TrainingReportFile =
  | { format: "csv"; csv: string; fileName: string }
  | { format: "xlsx"; bytes: Uint8Array; fileName: string };

/**
 * The Reports page's downloads: `format=csv` (the period, as the API gives it) or `format=xlsx` (with the
 * comparison period when compareFrom/compareTo are given), in the downloader's language.
 */
export async function trainingReportFile(params: URLSearchParams, messages: Messages, asOf: Date = new Date()): Promise<TrainingReportFile> {
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") throw new AppError("INVALID", "reports.unknownDownloadFormat", { format });
  const parsed = parseExportParams(params);
  if (!parsed.ok) throw invalidQuery(parsed.message);
  const report = await trainingReport(parsed.query);
  if (format === "csv") return { format, csv: trainingReportCsv(report), fileName: reportFileName(report, "csv") };
  const previous = parsed.compare ? await trainingReport({ ...parsed.query, ...parsed.compare }) : null;
  const workbook = await trainingReportWorkbook(report, previous, workbookLabels(messages.reports), asOf);
  return { format, bytes: new Uint8Array(workbook), fileName: reportFileName(report, "xlsx") };
}
