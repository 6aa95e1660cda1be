import { route } from "~/server/http/route";
import { storedFileResponse } from "~/server/http/download";
import { AppError } from "~/server/errors";
import { packageFilePath, servePackageFile } from "~/server/scorm/serve";

export const dynamic = "force-dynamic";

/** A file of an imported SCORM package, same-origin, for the lesson page's iframe (server/scorm/serve.ts). */
const serve = route({ name: "scorm-file", params: ["packageId"] }, async ({ req, actor, params }) => {
  const file = packageFilePath(new URL(req.url).pathname, params.packageId);
  if (file === null) throw new AppError("NOT_FOUND", "scormPlayer.fileNotFound");
  return storedFileResponse(await servePackageFile(actor, params.packageId, file, req));
});

export { serve as GET, serve as HEAD };
