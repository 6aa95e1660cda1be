import { route } from "~/server/http/route";
import { download } from "~/server/http/download";
import { certificateCredentialFile } from "~/server/certificates/downloads";
import { CertificateLanguage } from "~/lib/schemas/certificates";

/** A certificate as a signed Open Badges 3.0 credential (JSON), for the same people as its PDF. */
export const GET = route({ name: "certificate-credential", params: ["id"] }, async ({ actor, params, query }) => {
  const { json, fileName } = await certificateCredentialFile(actor, params.id, CertificateLanguage.parse(query.get("lang") ?? undefined));
  return download(json, { type: "application/json; charset=utf-8", fileName, cacheControl: "private, no-store" });
});
