import "server-only";
// "Women by grade as of a date" from the staff directory: headcounts per grade in ONE SQL aggregate per date, then the
// grade groups, the total, the shares, the targets (ParityTarget), the gap and the change since a comparison date.
// The page, the CSV, the XLSX, the API and the CLI all print this report through server/parity/columns.ts.
import { readDb as db } from "~/server/db"; // reads only: from a read replica when one is configured
import { toIsoDate, type IsoDate } from "~/lib/dates";
import { suppressCells, type Cell } from "~/lib/privacy/small-cells";
import { GRADE_GROUPS, changeInPoints, compareGrades, compareGroups, gapToTarget, gradeGroup, womenShare, type GroupOf } from "~/lib/parity/grades";
import type { ParityReportQuery } from "~/lib/schemas/parity";

export interface ParityCounts {
  women: number;
  staff: number;
}

export interface ParityRow {
  level: "grade" | "group" | "total";
  /** the grade ("P4"), the group ("P") or "ALL" */
  code: string;
  group: GroupOf | null;
  now: ParityCounts;
  share: number | null;
  target: number | null;
  gap: number | null;
  then: ParityCounts | null;
  shareThen: number | null;
  change: number | null;
  /** hidden by the small-cell rule: counts, shares, gap and change read "<5" */
  hidden: boolean;
}

export interface ParityReport {
  asOf: IsoDate;
  compare: IsoDate | null;
  /** the targets' date the report reads (null: no target recorded at all) */
  targetDate: IsoDate | null;
  /** every date targets are recorded for, oldest first (the page's choice) */
  targetDates: IsoDate[];
  smallCells: { threshold: number } | null;
  rows: ParityRow[];
}

/**
 * Women and staff per grade among the staff active on `date`: hired on or before it (or no hire date) and not left by
 * then (left after it, or not at all). The grade is the one in effect on the date: the latest GRADE placement change
 * effective on or before it, else the directory's grade.
 */
export async function headcountsByGrade(date: IsoDate): Promise<Map<string, ParityCounts>> {
  const rows = await db.$queryRaw<{ grade: string; women: number; staff: number }[]>`
    WITH active AS (
      SELECT s.gender,
             COALESCE(
               (SELECT c.value FROM "StaffPlacementChange" c
                 WHERE c."staffId" = s.id AND c.field = 'GRADE' AND c."effectiveOn" <= ${date}::date AND c.value IS NOT NULL
                 ORDER BY c."effectiveOn" DESC, c.id DESC LIMIT 1),
               s.grade) AS grade
        FROM "Staff" s
       WHERE (s."hireDate" IS NULL OR s."hireDate" <= ${date}::date)
         AND (s."leftOn" IS NULL OR s."leftOn" > ${date}::date)
    )
    SELECT grade, (count(*) FILTER (WHERE gender = 'F'))::int AS women, count(*)::int AS staff
      FROM active GROUP BY grade`;
  return new Map(rows.map((r) => [r.grade, { women: r.women, staff: r.staff }]));
}

/** Target dates, oldest first. */
export async function parityTargetDates(): Promise<IsoDate[]> {
  const rows = await db.parityTarget.findMany({ distinct: ["targetDate"], select: { targetDate: true }, orderBy: { targetDate: "asc" } });
  return rows.map((r) => toIsoDate(r.targetDate));
}

/** The default targets' date: the earliest on or after the report's date, else the latest. */
export function defaultTargetDate(asOf: IsoDate, dates: readonly IsoDate[]): IsoDate | null {
  return dates.find((d) => d >= asOf) ?? dates.at(-1) ?? null;
}

const add = (a: ParityCounts, b: ParityCounts): ParityCounts => ({ women: a.women + b.women, staff: a.staff + b.staff });
const ZERO: ParityCounts = { women: 0, staff: 0 };

