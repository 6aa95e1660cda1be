import { getActor } from "~/server/auth/session";
import { videoFileForViewer } from "~/server/media/assets";
import { serveStoredFile } from "~/server/media/local-storage";

export const dynamic = "force-dynamic";

/** Streams a local video with Range support, to people allowed to see a lesson that shows it. */
async function serve(req: Request, ctx: { params: Promise<{ assetId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Please sign in.", { status: 401 });
  const { assetId } = await ctx.params;
  const found = await videoFileForViewer(actor, assetId);
  if (found.kind === "missing") return new Response("Not found", { status: 404 });
  if (found.kind === "forbidden") return new Response("You do not have access to this video.", { status: 403 });
  // private: a shared cache must never hand one person's authorised video to another.
  return serveStoredFile(found.file.storagePath, found.file.mimeType, req, "private, max-age=0, must-revalidate");
}

export { serve as GET, serve as HEAD };
