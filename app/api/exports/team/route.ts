import { route } from "~/server/http/route";
import { csvDownload } from "~/server/http/download";
import { teamCsvFile } from "~/server/team/export";

export const dynamic = "force-dynamic";

/** The manager's team view on /team as CSV (same filters: ?scope=&requirement=&state=), only their own reports. */
export const GET = route({ name: "team-export", roles: ["MANAGER"] }, async ({ actor, query, messages }) => {
  const { csv, fileName } = await teamCsvFile(actor.id, query, messages);
  return csvDownload(csv, fileName, { excel: true });
});
