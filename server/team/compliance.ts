import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import type { IsoDate } from "~/lib/dates";
import type { TeamFilter } from "~/lib/schemas/team";
import { statesSql, type StateRow } from "~/server/compliance/state-query";
import { teamMemberIds } from "~/server/team/policy";

/**
 * Per requirement that applies to someone in the team: how many people are compliant, due or overdue, and the
 * same as shares of the people who must take it (exempt people do not count; "not due yet" do).
 */
export type TeamRequirementFigures = {
  requirementId: string;
  courseCode: string;
  courseTitle: string;
  total: number;
  COMPLIANT: number;
  DUE: number;
  OVERDUE: number;
  NOT_DUE_YET: number;
  EXEMPT: number;
  /** 0–1 of (total − exempt); 0 when nobody must take it */
  share: { COMPLIANT: number; DUE: number; OVERDUE: number };
};

export type TeamStateRow = StateRow & {
  fullName: string;
  employeeId: string;
  email: string;
  grade: string;
  department: string | null;
  /** the person's own manager (someone else than the viewer for reports down the line) */
  manager: string | null;
  direct: boolean;
  courseCode: string;
  courseTitle: string;
  /** the last reminder anyone sent this person about this requirement */
  lastRemindedAt: Date | null;
};

export type TeamCompliance = { figures: TeamRequirementFigures[]; rows: TeamStateRow[]; people: number };

const share = (n: number, of: number) => (of > 0 ? n / of : 0);

/**
 * The manager's team at a glance, in one computation of the states: the figures per requirement (the whole team in
 * `scope`, whatever the other filters) and the person × requirement rows matching the filter, overdue people first
 * (longest overdue first), then due (soonest first), not due yet, compliant, exempt.
 */
export async function teamCompliance(managerId: string, asOf: IsoDate, filter: TeamFilter): Promise<TeamCompliance> {
  const ids = await teamMemberIds(managerId, filter.scope);
  if (ids.length === 0) return { figures: [], rows: [], people: 0 };
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.requirementId) where.push(Prisma.sql`st."requirementId" = ${filter.requirementId}`);
  if (filter.state) where.push(Prisma.sql`st.state = ${filter.state}`);
  const [row] = await db.$queryRaw<{ figures: Omit<TeamRequirementFigures, "share">[] | null; rows: (Omit<TeamStateRow, "lastRemindedAt"> & { rank: number; lastRemindedAt: string | null })[] | null }[]>`
    WITH st AS MATERIALIZED (SELECT * FROM (${statesSql({ asOf, staffIds: ids })}) x)
    SELECT
      (SELECT json_agg(f ORDER BY f."courseTitle", f."requirementId") FROM (
         SELECT st."requirementId", c.code AS "courseCode", c.title AS "courseTitle", count(*)::int AS total,
                count(*) FILTER (WHERE st.state = 'COMPLIANT')::int AS "COMPLIANT",
                count(*) FILTER (WHERE st.state = 'DUE')::int AS "DUE",
                count(*) FILTER (WHERE st.state = 'OVERDUE')::int AS "OVERDUE",
                count(*) FILTER (WHERE st.state = 'NOT_DUE_YET')::int AS "NOT_DUE_YET",
                count(*) FILTER (WHERE st.state = 'EXEMPT')::int AS "EXEMPT"
         FROM st JOIN "Course" c ON c.id = st."courseId"
         GROUP BY st."requirementId", c.code, c.title
       ) f) AS figures,
      (SELECT json_agg(r ORDER BY r.rank, r."daysOverdue" DESC, r."dueOn" NULLS LAST, r."fullName", r."courseCode", r."staffId") FROM (
         SELECT st.*, s."fullName", s."employeeId", s.email, s.grade, d.name AS department, m."fullName" AS manager,
                (s."managerId" = ${managerId}) AS direct, c.code AS "courseCode", c.title AS "courseTitle",
                CASE st.state WHEN 'OVERDUE' THEN 0 WHEN 'DUE' THEN 1 WHEN 'NOT_DUE_YET' THEN 2 WHEN 'COMPLIANT' THEN 3 ELSE 4 END AS rank,
                (SELECT to_char(max(tr."sentAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM "TeamReminder" tr
                  WHERE tr."staffId" = st."staffId" AND tr."requirementId" = st."requirementId") AS "lastRemindedAt"
         FROM st
         JOIN "Staff" s ON s.id = st."staffId"
         JOIN "Course" c ON c.id = st."courseId"
         LEFT JOIN "Department" d ON d.id = s."departmentId"
         LEFT JOIN "Staff" m ON m.id = s."managerId"
         WHERE ${Prisma.join(where, " AND ")}
       ) r) AS rows`;
  const figures = (row?.figures ?? []).map((f) => {
    const of = f.total - f.EXEMPT;
    return { ...f, share: { COMPLIANT: share(f.COMPLIANT, of), DUE: share(f.DUE, of), OVERDUE: share(f.OVERDUE, of) } };
  });
  const rows: TeamStateRow[] = (row?.rows ?? []).map(({ rank: _rank, ...r }) => ({ ...r, lastRemindedAt: r.lastRemindedAt ? new Date(r.lastRemindedAt) : null }));
  return { figures, rows, people: ids.length };
}

export type TeamTrainingDays = { year: number; trainingDays: string; participants: number }[];

/**
 * The team's training days in the calendar year of `asOf` (so far) and the year before, from the ledger with the
 * reports' rule: a participation counts when its status is COMPLETED or ATTENDED and it ended within the year.
 * Summed exactly in SQL (numeric), returned as decimal strings.
 */
export async function teamTrainingDays(managerId: string, asOf: IsoDate, scope: TeamFilter["scope"]): Promise<TeamTrainingDays> {
  const ids = await teamMemberIds(managerId, scope);
  const year = Number(asOf.slice(0, 4));
  const rows = ids.length
    ? await db.$queryRaw<{ year: number; trainingDays: string; participants: number }[]>`
        SELECT extract(year FROM t."endDate")::int AS year, sum(t."trainingDays")::text AS "trainingDays", count(*)::int AS participants
        FROM "TrainingRecord" t
        WHERE t."staffId" = ANY(${ids}::text[]) AND t.status IN ('COMPLETED', 'ATTENDED')
          AND t."endDate" BETWEEN ${`${year - 1}-01-01`}::date AND ${`${year}-12-31`}::date
        GROUP BY 1`
    : [];
  return [year, year - 1].map((y) => {
    const r = rows.find((x) => x.year === y);
    return { year: y, trainingDays: r?.trainingDays ?? "0", participants: r?.participants ?? 0 };
  });
}
