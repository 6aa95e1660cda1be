import { getActor } from "~/server/auth/session";
import { VideoProgressReport } from "~/lib/schemas/media";
import { recordVideoProgress } from "~/server/media/progress";
import { errorResponse, isCrossSite } from "~/server/media/http";

export const dynamic = "force-dynamic";

/** Watch reports from the video player, also as navigator.sendBeacon when the page is hidden or closed. */
export async function POST(req: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Please sign in.", code: "UNAUTHORIZED" }, { status: 401 });
  if (isCrossSite(req)) return Response.json({ error: "Cross-site report refused.", code: "FORBIDDEN" }, { status: 403 });
  let body: unknown;
  try {
    body = JSON.parse(await req.text());
  } catch {
    return Response.json({ error: "The report is not JSON.", code: "INVALID" }, { status: 400 });
  }
  const report = VideoProgressReport.safeParse(body);
  if (!report.success) return Response.json({ error: report.error.issues[0]?.message ?? "Invalid report.", code: "INVALID" }, { status: 400 });
  try {
    return Response.json(await recordVideoProgress(actor, report.data), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "progress");
  }
}
