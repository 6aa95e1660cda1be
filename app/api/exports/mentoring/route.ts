import { getActor } from "~/server/auth/session";
import { mentoringStatsDownload } from "~/server/mentoring/stats";

export const dynamic = "force-dynamic";

/** MentorNet and coaching figures as CSV, for L&D admins and auditors. */
export async function GET(request: Request): Promise<Response> {
  return mentoringStatsDownload(request, await getActor());
}
