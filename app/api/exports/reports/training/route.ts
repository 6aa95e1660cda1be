import { route } from "~/server/http/route";
import { csvDownload, download, XLSX_TYPE } from "~/server/http/download";
import { trainingReportFile } from "~/server/reports/requests";

export const dynamic = "force-dynamic";

/** The Reports page's CSV and XLSX downloads, for signed-in L&D admins and auditors. */
export const GET = route({ name: "reports-download", roles: ["LD_ADMIN", "AUDITOR"], forbidden: "reports.forbidden" }, async ({ query, messages, locale, actor }) => {
  const file = await trainingReportFile(query, { messages, locale, roles: actor.roles });
  if (file.format === "csv") return csvDownload(file.csv, file.fileName);
  return download(file.bytes, { type: XLSX_TYPE, fileName: file.fileName });
});
