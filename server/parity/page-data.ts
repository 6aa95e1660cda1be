import "server-only";
// What the parity page shows, read from its address: the report as the viewer may see it and the targets.
import { toIsoDate } from "~/lib/dates";
import { ParityReportQuery } from "~/lib/schemas/parity";
import type { Role } from "~/server/auth/roles";
import { smallCellThresholdFor } from "~/server/privacy/settings";
import { parityReport, type ParityReport } from "~/server/parity/report";
import { listParityTargets, type ParityTargetView } from "~/server/parity/targets";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export interface ParityPageData {
  query: ParityReportQuery;
  /** the address held a date that is not one: shown with today's report instead */
  problem: string | null;
  report: ParityReport;
  targets: ParityTargetView[];
}

/** `?asOf&compare&targetDate` (default: today, no comparison, the default target date), as the viewer may see it. */
export async function parityPageData(params: SearchParams, viewer: { roles: readonly Role[] }, today: Date): Promise<ParityPageData> {
  const parsed = ParityReportQuery.safeParse({ asOf: one(params.asOf) ?? toIsoDate(today), compare: one(params.compare), targetDate: one(params.targetDate) });
  const query: ParityReportQuery = parsed.success ? parsed.data : { asOf: toIsoDate(today) };
  const problem = parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
  const [report, targets] = await Promise.all([parityReport(query, await smallCellThresholdFor(viewer)), listParityTargets()]);
  return { query, problem, report, targets };
}
