import { route } from "~/server/http/route";
import { env } from "~/server/env";
import { receivePackageUpload } from "~/server/scorm/storage";
import { consumeLimit } from "~/server/security/rate-limit";

export const dynamic = "force-dynamic";

/** A SCORM package zip as the request body (POST), kept for its preview and import. L&D admins only. */
export const POST = route({ name: "scorm-upload", roles: ["LD_ADMIN"], sameOrigin: true }, async ({ req, actor }) => {
  await consumeLimit("upload", actor.id);
  const length = req.headers.get("content-length");
  return Response.json(await receivePackageUpload(actor.id, req.body, length ? Number(length) : null, env().SCORM_MAX_BYTES), { status: 201 });
});
