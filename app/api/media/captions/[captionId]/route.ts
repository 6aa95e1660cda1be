import { route } from "~/server/http/route";
import { storedFileResponse } from "~/server/http/download";
import { captionForViewer } from "~/server/media/assets";
import { storedFileReply } from "~/server/media/local-storage";

export const dynamic = "force-dynamic";

/** A WebVTT caption file: for viewers of its video (the <track> of the local player), or for Mux with a signed URL. */
export const GET = route({ name: "media-caption", auth: "optional", params: ["captionId"] }, async ({ req, actor, params, query }) => {
  const caption = await captionForViewer(actor, params.captionId, { expires: query.get("expires"), sig: query.get("sig") });
  return storedFileResponse(await storedFileReply(caption.storagePath, "text/vtt; charset=utf-8", req, "private, max-age=0, must-revalidate"));
});
