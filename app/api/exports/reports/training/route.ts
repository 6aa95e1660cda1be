import { getMessages } from "next-intl/server";
import { getActor } from "~/server/auth/session";
import { trainingReportDownload } from "~/server/reports/http";
import type { Messages } from "~/messages/en";

export const dynamic = "force-dynamic";

/** The Reports page's CSV and XLSX downloads, for signed-in L&D admins and auditors. */
export async function GET(request: Request): Promise<Response> {
  return trainingReportDownload(request, await getActor(), (await getMessages()) as Messages);
}
