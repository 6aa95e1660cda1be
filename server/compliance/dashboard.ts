import "server-only";
import { localizeCourse } from "~/lib/courses/i18n";
import { db, readDb } from "~/server/db";
import { AppError } from "~/server/errors";
import { Prisma } from "~/server/generated/prisma/client";
import type { IsoDate } from "~/lib/dates";
import { COMPLIANCE_STATE_VALUES, type ComplianceListFilter } from "~/lib/schemas/compliance";
import { statesSql, type StateRow, type StateScope } from "~/server/compliance/state-query";
import { stateSource } from "~/server/compliance/state-table";
import type { ComplianceStateKind } from "~/server/compliance/state-rule";
import type { Locale } from "~/lib/i18n/locales";
import { nameCollation } from "~/server/people/people";

export type StateCounts = Record<ComplianceStateKind, number> & { total: number };

// One count column per compliance state, named after it (the list of states is declared once).
const countColumns = Prisma.sql`${Prisma.join(
  COMPLIANCE_STATE_VALUES.map((state) => Prisma.sql`count(*) FILTER (WHERE st.state = ${state})::int AS ${Prisma.raw(`"${state}"`)}`),
)}, count(*)::int AS total`;

const zero = (): StateCounts => ({ ...(Object.fromEntries(COMPLIANCE_STATE_VALUES.map((s) => [s, 0])) as Record<(typeof COMPLIANCE_STATE_VALUES)[number], number>), total: 0 });

export type RequirementFigures = { counts: StateCounts; escalated: number };

// The figures L&D and auditors read (dashboards, lists, the CSV) come from `readDb`: a streaming replica when one is
// configured. The maintained states are brought up to date on the primary first (stateSource); a replica replays that
// within milliseconds, and the page says how fresh its figures are when it lags (FreshnessNote).

/** Per active requirement: how many people are in each state, and how many are on the escalation list (Reports page). */
export async function requirementCounts(asOf: IsoDate, opts: { departmentId?: string; sectorId?: string; escalateAfterDays: number }): Promise<Map<string, RequirementFigures>> {
  const source = await stateSource({ asOf, departmentId: opts.departmentId, sectorId: opts.sectorId });
  const rows = await readDb.$queryRaw<(StateCounts & { requirementId: string; escalated: number })[]>`
    SELECT st."requirementId", ${countColumns},
           count(*) FILTER (WHERE st.state = 'OVERDUE' AND st."daysOverdue" >= ${opts.escalateAfterDays})::int AS escalated
    FROM (${source.sql}) st
    GROUP BY st."requirementId"`;
  return new Map(rows.map(({ requirementId, escalated, ...counts }) => [requirementId, { counts, escalated }]));
}

export type RequirementOnDay = { requirementId: string; courseCode: string; courseTitle: string; counts: StateCounts };

/**
 * The Reports page's "completion of mandatory courses as of" a day: every requirement in force that day (in effect,
 * not yet retired; effectiveFrom decides, not the day it was entered) with the states of the people employed then
 * (a snapshot: later hires, later exemptions and later completions are not counted). One query.
 */
export async function complianceOnDay(asOf: IsoDate): Promise<RequirementOnDay[]> {
  const rows = await readDb.$queryRaw<(StateCounts & { requirementId: string; courseCode: string; courseTitle: string })[]>`
    SELECT r.id AS "requirementId", c.code AS "courseCode", c.title AS "courseTitle",
           ${Prisma.join(COMPLIANCE_STATE_VALUES.map((state) => Prisma.sql`count(*) FILTER (WHERE st.state = ${state})::int AS ${Prisma.raw(`"${state}"`)}`))},
           count(st."staffId")::int AS total
    FROM "Requirement" r
    JOIN "Course" c ON c.id = r."courseId"
    LEFT JOIN (${statesSql({ asOf, view: "snapshot" })}) st ON st."requirementId" = r.id
    WHERE r."effectiveFrom" <= ${asOf}::date AND (r."retiredAt" IS NULL OR r."retiredAt"::date > ${asOf}::date)
    GROUP BY r.id, c.code, c.title, r."createdAt"
    ORDER BY c.code, r."createdAt"`;
  return rows.map(({ requirementId, courseCode, courseTitle, ...counts }) => ({ requirementId, courseCode, courseTitle, counts }));
}

/**
 * The dashboard in one computation of the states: per active requirement, how many people are in each state and how
 * many are on the escalation list, plus the first rows of that list (longest overdue first) and its length.
 */
