import "server-only";
// The HTTP side of training reports: the token-authenticated API (`GET /api/v1/reports/training`) and the
// signed-in downloads of the Reports page (`GET /api/exports/reports/training`). Both answer from trainingReport().
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { hasRole, type Actor } from "~/server/auth/roles";
import { authenticateApiToken } from "~/server/api-tokens/tokens";
import { parseApiReportParams, parseExportParams, type ParsedTrainingReportQuery } from "~/lib/schemas/reports";
import { trainingReport, type TrainingReport } from "~/server/reports/training";
import { reportFileName, trainingReportCsv, trainingReportWorkbook } from "~/server/reports/export";
import { workbookLabels } from "~/server/reports/labels";
import type { Messages } from "~/messages/en";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** trainingReport() with a bad filter code turned into a 400 instead of a 500. */
async function runReport(query: ParsedTrainingReportQuery): Promise<TrainingReport | Response> {
  try {
    return await trainingReport(db, query);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return problem(400, error.userMessage);
    throw error;
  }
}

function csvResponse(report: TrainingReport, disposition: "inline" | "attachment"): Response {
  return new Response(trainingReportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `${disposition}; filename="${reportFileName(report, "csv")}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** `GET /api/v1/reports/training?from&to[&format=json|csv][&by][&department…]` with `Authorization: Bearer pw_…`. */
export async function trainingReportApi(request: Request): Promise<Response> {
  const auth = await authenticateApiToken(request.headers.get("authorization"));
  if (!auth.ok) {
    return problem(auth.status, auth.message, auth.status === 401 ? { "WWW-Authenticate": 'Bearer realm="Pathway reports"' } : {});
  }
  const parsed = parseApiReportParams(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(400, parsed.message);
  const report = await runReport(parsed.query);
  if (report instanceof Response) return report;
  if (parsed.format === "csv") return csvResponse(report, "inline");
  return Response.json(report, { headers: { "Cache-Control": "no-store" } });
}

/**
 * The Reports page's downloads for a signed-in L&D admin or auditor: `format=csv` (the period, as the API gives it)
 * or `format=xlsx` (with the comparison period when compareFrom/compareTo are given).
 */
export async function trainingReportDownload(
  request: Request,
  actor: Actor | null,
  messages: Messages,
  asOf: Date = new Date(),
): Promise<Response> {
  if (!actor) return problem(401, "Please sign in.");
  if (!hasRole(actor, "LD_ADMIN", "AUDITOR")) return problem(403, "You do not have access to reports.");
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") return problem(400, `Unknown format "${format}"; use csv or xlsx.`);
  const parsed = parseExportParams(params);
  if (!parsed.ok) return problem(400, parsed.message);
  const report = await runReport(parsed.query);
  if (report instanceof Response) return report;
  if (format === "csv") return csvResponse(report, "attachment");

  const previous = parsed.compare ? await runReport({ ...parsed.query, ...parsed.compare }) : null;
  if (previous instanceof Response) return previous;
  const workbook = await trainingReportWorkbook(report, previous, workbookLabels(messages.reports), asOf);
  return new Response(new Uint8Array(workbook), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${reportFileName(report, "xlsx")}"`,
      "Cache-Control": "no-store",
    },
  });
}
