import { route } from "~/server/http/route";
import { issuerKey, publishedIssuer } from "~/server/certificates/credential";
import { organisationName } from "~/server/certificates/queries";

/** The issuer of Pathway's Open Badges credentials: its Profile and public key (did:key, Multikey). Public, cacheable. */
export const GET = route({ name: "certificate-issuer", auth: "public" }, async () =>
  Response.json(publishedIssuer(issuerKey(), await organisationName()), { headers: { "Cache-Control": "public, max-age=3600" } }),
);
