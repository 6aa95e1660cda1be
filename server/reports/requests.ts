import "server-only";
// Training reports asked for by URL: the token-authenticated API (`GET /api/v1/reports/training`) and the Reports
// page's downloads (`GET /api/exports/reports/training`). Both answer from trainingReport(); the route handlers
// turn what these return into responses.
import { AppError } from "~/server/errors";
import { parseExportParams, ReportFormatSchema, firstIssue } from "~/lib/schemas/reports";
import type { Messages } from "~/messages/en";
import { trainingReport, type ShownReport } from "~/server/reports/training";
import { applySmallCellRule } from "~/server/privacy/report-cells";
import { smallCellThresholdFor, smallCellThresholdForStaff } from "~/server/privacy/settings";
import type { Role } from "~/server/auth/roles";
import { reportFileName, trainingReportCsv, trainingReportJson, trainingReportWorkbook } from "~/server/reports/export";
import { reportWords } from "~/server/reports/columns";
import { workbookLabels } from "~/server/reports/labels";

/** A bad query in the shared schema's words (lib/schemas/reports.ts), as the API has always answered it. */
function invalidQuery(reason: string): AppError {
  return new AppError("INVALID", "reports.invalidQuery", { reason });
}

/**
 * The period's report and, when compareFrom/compareTo are given, the comparison period's (same filters and breakdown),
 * categories named in `locale` (English without it: the API's names), small cells hidden below `threshold` (null: none).
 */
async function reportsFor(params: URLSearchParams, threshold: number | null, locale?: string): Promise<{ report: ShownReport; previous: ShownReport | null }> {
  const parsed = parseExportParams(params);
  if (!parsed.ok) throw invalidQuery(parsed.message);
  const [report, previous] = await Promise.all([
    trainingReport(parsed.query, { locale }),
    parsed.compare ? trainingReport({ ...parsed.query, ...parsed.compare }, { locale }) : null,
  ]);
  if (threshold === null) return { report, previous };
  return { report: applySmallCellRule(report, threshold), previous: previous && applySmallCellRule(previous, threshold) };
}

/**
 * `?from&to[&compareFrom&compareTo][&format=json|csv][&by][&department…]`: the report as JSON data, or its CSV, as the
 * token's owner may see it (an auditor's token: small cells hidden).
 */
export async function apiTrainingReport(
  params: URLSearchParams,
  token: { ownerId: string },
): Promise<{ format: "json"; report: ReturnType<typeof trainingReportJson> } | { format: "csv"; csv: string; fileName: string }> {
  const format = ReportFormatSchema.safeParse(params.get("format") ?? "json");
  if (!format.success) throw invalidQuery(firstIssue(format.error));
  const { report, previous } = await reportsFor(params, await smallCellThresholdForStaff(token.ownerId));
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
export async function trainingReportFile(
  params: URLSearchParams,
  reader: { messages: Messages; locale: string; roles: readonly Role[] },
  asOf: Date = new Date(),
): Promise<TrainingReportFile> {
  const { messages, locale } = reader;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") throw new AppError("INVALID", "reports.unknownDownloadFormat", { format });
  const { report, previous } = await reportsFor(params, await smallCellThresholdFor(reader), locale);
  if (format === "csv") return { format, csv: trainingReportCsv(report, previous, reportWords(messages.reports)), fileName: reportFileName(report, "csv") };
  const workbook = await trainingReportWorkbook(report, previous, workbookLabels(messages.reports), asOf);
  return { format, bytes: new Uint8Array(workbook), fileName: reportFileName(report, "xlsx") };
}
