import { getActor } from "~/server/auth/session";
import { receiveLocalUpload } from "~/server/media/assets";
import { errorResponse, isCrossSite } from "~/server/media/http";

export const dynamic = "force-dynamic";

/** The local upload URL (same protocol as Mux's direct upload: PUT the file as the body). L&D admins only. */
export async function PUT(req: Request, ctx: { params: Promise<{ assetId: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Please sign in.", code: "UNAUTHORIZED" }, { status: 401 });
  if (isCrossSite(req)) return Response.json({ error: "Cross-site upload refused.", code: "FORBIDDEN" }, { status: 403 });
  const { assetId } = await ctx.params;
  const length = req.headers.get("content-length");
  try {
    return Response.json(await receiveLocalUpload(actor, assetId, req.body, length ? Number(length) : null));
  } catch (error) {
    return errorResponse(error, "upload");
  }
}
