import "server-only";
// The one query layer for training reports: the Reports page, the CSV and XLSX exports, the API and the CLI all
// call trainingReport(), so they cannot disagree.
import { Prisma } from "~/server/generated/prisma/client";
import { readDb, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { daysToJsonNumber, sumDays } from "~/lib/training-days";
import {
  TrainingReportQuery,
  firstIssue,
  type ParsedTrainingReportQuery,
  type ReportDimension,
  type ReportFilters,
} from "~/lib/schemas/reports";
import { localizeCategoryName } from "~/lib/categories/i18n";
import { periodFigures, type PeriodFigureRow } from "~/server/reports/period-figures";

export interface ReportFigures {
  /** Counted participations: one person taking three courses counts three times. */
  participants: number;
  /** Distinct people with at least one counted participation. */
  uniqueLearners: number;
  /** Exact sum of the counted participations' training days (at most 3 decimals). */
  trainingDays: number;
}

/**
 * Figures as a viewer is shown them: under the small-cell rule (server/privacy/report-cells.ts) a hidden cell has
 * null figures and `suppressed: true`, printed "<5" everywhere (page, CSV, XLSX) and null in JSON.
 */
export interface ShownFigures {
  participants: number | null;
  uniqueLearners: number | null;
  trainingDays: number | null;
  suppressed?: true;
}

export type CategoryFigures<F extends ShownFigures = ReportFigures> = F & {
  code: string;
  name: string;
};

export type BreakdownRow<F extends ShownFigures = ReportFigures> = F & {
  /** The group's code (department/sector/duty-station code, grade, F/M/X, mode); null: not recorded on the person. */
  code: string | null;
  /** Its name (for grade, gender and mode the code itself); null when the code is. */
  name: string | null;
  /** The group's figures by category: only categories with counted participations (or hidden ones), sorted by code. */
  byCategory: CategoryFigures<F>[];
};

/**
 * The report, exactly as the CLI and the API print it as JSON. `filters` appears only when some are applied,
 * `by` and `breakdown` only when a breakdown was asked for.
 */
export interface TrainingReport<F extends ShownFigures = ReportFigures> {
  from: string;
  to: string;
  filters?: ReportFilters;
  totals: F;
  /** Every category (retired ones too when they have counted participations), with zeros, sorted by code. */
  byCategory: CategoryFigures<F>[];
  by?: ReportDimension;
  /** Groups with counted participations, sorted by code (not recorded last). */
  breakdown?: BreakdownRow<F>[];
  /** Present when the small-cell rule was applied for the viewer: cells of fewer than `threshold` people are hidden. */
  smallCells?: { threshold: number };
}

/** A report as a viewer sees it: exact for L&D admins, with small cells hidden for everyone else. */
export type ShownReport = TrainingReport<ShownFigures>;

/** What counts, in one place: ARCHITECTURE.md's rule for every report of participants and training days. */
export const COUNTED_STATUSES = ["COMPLETED", "ATTENDED"] as const;

// A year of a large organisation is a few hundred thousand rows to sort in memory (see docs/PERFORMANCE.md).
const REPORT_WORK_MEM = "64MB";

/** The person's (or the participation's) column each dimension groups and filters on. */
const DIMENSION_COLUMN: Record<ReportDimension, Prisma.Sql> = {
  department: Prisma.sql`s."departmentId"`,
  sector: Prisma.sql`s."sectorId"`,
  grade: Prisma.sql`s.grade`,
  gender: Prisma.sql`s.gender::text`,
  duty_station: Prisma.sql`s."dutyStationId"`,
  mode: Prisma.sql`r.mode::text`,
};

/** Filters compare enums as enums, so that the planner's statistics on them apply (a cast to text hides them). */
const FILTER_COLUMN: Record<"grade" | "gender" | "mode", Prisma.Sql> = {
  grade: Prisma.sql`s.grade`,
  gender: Prisma.sql`s.gender`,
  mode: Prisma.sql`r.mode`,
};
const FILTER_ARRAY_TYPE: Record<"grade" | "gender" | "mode", Prisma.Sql> = {
  grade: Prisma.raw("text[]"),
  gender: Prisma.raw('"Gender"[]'),
  mode: Prisma.raw('"CourseMode"[]'),
};

/** Dimensions whose values are rows of a reference table, named by code in filters and reports. */
const REFERENCE_TABLE = {
  department: { table: "Department" },
  sector: { table: "Sector" },
  duty_station: { table: "DutyStation" },
} as const satisfies Partial<Record<ReportDimension, { table: string }>>;
type ReferenceDimension = keyof typeof REFERENCE_TABLE;

function isReference(d: ReportDimension): d is ReferenceDimension {
  return d in REFERENCE_TABLE;
}

type FigureRow = PeriodFigureRow;

/**
 * Participants, unique learners and training days for [from, to] (both inclusive) by category, in total and,
 * with `by`, by department/sector/grade/gender/duty station/mode. A participation counts when its ledger row
 * is COMPLETED or ATTENDED and ends within the period; its category is the row's own (as it was then).
 * Categories are named in English (the API's and the CLI's names), or with `locale` as a reader of that language reads
 * them (the Reports page and its downloads); the figures are the same either way.
 * Throws AppError("INVALID") for a bad query or an unknown filter code.
 */
export async function trainingReport(input: TrainingReportQuery, options: { source?: ReportSource; locale?: string } = {}): Promise<TrainingReport> {
  const parsed = TrainingReportQuery.safeParse(input);
  // The reason is the shared schema's sentence (lib/schemas/reports.ts), the one the forms and the CLI show.
  if (!parsed.success) throw new AppError("INVALID", "reports.invalidQuery", { reason: firstIssue(parsed.error) });
  const query = parsed.data;
  const noFilters = !Object.values(query.filters).some((v) => v?.length);
  const unfiltered = !query.by && noFilters;
  const source = options.source ?? "auto";
  // A whole year's breakdown by a dimension of the person (not mode, the participation's own) has maintained figures too.
  const byPerson = query.by && query.by !== "mode" ? query.by : null;
  const year = source !== "auto" || !noFilters || (query.by && !byPerson) ? null : reportYearOf(query);
  const days = unfiltered && (source === "days" || (source === "auto" && !year));

  return readDb.$transaction(
    async (tx) => {
      let rows: FigureRow[];
      if (year) {
        rows = await yearFigures(tx, year);
        if (byPerson) rows.push(...(await yearGroupFigures(tx, year, byPerson)));
      } else if (days) {
        rows = await periodFigures(tx, query.from, query.to);
      } else {
        // Sorts in memory; no JIT, whose compile time costs more than it saves on a query this short.
        await tx.$executeRaw`SELECT set_config('work_mem', ${REPORT_WORK_MEM}, true), set_config('jit', 'off', true)`;
        rows = await figures(tx, query, await filterConditions(tx, query.filters));
      }
      const named = await tx.category.findMany({ select: { id: true, code: true, name: true, retiredAt: true, translations: true } });
      const categories = named.map(({ translations, ...c }) => ({ ...c, name: options.locale ? localizeCategoryName(c.name, translations, options.locale) : c.name }));
      const groupNames = query.by && isReference(query.by) ? await referenceNames(tx, query.by) : null;
      return assemble(query, rows, categories, groupNames);
    },
    // One snapshot for the figures and the names; a many-year report on a busy server may take longer than Prisma's 5 s default.
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Where the figures come from. "auto": a whole calendar year or annual-report year without filters is read from
 * ReportYearFigures (with a breakdown by a dimension of the person, also ReportYearGroupFigures), any other period
 * without filters or breakdown from the day rollups (period-figures.ts), all kept exact by triggers on the ledger; a
 * report with filters, a breakdown by mode, or a breakdown of a period that is not a whole year is aggregated from
 * the ledger.
 * "ledger": always aggregate from the ledger; "days": the day rollups whenever there are no filters or breakdown, whole
 * years too (tests and the benchmark compare them).
 */
export type ReportSource = "auto" | "ledger" | "days";

/** The calendar year (1 Jan – 31 Dec) or annual-report year (1 Jul – 30 Jun, named by its start) a period is, if any. */
export function reportYearOf(period: { from: string; to: string }): { kind: "CALENDAR" | "REPORT"; year: number } | null {
  const year = Number(period.from.slice(0, 4));
  if (period.from === `${period.from.slice(0, 4)}-01-01` && period.to === `${period.from.slice(0, 4)}-12-31`) return { kind: "CALENDAR", year };
  if (period.from.endsWith("-07-01") && period.to === `${String(year + 1).padStart(4, "0")}-06-30`) return { kind: "REPORT", year };
  return null;
}

/** A year's figures from ReportYearFigures, in the shape of the ledger query's rows ("*" is the all-categories row). */
async function yearFigures(tx: Tx, year: { kind: "CALENDAR" | "REPORT"; year: number }): Promise<FigureRow[]> {
  const rows = await tx.$queryRaw<{ cat: string; participants: number; learners: number; days: string }[]>`
    SELECT "categoryId" AS cat, participants, "uniqueLearners" AS learners, "trainingDays"::text AS days
    FROM "ReportYearFigures" WHERE kind = ${year.kind}::"ReportYearKind" AND year = ${year.year}
      -- a category whose last participation of the year was corrected away has a row of zeros: as if it had none
      AND (participants <> 0 OR "categoryId" = '*')`;
  return rows.map((r) => ({
    g_cat: r.cat === "*" ? 1 : 0,
    g_grp: 1,
    cat: r.cat === "*" ? null : r.cat,
    grp: null,
    participants: r.participants,
    learners: r.learners,
    days: r.days,
  }));
}

/**
 * A year's figures by group of `dimension` (the person's current one) from ReportYearGroupFigures, in the shape of the
 * ledger query's group rows (g_grp 0; g_cat 1 for the group's all-categories row). Value "" is "not recorded" (null).
 */
async function yearGroupFigures(tx: Tx, year: { kind: "CALENDAR" | "REPORT"; year: number }, dimension: Exclude<ReportDimension, "mode">): Promise<FigureRow[]> {
  const rows = await tx.$queryRaw<{ grp: string; cat: string; participants: number; learners: number; days: string }[]>`
    SELECT value AS grp, "categoryId" AS cat, participants, "uniqueLearners" AS learners, "trainingDays"::text AS days
    FROM "ReportYearGroupFigures"
    WHERE kind = ${year.kind}::"ReportYearKind" AND year = ${year.year} AND dimension = ${dimension}
      -- a group or category whose participations of the year were all corrected away has zeros: as if it had none
      AND participants <> 0`;
  return rows.map((r) => ({
    g_cat: r.cat === "*" ? 1 : 0,
    g_grp: 0,
    cat: r.cat === "*" ? null : r.cat,
    grp: r.grp === "" ? null : r.grp,
    participants: r.participants,
    learners: r.learners,
    days: r.days,
  }));
}

async function figures(tx: Tx, query: ParsedTrainingReportQuery, conditions: Prisma.Sql[]): Promise<FigureRow[]> {
  // The person's current record is needed for every dimension but mode, which is the participation's own.
  const staffDimension = (d: string) => d !== "mode";
  const needsStaff =
    Object.entries(query.filters).some(([d, values]) => staffDimension(d) && values?.length) || (query.by !== undefined && staffDimension(query.by));
  const join = needsStaff ? Prisma.sql`JOIN "Staff" s ON s.id = r."staffId"` : Prisma.empty;
  const where = Prisma.join(
    [
      Prisma.sql`r.status IN ('COMPLETED'::"ParticipationStatus", 'ATTENDED'::"ParticipationStatus")`,
      Prisma.sql`r."endDate" >= ${query.from}::date`,
      Prisma.sql`r."endDate" <= ${query.to}::date`,
      ...conditions,
    ],
    " AND ",
  );
  // COLLATE "C": ids compare byte-wise, several times faster than the database's ICU collation, and equality is the same.
  const group = query.by ? Prisma.sql`, ${DIMENSION_COLUMN[query.by]} COLLATE "C" AS grp` : Prisma.empty;
  const sets = query.by ? Prisma.sql`(cat), (), (grp), (grp, cat)` : Prisma.sql`(cat), ()`;
  const groupOut = query.by ? Prisma.sql`GROUPING(grp)::int AS g_grp, grp` : Prisma.sql`1 AS g_grp, NULL::text AS grp`;
  return tx.$queryRaw<FigureRow[]>`
    SELECT GROUPING(cat)::int AS g_cat, ${groupOut}, cat,
           count(*)::int AS participants, count(DISTINCT staff)::int AS learners, sum(days)::text AS days
    FROM (
      SELECT r."categoryId" COLLATE "C" AS cat, r."staffId" COLLATE "C" AS staff, r."trainingDays" AS days${group}
      FROM "TrainingRecord" r ${join}
      WHERE ${where}
    ) counted
    GROUP BY GROUPING SETS (${sets})`;
}

/** SQL conditions for the filters; codes of departments, sectors and duty stations must exist. */
async function filterConditions(tx: Tx, filters: ReportFilters): Promise<Prisma.Sql[]> {
  const conditions: Prisma.Sql[] = [];
  for (const dimension of Object.keys(filters) as ReportDimension[]) {
    const values = [...new Set(filters[dimension] ?? [])];
    if (!values.length) continue;
    if (isReference(dimension)) {
      const ids = await referenceIds(tx, dimension, values);
      conditions.push(Prisma.sql`${DIMENSION_COLUMN[dimension]} = ANY(${ids}::text[])`);
    } else {
      conditions.push(Prisma.sql`${FILTER_COLUMN[dimension]} = ANY(${values}::${FILTER_ARRAY_TYPE[dimension]})`);
    }
  }
  return conditions;
}

async function referenceIds(tx: Tx, dimension: ReferenceDimension, codes: string[]): Promise<string[]> {
  const { table } = REFERENCE_TABLE[dimension];
  const rows = await tx.$queryRaw<{ id: string; code: string }[]>`
    SELECT id, code FROM ${Prisma.raw(`"${table}"`)} WHERE code = ANY(${codes}::text[])`;
  const found = new Set(rows.map((r) => r.code));
  const unknown = codes.filter((c) => !found.has(c));
  if (unknown.length) throw new AppError("INVALID", "reports.unknownCode", { dimension, code: unknown[0]! }, { field: dimension });
  return rows.map((r) => r.id);
}

async function referenceNames(tx: Tx, dimension: ReferenceDimension): Promise<Map<string, { code: string; name: string }>> {
  const { table } = REFERENCE_TABLE[dimension];
  const rows = await tx.$queryRaw<{ id: string; code: string; name: string }[]>`SELECT id, code, name FROM ${Prisma.raw(`"${table}"`)}`;
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

function toFigures(row: FigureRow | undefined): ReportFigures {
  if (!row) return { participants: 0, uniqueLearners: 0, trainingDays: 0 };
  // sum() over numeric is exact in PostgreSQL; the text goes through decimal.js once to drop trailing zeros.
  return { participants: row.participants, uniqueLearners: row.learners, trainingDays: daysToJsonNumber(sumDays([row.days ?? "0"])) };
}

const byCode = (a: { code: string | null }, b: { code: string | null }) =>
  a.code === b.code ? 0 : a.code === null ? 1 : b.code === null ? -1 : a.code < b.code ? -1 : 1;

function assemble(
  query: ParsedTrainingReportQuery,
  rows: FigureRow[],
  categories: { id: string; code: string; name: string; retiredAt: Date | null }[],
  groupNames: Map<string, { code: string; name: string }> | null,
): TrainingReport {
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const category = (id: string) => {
    const c = categoryById.get(id);
    // A ledger row's category always exists (foreign key); this guards against reading a half-committed reference.
    if (!c) throw new Error(`Training record category ${id} is missing.`);
    return c;
  };

  const overall = rows.filter((r) => r.g_grp === 1);
  const totalsRow = overall.find((r) => r.g_cat === 1);
  const perCategory = new Map(overall.filter((r) => r.g_cat === 0).map((r) => [r.cat!, r]));
  const byCategory: CategoryFigures[] = categories
    .filter((c) => c.retiredAt === null || perCategory.has(c.id))
    .map((c) => ({ code: c.code, name: c.name, ...toFigures(perCategory.get(c.id)) }))
    .sort(byCode);

  const filtered = Object.values(query.filters).some((v) => v && v.length);
  const report: TrainingReport = {
    from: query.from,
    to: query.to,
    ...(filtered ? { filters: query.filters } : {}),
    totals: toFigures(totalsRow),
    byCategory,
  };

  if (query.by) {
    const groups = new Map<string | null, BreakdownRow>();
    const name = (grp: string | null) => {
      if (grp === null) return { code: null, name: null };
      if (groupNames) {
        const ref = groupNames.get(grp);
        if (!ref) throw new Error(`${query.by} ${grp} is missing.`);
        return ref;
      }
      return { code: grp, name: grp };
    };
    for (const r of rows.filter((r) => r.g_grp === 0 && r.g_cat === 1)) {
      groups.set(r.grp, { ...name(r.grp), ...toFigures(r), byCategory: [] });
    }
    for (const r of rows.filter((r) => r.g_grp === 0 && r.g_cat === 0)) {
      const c = category(r.cat!);
      groups.get(r.grp)!.byCategory.push({ code: c.code, name: c.name, ...toFigures(r) });
    }
    const breakdown = [...groups.values()].sort(byCode);
    for (const g of breakdown) g.byCategory.sort(byCode);
    report.by = query.by;
    report.breakdown = breakdown;
  }
  return report;
}
