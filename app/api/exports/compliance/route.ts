import { route } from "~/server/http/route";
import { CSV_TYPE, download } from "~/server/http/download";
import { complianceCsvStream } from "~/server/compliance/export";

export const dynamic = "force-dynamic";

/**
 * The compliance people list as CSV (same filters as /admin/compliance/people), for L&D admins and auditors, streamed
 * from a database cursor (everyone overdue in a large organisation is 100,000+ rows), with Excel's byte-order mark.
 */
export const GET = route({ name: "compliance-export", roles: ["LD_ADMIN", "AUDITOR"] }, async ({ query, messages, locale }) => {
  const { body, fileName } = await complianceCsvStream(query, messages, undefined, locale, { bom: true });
  return download(body, { type: CSV_TYPE, fileName });
});
