import { route } from "~/server/http/route";
import { AppError } from "~/server/errors";
import { VideoProgressReport } from "~/lib/schemas/media";
import { recordVideoProgress } from "~/server/media/progress";

export const dynamic = "force-dynamic";

/** Watch reports from the video player, also as navigator.sendBeacon when the page is hidden or closed. */
export const POST = route({ name: "media-progress", sameOrigin: true }, async ({ req, actor }) => {
  let body: unknown;
  try {
    // A beacon is sent as text/plain: the body is read as text whatever its Content-Type.
    body = JSON.parse(await req.text());
  } catch {
    throw new AppError("INVALID", "media.reportNotJson");
  }
  return Response.json(await recordVideoProgress(actor, VideoProgressReport.parse(body)), { headers: { "Cache-Control": "no-store" } });
});