export async function dashboardOverview(
  asOf: IsoDate,
  opts: { departmentId?: string; sectorId?: string; escalateAfterDays: number; escalationLimit: number },
  locale: Locale = "en",
): Promise<{ byRequirement: Map<string, RequirementFigures>; escalation: PersonStateRow[]; escalatedTotal: number }> {
  const escalated = Prisma.sql`st.state = 'OVERDUE' AND st."daysOverdue" >= ${opts.escalateAfterDays}`;
  const source = await stateSource({ asOf, departmentId: opts.departmentId, sectorId: opts.sectorId });
  // The live query is computed once for the three answers; the maintained table is read by each (its indexes serve
  // the escalation list's order, so its first page is read without sorting everyone).
  const [row] = await readDb.$queryRaw<{ counts: (StateCounts & { requirementId: string; escalated: number })[]; escalation: PersonStateRow[]; escalatedTotal: number }[]>`
    WITH st AS ${source.live ? Prisma.sql`MATERIALIZED` : Prisma.sql`NOT MATERIALIZED`} (SELECT * FROM (${source.sql}) x)
    SELECT
      (SELECT COALESCE(json_agg(c), '[]'::json) FROM (
         SELECT st."requirementId", ${countColumns}, count(*) FILTER (WHERE ${escalated})::int AS escalated FROM st GROUP BY st."requirementId"
       ) c) AS counts,
      (SELECT COALESCE(json_agg(e), '[]'::json) FROM (
         SELECT st.*, ${personColumns} FROM st ${personJoins}
         WHERE ${escalated}
         ORDER BY st."daysOverdue" DESC, s."fullName" COLLATE ${nameCollation(locale)}, c.code, st."staffId"
         LIMIT ${opts.escalationLimit}
       ) e) AS escalation,
      (SELECT count(*)::int FROM st WHERE ${escalated}) AS "escalatedTotal"`;
  const byRequirement = new Map((row?.counts ?? []).map(({ requirementId, escalated: n, ...counts }) => [requirementId, { counts, escalated: n }]));
  return { byRequirement, escalation: row?.escalation ?? [], escalatedTotal: row?.escalatedTotal ?? 0 };
}

/** Totals over every active requirement (one person counts once per requirement). */
export function sumCounts(list: Iterable<StateCounts>): StateCounts {
  const total = zero();
  for (const c of list) for (const k of Object.keys(total) as (keyof StateCounts)[]) total[k] += c[k];
  return total;
}

export type BreakdownRow = StateCounts & { id: string | null; name: string | null };

/** One requirement's figures in one computation: totals, escalated, and the states by department and by sector. */
export async function requirementOverview(asOf: IsoDate, requirementId: string, escalateAfterDays: number) {
  const source = await stateSource({ asOf, requirementIds: [requirementId] });
  // The maintained rows carry each person's department and sector: 100,000 of them are counted without a join.
  const states = source.live
    ? Prisma.sql`(SELECT st.state, st."daysOverdue", s."departmentId", s."sectorId" FROM (${source.sql}) st JOIN "Staff" s ON s.id = st."staffId") st`
    : Prisma.sql`(SELECT state, "daysOverdue", "departmentId", "sectorId" FROM "ComplianceState" WHERE "requirementId" = ${requirementId}) st`;
  const rows = await readDb.$queryRaw<(BreakdownRow & { grp: "department" | "sector" | "total"; escalated: number })[]>`
    SELECT CASE WHEN GROUPING(d.id) = 0 THEN 'department' WHEN GROUPING(sec.id) = 0 THEN 'sector' ELSE 'total' END AS grp,
           COALESCE(d.id, sec.id) AS id, COALESCE(d.name, sec.name) AS name, ${countColumns},
           count(*) FILTER (WHERE st.state = 'OVERDUE' AND st."daysOverdue" >= ${escalateAfterDays})::int AS escalated
    FROM ${states}
    LEFT JOIN "Department" d ON d.id = st."departmentId"
    LEFT JOIN "Sector" sec ON sec.id = st."sectorId"
    GROUP BY GROUPING SETS ((d.id, d.name), (sec.id, sec.name), ())
    ORDER BY name NULLS LAST`;
  const strip = ({ grp: _g, escalated: _e, ...r }: (typeof rows)[number]): BreakdownRow => r;
  const total = rows.find((r) => r.grp === "total");
  return {
    counts: total ? (({ id: _i, name: _n, ...c }) => c)(strip(total)) : zero(),
    escalated: total?.escalated ?? 0,
    byDepartment: rows.filter((r) => r.grp === "department").map(strip),
    bySector: rows.filter((r) => r.grp === "sector").map(strip),
  };
}

