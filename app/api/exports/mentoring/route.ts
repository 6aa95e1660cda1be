import { route } from "~/server/http/route";
import { csvDownload } from "~/server/http/download";
import { mentoringStatsFile } from "~/server/mentoring/stats";

export const dynamic = "force-dynamic";

/** MentorNet and coaching figures as CSV (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), for L&D admins and auditors. */
export const GET = route({ name: "mentoring-export", roles: ["LD_ADMIN", "AUDITOR"] }, async ({ query }) => {
  const { csv, fileName } = await mentoringStatsFile(query);
  return csvDownload(csv, fileName, { excel: true });
});
