import { route } from "~/server/http/route";
import { csvDownload } from "~/server/http/download";
import { apiProgrammeReport } from "~/server/parity/requests";

export const dynamic = "force-dynamic";

/** The programme report for programs (`?programme=CODE&format=json|csv`), authenticated with an API token. */
export const GET = route({ name: "programmes-api", auth: "token" }, async ({ query, token }) => {
  const answer = await apiProgrammeReport(query, token);
  if (answer.format === "csv") return csvDownload(answer.csv, answer.fileName, { disposition: "inline" });
  return Response.json(answer.body, { headers: { "Cache-Control": "no-store" } });
});
