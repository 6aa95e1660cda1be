import { route } from "~/server/http/route";
import { receiveLocalUpload } from "~/server/media/assets";
import { consumeLimit } from "~/server/security/rate-limit";

export const dynamic = "force-dynamic";

/** The local upload URL (same protocol as Mux's direct upload: PUT the file as the body). L&D admins only. */
export const PUT = route(
  { name: "media-upload", roles: ["LD_ADMIN"], forbidden: "media.managersOnly", sameOrigin: true, params: ["assetId"] },
  async ({ req, actor, params }) => {
    await consumeLimit("upload", actor.id);
    const length = req.headers.get("content-length");
    return Response.json(await receiveLocalUpload(actor, params.assetId, req.body, length ? Number(length) : null));
  },
);