/**
 * The report, exact (threshold null: L&D admins, operators) or under the small-cell rule: a grade or group of fewer
 * than `threshold` staff on either date is hidden, and so is a partner wherever a group's (or everyone's) total minus
 * the visible rows would give it back. Everyone's total is published exactly.
 */
export async function parityReport(query: ParityReportQuery, threshold: number | null = null): Promise<ParityReport> {
  const [now, then, targetDates] = await Promise.all([
    headcountsByGrade(query.asOf),
    query.compare ? headcountsByGrade(query.compare) : null,
    parityTargetDates(),
  ]);
  const targetDate = query.targetDate ?? defaultTargetDate(query.asOf, targetDates);
  const targets = new Map(
    targetDate
      ? (await db.parityTarget.findMany({ where: { targetDate: new Date(`${targetDate}T00:00:00Z`) }, select: { grade: true, womenShare: true } })).map((t) => [
          t.grade,
          Number(t.womenShare),
        ])
      : [],
  );

  const grades = [...new Set([...now.keys(), ...(then?.keys() ?? [])])].sort(compareGrades);
  const row = (level: ParityRow["level"], code: string, group: GroupOf | null, n: ParityCounts, t: ParityCounts | null): ParityRow => {
    const share = womenShare(n.women, n.staff);
    const shareThen = t ? womenShare(t.women, t.staff) : null;
    const target = targets.get(code) ?? null;
    return { level, code, group, now: n, share, target, gap: gapToTarget(share, target), then: t, shareThen, change: changeInPoints(share, shareThen), hidden: false };
  };

  const rows: ParityRow[] = [];
  const groups = [...new Set(grades.map(gradeGroup))].sort(compareGroups);
  let total = row("total", "ALL", null, ZERO, then ? ZERO : null);
  for (const group of groups) {
    const own = grades.filter((g) => gradeGroup(g) === group);
    const gradeRows = own.map((g) => row("grade", g, group, now.get(g) ?? ZERO, then ? (then.get(g) ?? ZERO) : null));
    const n = gradeRows.reduce((s, r) => add(s, r.now), ZERO);
    const t = then ? gradeRows.reduce((s, r) => add(s, r.then!), ZERO) : null;
    rows.push(...gradeRows);
    // OTHER grades are listed but make no group of their own
    if ((GRADE_GROUPS as readonly string[]).includes(group)) rows.push(row("group", group, group, n, t));
    total = { ...total, now: add(total.now, n), then: t && total.then ? add(total.then, t) : null };
  }
  rows.push(row("total", "ALL", null, total.now, total.then));

  if (threshold !== null) hideSmallCells(rows, threshold);
  return { asOf: query.asOf, compare: query.compare ?? null, targetDate, targetDates, smallCells: threshold === null ? null : { threshold }, rows };
}

/** The small-cell rule on both dates' headcounts; a row hidden on either date is hidden (the union keeps every line safe). */
function hideSmallCells(rows: ParityRow[], threshold: number): void {
  const lines: number[][] = [];
  const groupIndexes: number[] = [];
  const totalIndex = rows.findIndex((r) => r.level === "total");
  let members: number[] = [];
  rows.forEach((r, i) => {
    if (r.level === "grade") members.push(i);
    if (r.level === "group") {
      lines.push([...members, i]);
      groupIndexes.push(i);
      members = [];
    }
  });
  // grades of no group (OTHER) add up with the groups to everyone's total
  lines.push([...groupIndexes, ...members, totalIndex]);
  const hiddenOn = (counts: (r: ParityRow) => ParityCounts | null) => {
    const cells: Cell[] = rows.map((r) => ({ people: counts(r)?.staff ?? 0, size: counts(r)?.staff ?? 0, fixed: r.level === "total" }));
    return suppressCells(cells, lines, threshold);
  };
  const a = hiddenOn((r) => r.now);
  const b = hiddenOn((r) => r.then);
  rows.forEach((r, i) => (r.hidden = a[i]! || b[i]!));
}
