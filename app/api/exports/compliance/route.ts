import { route } from "~/server/http/route";
import { csvDownload } from "~/server/http/download";
import { complianceCsvFile } from "~/server/compliance/export";

export const dynamic = "force-dynamic";

/** The compliance people list as CSV (same filters as /admin/compliance/people), for L&D admins and auditors. */
export const GET = route({ name: "compliance-export", roles: ["LD_ADMIN", "AUDITOR"] }, async ({ query, messages, locale }) => {
  const { csv, fileName } = await complianceCsvFile(query, messages, undefined, locale);
  return csvDownload(csv, fileName, { excel: true });
});
