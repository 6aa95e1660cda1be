import { route } from "~/server/http/route";
import { csvDownload } from "~/server/http/download";
import { apiTrainingReport } from "~/server/reports/requests";

export const dynamic = "force-dynamic";

/** Training report for programs, authenticated with an API token (see /admin/api-tokens). */
export const GET = route({ name: "reports-api", auth: "token" }, async ({ query, token }) => {
  const answer = await apiTrainingReport(query, token);
  if (answer.format === "csv") return csvDownload(answer.csv, answer.fileName, { disposition: "inline" });
  return Response.json(answer.report, { headers: { "Cache-Control": "no-store" } });
});
