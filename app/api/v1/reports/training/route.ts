import { trainingReportApi } from "~/server/reports/http";

export const dynamic = "force-dynamic";

/** Training report for programs, authenticated with an API token (see /admin/api-tokens). */
export function GET(request: Request): Promise<Response> {
  return trainingReportApi(request);
}
