import { route } from "~/server/http/route";
import { csvDownload } from "~/server/http/download";
import { apiParityReport } from "~/server/parity/requests";

export const dynamic = "force-dynamic";

/** Women by grade for programs (`?asOf&compare&targetDate&format=json|csv`), authenticated with an API token. */
export const GET = route({ name: "parity-api", auth: "token" }, async ({ query, token }) => {
  const answer = await apiParityReport(query, token);
  if (answer.format === "csv") return csvDownload(answer.csv, answer.fileName, { disposition: "inline" });
  return Response.json(answer.body, { headers: { "Cache-Control": "no-store" } });
});
