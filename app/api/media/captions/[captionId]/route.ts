import { getActor } from "~/server/auth/session";
import { captionForViewer } from "~/server/media/assets";
import { serveStoredFile } from "~/server/media/local-storage";

export const dynamic = "force-dynamic";

/** A WebVTT caption file: for viewers of its video (the <track> of the local player), or for Mux with a signed URL. */
export async function GET(req: Request, ctx: { params: Promise<{ captionId: string }> }) {
  const { captionId } = await ctx.params;
  const url = new URL(req.url);
  const signature = { expires: url.searchParams.get("expires"), sig: url.searchParams.get("sig") };
  const actor = signature.sig ? null : await getActor();
  if (!actor && !signature.sig) return new Response("Please sign in.", { status: 401 });
  const found = await captionForViewer(actor, captionId, signature);
  if (found.kind === "missing") return new Response("Not found", { status: 404 });
  if (found.kind === "forbidden") return new Response("You do not have access to these captions.", { status: 403 });
  return serveStoredFile(found.file.storagePath, "text/vtt; charset=utf-8", req, "private, max-age=0, must-revalidate");
}
