import { getMessages } from "next-intl/server";
import { getActor } from "~/server/auth/session";
import { complianceCsvDownload } from "~/server/compliance/export";
import type { Messages } from "~/messages/en";

export const dynamic = "force-dynamic";

/** The compliance people list as CSV (same filters as /admin/compliance/people), for L&D admins and auditors. */
export async function GET(request: Request): Promise<Response> {
  return complianceCsvDownload(request, await getActor(), (await getMessages()) as Messages);
}