export type PersonStateRow = StateRow & {
  fullName: string;
  employeeId: string;
  email: string;
  grade: string;
  department: string | null;
  sector: string | null;
  dutyStation: string | null;
  manager: string | null;
  courseCode: string;
  courseTitle: string;
};

export const PAGE_SIZE = 50;

/** Who and what a state row is about: names for pages, lists and the CSV. */
const personColumns = Prisma.sql`s."fullName", s."employeeId", s.email, s.grade,
  d.name AS department, sec.name AS sector, ds.name AS "dutyStation", m."fullName" AS manager,
  c.code AS "courseCode", c.title AS "courseTitle"`;
const personJoins = Prisma.sql`JOIN "Staff" s ON s.id = st."staffId"
    JOIN "Course" c ON c.id = st."courseId"
    LEFT JOIN "Department" d ON d.id = s."departmentId"
    LEFT JOIN "Sector" sec ON sec.id = s."sectorId"
    LEFT JOIN "DutyStation" ds ON ds.id = s."dutyStationId"
    LEFT JOIN "Staff" m ON m.id = s."managerId"`;

type ListFilter = Omit<ComplianceListFilter, "page"> & { managerId?: string; staffIds?: string[] };

async function listSql(asOf: IsoDate, f: ListFilter): Promise<Prisma.Sql> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.state) where.push(Prisma.sql`st.state = ${f.state}`);
  if (f.minDaysOverdue !== undefined) where.push(Prisma.sql`st.state = 'OVERDUE' AND st."daysOverdue" >= ${f.minDaysOverdue}`);
  if (f.search) {
    const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(Prisma.sql`(s."fullName" ILIKE ${like} OR s."employeeId" = ${f.search} OR s.email ILIKE ${like})`);
  }
  const scope: StateScope = {
    asOf,
    requirementIds: f.requirementId ? [f.requirementId] : undefined,
    departmentId: f.departmentId,
    sectorId: f.sectorId,
    managerId: f.managerId,
    staffIds: f.staffIds,
  };
  return Prisma.sql`
    SELECT st.*, ${personColumns}
    FROM (${(await stateSource(scope)).sql}) st
    ${personJoins}
    WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * Most urgent first: overdue (longest first), due (soonest first), not due yet, compliant, exempt; then by name as a
 * reader of `locale` sorts names (PostgreSQL's ICU collation).
 */
const urgentFirst = (locale: Locale, oneState = false) => Prisma.sql`ORDER BY ${oneState ? Prisma.empty : Prisma.sql`CASE q.state WHEN 'OVERDUE' THEN 0 WHEN 'DUE' THEN 1 WHEN 'NOT_DUE_YET' THEN 2 WHEN 'COMPLIANT' THEN 3 ELSE 4 END,`}
  q."daysOverdue" DESC, q."dueOn" NULLS LAST, q."fullName" COLLATE ${nameCollation(locale)}, q."courseCode", q."staffId"`;

/** One page of people with their state (most urgent first) and the number of matching rows. */
export async function listPeopleStates(asOf: IsoDate, filter: ComplianceListFilter, locale: Locale = "en"): Promise<{ rows: PersonStateRow[]; total: number; pageSize: number }> {
  const { page, ...f } = filter;
  const rows = await readDb.$queryRaw<(PersonStateRow & { total_count: number })[]>`
    SELECT q.*, count(*) OVER ()::int AS total_count FROM (${await listSql(asOf, f)}) q
    ${urgentFirst(locale)}
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const total = rows[0]?.total_count ?? (page > 1 ? (await countPeopleStates(asOf, f)) : 0);
  return { rows: rows.map(({ total_count: _t, ...r }) => r), total, pageSize: PAGE_SIZE };
}

