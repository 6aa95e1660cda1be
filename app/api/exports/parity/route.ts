import { route } from "~/server/http/route";
import { csvDownload, download, XLSX_TYPE } from "~/server/http/download";
import { parityReportFile } from "~/server/parity/requests";

export const dynamic = "force-dynamic";

/** The parity page's CSV and XLSX downloads, for signed-in L&D admins and auditors. */
export const GET = route({ name: "parity-download", roles: ["LD_ADMIN", "AUDITOR"], forbidden: "parity.forbidden" }, async ({ query, messages, actor }) => {
  const file = await parityReportFile(query, { messages, roles: actor.roles });
  if (file.format === "csv") return csvDownload(file.csv, file.fileName);
  return download(file.bytes, { type: XLSX_TYPE, fileName: file.fileName });
});
