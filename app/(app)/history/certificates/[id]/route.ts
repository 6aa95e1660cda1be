import { route } from "~/server/http/route";
import { download } from "~/server/http/download";
import { certificateFor } from "~/server/records/external";

/** An external-learning certificate, shown in the browser, for its owner, L&D and auditors. */
export const GET = route({ name: "certificate", params: ["id"] }, async ({ actor, params }) => {
  const file = await certificateFor(actor, params.id);
  return download(file.bytes, {
    type: file.type,
    fileName: file.name,
    disposition: "inline",
    cacheControl: "private, no-store",
    headers: { "X-Content-Type-Options": "nosniff" },
  });
});
