import { route } from "~/server/http/route";
import { download } from "~/server/http/download";
import { certificatePdfFile } from "~/server/certificates/downloads";
import { CertificateLanguage } from "~/lib/schemas/certificates";

/** A certificate as a PDF, for its holder, their manager, L&D and auditors (404 for anyone else); `?lang=en|fr|zh`. */
export const GET = route({ name: "certificate-pdf", params: ["id"] }, async ({ actor, params, query }) => {
  const { bytes, fileName } = await certificatePdfFile(actor, params.id, CertificateLanguage.parse(query.get("lang") ?? undefined));
  return download(bytes, { type: "application/pdf", fileName, cacheControl: "private, no-store" });
});
