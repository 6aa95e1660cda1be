import "server-only";
// What the Reports page shows: the period's report, the comparison period's, the changes, and the filter choices.
import { readDb as db } from "~/server/db"; // reads only: from a read replica when one is configured
import type { Period } from "~/lib/dates";
import type { ReportDimension, ReportFilters } from "~/lib/schemas/reports";
import type { Role } from "~/server/auth/roles";
import { trainingReport, type ShownReport } from "~/server/reports/training";
import { compareReports, type ComparedReport } from "~/server/reports/compare";
import { applySmallCellRule } from "~/server/privacy/report-cells";
import { smallCellThresholdFor } from "~/server/privacy/settings";

export interface ReportPageData {
  current: ShownReport;
  previous: ShownReport | null;
  compared: ComparedReport;
}

/**
 * The page's reports, categories named in the reader's language (`locale`; English without it), as the `viewer` may
 * see them: everything for L&D admins, small cells hidden for everyone else (server/privacy/report-cells.ts).
 */
export async function reportPageData(
  state: { period: Period; comparePeriod: Period | null; by?: ReportDimension; filters: ReportFilters },
  locale: string | undefined,
  viewer: { roles: readonly Role[] } | null,
): Promise<ReportPageData> {
  const base = { by: state.by, filters: state.filters };
  const [exact, exactPrevious, threshold] = await Promise.all([
    trainingReport({ ...state.period, ...base }, { locale }),
    state.comparePeriod ? trainingReport({ ...state.comparePeriod, ...base }, { locale }) : null,
    smallCellThresholdFor(viewer),
  ]);
  const shown = (r: typeof exact): ShownReport => (threshold === null ? r : applySmallCellRule(r, threshold));
  const current = shown(exact);
  const previous = exactPrevious && shown(exactPrevious);
  return { current, previous, compared: compareReports(current, previous) };
}

export interface ReportFilterOptions {
  departments: { code: string; name: string }[];
  sectors: { code: string; name: string }[];
  dutyStations: { code: string; name: string }[];
  grades: string[];
  /** Years with ledger rows (at least the current one), newest first, for the period's year choice. */
  years: number[];
}

export async function reportFilterOptions(asOf: Date): Promise<ReportFilterOptions> {
  const ref = { select: { code: true, name: true }, orderBy: { name: "asc" } } as const;
  const [departments, sectors, dutyStations, grades, span] = await Promise.all([
    db.department.findMany(ref),
    db.sector.findMany(ref),
    db.dutyStation.findMany(ref),
    db.$queryRaw<{ grade: string }[]>`SELECT DISTINCT grade FROM "Staff" ORDER BY grade`,
    db.$queryRaw<{ first: number | null; last: number | null }[]>`
      SELECT extract(year FROM min("endDate"))::int AS first, extract(year FROM max("endDate"))::int AS last FROM "TrainingRecord"`,
  ]);
  const thisYear = asOf.getUTCFullYear();
  const first = Math.min(span[0]?.first ?? thisYear, thisYear);
  const last = Math.max(span[0]?.last ?? thisYear, thisYear);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return { departments, sectors, dutyStations, grades: grades.map((g) => g.grade), years };
}
