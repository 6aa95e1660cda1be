import { route } from "~/server/http/route";
import { storedFileResponse } from "~/server/http/download";
import { videoFileForViewer } from "~/server/media/assets";
import { storedFileReply } from "~/server/media/local-storage";

export const dynamic = "force-dynamic";

/** Streams a local video with Range support, to people allowed to see a lesson that shows it. */
const serve = route({ name: "media-video", params: ["assetId"] }, async ({ req, actor, params }) => {
  const file = await videoFileForViewer(actor, params.assetId);
  // private: a shared cache must never hand one person's authorised video to another.
  return storedFileResponse(await storedFileReply(file.storagePath, file.mimeType, req, "private, max-age=0, must-revalidate"));
});

export { serve as GET, serve as HEAD };