async function countPeopleStates(asOf: IsoDate, f: Omit<ComplianceListFilter, "page">): Promise<number> {
  const [row] = await readDb.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${await listSql(asOf, f)}) q`;
  return row?.n ?? 0;
}

/** Every matching row, for the CSV export (same filter and order as the page). */
export async function allPeopleStates(asOf: IsoDate, filter: Omit<ComplianceListFilter, "page">, locale: Locale = "en"): Promise<PersonStateRow[]> {
  return readDb.$queryRaw<PersonStateRow[]>`SELECT * FROM (${await listSql(asOf, filter)}) q ${urgentFirst(locale)}`;
}

/**
 * Every matching row, in the page's order, handed to `onChunk` `chunkSize` rows at a time as PostgreSQL produces them
 * (a cursor in a read-only transaction), so the CSV of 100,000+ rows streams out without being held in memory whole.
 */
export async function streamPeopleStates(
  asOf: IsoDate,
  filter: Omit<ComplianceListFilter, "page">,
  locale: Locale,
  onChunk: (rows: PersonStateRow[]) => void | Promise<void>,
  chunkSize = 5000,
): Promise<number> {
  // Filtered to one state, the order starts with the days overdue: the maintained table's index on (state, daysOverdue)
  // gives the rows in that order, so PostgreSQL sorts only among equal days instead of all 113,000 rows at once.
  const query = Prisma.sql`SELECT * FROM (${await listSql(asOf, filter)}) q ${urgentFirst(locale, !!filter.state)}`;
  return readDb.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      // The whole result is read (plan for all rows, not the first tenth), and sorted in memory: everyone overdue at
      // 100,000 staff is 113,000 rows, which spilled to disk with the default 4 MB.
      await tx.$executeRaw`SET LOCAL cursor_tuple_fraction = 1`;
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      await tx.$executeRaw`DECLARE people_states NO SCROLL CURSOR FOR ${query}`;
      let total = 0;
      for (;;) {
        const rows = await tx.$queryRaw<PersonStateRow[]>`FETCH ${Prisma.raw(String(chunkSize))} FROM people_states`;
        if (rows.length === 0) break;
        total += rows.length;
        await onChunk(rows);
        if (rows.length < chunkSize) break;
      }
      return total;
    },
    { timeout: 5 * 60_000 },
  );
}

/**
 * A manager's direct reports and their states, person by person (object-level rule: only their own reports), by name
 * as a reader of `locale` sorts names.
 */
export async function teamStates(managerId: string, asOf: IsoDate, locale: Locale = "en"): Promise<PersonStateRow[]> {
  return db.$queryRaw<PersonStateRow[]>`
    SELECT * FROM (${await listSql(asOf, { managerId })}) q
    ORDER BY q."fullName" COLLATE ${nameCollation(locale)}, q."staffId", q."courseCode"`;
}

/** A person's own mandatory courses, most urgent first; one line per course (the most urgent requirement wins). */
export async function myStates(staffId: string, asOf: IsoDate, locale: Locale = "en"): Promise<PersonStateRow[]> {
  const rows = await readMyStates(staffId, asOf);
  // The course titles in the reader's language (one query for the few courses, whatever their number of rows).
  const courses = await db.course.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.courseId))] } },
    select: { id: true, title: true, summary: true, baseLocale: true, translations: true },
  });
  const titles = new Map(courses.map((c) => [c.id, localizeCourse(c, locale).title]));
  return rows.map((r) => ({ ...r, courseTitle: titles.get(r.courseId) ?? r.courseTitle }));
}

async function readMyStates(staffId: string, asOf: IsoDate): Promise<PersonStateRow[]> {
  const rows = await db.$queryRaw<PersonStateRow[]>`
    SELECT DISTINCT ON (q."courseId") q.* FROM (${await listSql(asOf, { staffIds: [staffId] })}) q
    ORDER BY q."courseId", CASE q.state WHEN 'OVERDUE' THEN 0 WHEN 'DUE' THEN 1 WHEN 'NOT_DUE_YET' THEN 2 WHEN 'COMPLIANT' THEN 3 ELSE 4 END,
      q."dueOn" NULLS LAST`;
  const rank = (s: PersonStateRow) => COMPLIANCE_STATE_VALUES.indexOf(s.state);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.courseCode.localeCompare(b.courseCode));
}

/** The state of one person for one requirement (null when the requirement does not apply to them). */
export async function personRequirementState(staffId: string, requirementId: string, asOf: IsoDate): Promise<PersonStateRow | null> {
  const [row] = await db.$queryRaw<PersonStateRow[]>`SELECT * FROM (${await listSql(asOf, { staffIds: [staffId], requirementId })}) q`;
  return row ?? null;
}

export async function assertRequirementExists(id: string) {
  const r = await db.requirement.findUnique({ where: { id }, select: { id: true } });
  if (!r) throw new AppError("NOT_FOUND", "compliance.requirementNotFound");
}


/** Departments and sectors for the dashboard's and the people list's filters. */
export async function complianceFilterOptions() {
  const [departments, sectors] = await Promise.all([
    db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.sector.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { departments, sectors };
}
