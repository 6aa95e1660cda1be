// No "server-only" marker: a query builder the reminder job also runs from the CLI.
import { Prisma } from "~/server/generated/prisma/client";
import type { IsoDate } from "~/lib/dates";
import type { ComplianceStateKind } from "~/server/compliance/state";

/**
 * Compliance states for every active person × active requirement, computed by one set-based SQL query for any day
 * (`asOf`). Nothing is stored, so a state is never stale: a new completion in the ledger, an exemption, a new or edited
 * requirement (existing staff are covered at once), a move to another department, grade or duty station, a new direct
 * report — the next query sees it. The rule is the one in ./state.ts (complianceState); states.int.test.ts checks
 * that the two agree on randomised cases.
 *
 * Audience entry ("N days after joining the audience"): the hire date, or for department, sector, duty station and
 * grade audiences the last recorded move of that field (StaffPlacementChange, written by a trigger), or for managers
 * the earliest day one of their current direct reports started reporting to them.
 */
export type StateScope = {
  asOf: IsoDate;
  requirementIds?: readonly string[];
  staffIds?: readonly string[];
  /** only the direct reports of this manager */
  managerId?: string;
  departmentId?: string;
  sectorId?: string;
};

export type StateRow = {
  requirementId: string;
  staffId: string;
  courseId: string;
  state: ComplianceStateKind;
  dueOn: IsoDate | null;
  validUntil: IsoDate | null;
  lastCompletedOn: IsoDate | null;
  startsOn: IsoDate;
  enteredOn: IsoDate;
  daysOverdue: number;
  exemptReason: string | null;
};

const ids = (v: readonly string[]) => Prisma.sql`${[...v]}::text[]`;

/** The state query as a subquery with the columns of StateRow (quoted camelCase), to join and aggregate on. */
export function statesSql(scope: StateScope): Prisma.Sql {
  const asOf = Prisma.sql`${scope.asOf}::date`;
  const reqFilter = scope.requirementIds ? Prisma.sql`AND r.id = ANY(${ids(scope.requirementIds)})` : Prisma.empty;
  const staffFilter = Prisma.join(
    [
      Prisma.sql`s.active`,
      ...(scope.staffIds ? [Prisma.sql`s.id = ANY(${ids(scope.staffIds)})`] : []),
      ...(scope.managerId ? [Prisma.sql`s."managerId" = ${scope.managerId}`] : []),
      ...(scope.departmentId ? [Prisma.sql`s."departmentId" = ${scope.departmentId}`] : []),
      ...(scope.sectorId ? [Prisma.sql`s."sectorId" = ${scope.sectorId}`] : []),
    ],
    " AND ",
  );
  return Prisma.sql`
    WITH req AS (
      SELECT r.id, r."courseId", r."audienceKind"::text AS kind, r."audienceValues" AS vals, r."newStaffDays",
             r."effectiveFrom", r."dueDate", r."dueAfterDays", r."validityMonths"
      FROM "Requirement" r
      WHERE r."retiredAt" IS NULL ${reqFilter}
    ),
    person AS (
      SELECT s.id, s."departmentId", s."sectorId", s."dutyStationId", s.grade,
             COALESCE(s."hireDate", s."createdAt"::date) AS hired
      FROM "Staff" s
      WHERE ${staffFilter}
    ),
    latest_move AS (
      SELECT DISTINCT ON (c."staffId", c.field) c."staffId", c.field::text AS field, c."effectiveOn"
      FROM "StaffPlacementChange" c
      ORDER BY c."staffId", c.field, c.id DESC
    ),
    moved AS (
      SELECT "staffId",
             max("effectiveOn") FILTER (WHERE field = 'DEPARTMENT') AS department_on,
             max("effectiveOn") FILTER (WHERE field = 'SECTOR') AS sector_on,
             max("effectiveOn") FILTER (WHERE field = 'DUTY_STATION') AS duty_station_on,
             max("effectiveOn") FILTER (WHERE field = 'GRADE') AS grade_on
      FROM latest_move
      GROUP BY "staffId"
    ),
    lead AS (
      SELECT rep."managerId" AS id,
             min(COALESCE(lm."effectiveOn", rep."hireDate", rep."createdAt"::date)) AS since
      FROM "Staff" rep
      LEFT JOIN latest_move lm ON lm."staffId" = rep.id AND lm.field = 'MANAGER'
      WHERE rep.active AND rep."managerId" IS NOT NULL AND EXISTS (SELECT 1 FROM req WHERE req.kind = 'MANAGERS')
      GROUP BY rep."managerId"
    ),
    member AS (
      SELECT q.id AS requirement_id, p.id AS staff_id,
             GREATEST(p.hired, CASE q.kind
               WHEN 'DEPARTMENT' THEN COALESCE(mv.department_on, p.hired)
               WHEN 'SECTOR' THEN COALESCE(mv.sector_on, p.hired)
               WHEN 'DUTY_STATION' THEN COALESCE(mv.duty_station_on, p.hired)
               WHEN 'GRADE' THEN COALESCE(mv.grade_on, p.hired)
               WHEN 'MANAGERS' THEN l.since
               ELSE p.hired
             END) AS entered_on
      FROM req q
      JOIN person p ON (
        q.kind = 'EVERYONE'
        OR (q.kind = 'DEPARTMENT' AND p."departmentId" = ANY(q.vals))
        OR (q.kind = 'SECTOR' AND p."sectorId" = ANY(q.vals))
        OR (q.kind = 'DUTY_STATION' AND p."dutyStationId" = ANY(q.vals))
        OR (q.kind = 'GRADE' AND p.grade = ANY(q.vals))
        OR (q.kind = 'NEW_STAFF' AND p.hired + q."newStaffDays" >= q."effectiveFrom")
        OR (q.kind = 'MANAGERS' AND EXISTS (SELECT 1 FROM lead WHERE lead.id = p.id))
      )
      LEFT JOIN moved mv ON mv."staffId" = p.id
      LEFT JOIN lead l ON l.id = p.id AND q.kind = 'MANAGERS'
    ),
    done AS (
      SELECT t."staffId", t."courseId", max(t."endDate") AS last_on
      FROM "TrainingRecord" t
      WHERE t.status IN ('COMPLETED', 'ATTENDED') AND t."endDate" <= ${asOf}
        AND t."courseId" IN (SELECT "courseId" FROM req)
        AND t."staffId" IN (SELECT id FROM person)
      GROUP BY t."staffId", t."courseId"
    ),
    calc AS (
      SELECT m.requirement_id, m.staff_id, q."courseId" AS course_id, m.entered_on, d.last_on, e.reason AS exempt_reason,
             GREATEST(m.entered_on, q."effectiveFrom") AS starts_on,
             CASE WHEN d.last_on IS NOT NULL AND q."validityMonths" IS NOT NULL
                  THEN (d.last_on + make_interval(months => q."validityMonths"))::date END AS valid_until,
             CASE WHEN m.entered_on <= q."effectiveFrom" THEN COALESCE(q."dueDate", q."effectiveFrom" + q."dueAfterDays")
                  WHEN q."dueAfterDays" IS NOT NULL THEN m.entered_on + q."dueAfterDays"
                  ELSE q."dueDate" END AS first_due
      FROM member m
      JOIN req q ON q.id = m.requirement_id
      LEFT JOIN done d ON d."staffId" = m.staff_id AND d."courseId" = q."courseId"
      LEFT JOIN "RequirementExemption" e ON e."requirementId" = m.requirement_id AND e."staffId" = m.staff_id AND e."revokedAt" IS NULL
    ),
    judged AS (
      SELECT c.*, GREATEST(c.valid_until, c.first_due) AS deadline,
             CASE WHEN c.exempt_reason IS NOT NULL THEN 'EXEMPT'
                  WHEN c.last_on IS NOT NULL AND (c.valid_until IS NULL OR ${asOf} <= c.valid_until) THEN 'COMPLIANT'
                  WHEN ${asOf} < c.starts_on THEN 'NOT_DUE_YET'
                  WHEN ${asOf} <= GREATEST(c.valid_until, c.first_due) THEN 'DUE'
                  ELSE 'OVERDUE' END AS state
      FROM calc c
    )
    SELECT j.requirement_id AS "requirementId", j.staff_id AS "staffId", j.course_id AS "courseId", j.state,
           to_char(CASE j.state WHEN 'EXEMPT' THEN NULL WHEN 'COMPLIANT' THEN j.valid_until ELSE j.deadline END, 'YYYY-MM-DD') AS "dueOn",
           to_char(j.valid_until, 'YYYY-MM-DD') AS "validUntil",
           to_char(j.last_on, 'YYYY-MM-DD') AS "lastCompletedOn",
           to_char(j.starts_on, 'YYYY-MM-DD') AS "startsOn",
           to_char(j.entered_on, 'YYYY-MM-DD') AS "enteredOn",
           CASE WHEN j.state = 'OVERDUE' THEN (${asOf} - j.deadline) ELSE 0 END AS "daysOverdue",
           j.exempt_reason AS "exemptReason"
    FROM judged j`;
}

/** Raw state rows (no names): for a person's home page, the team page and the reminder job. */
export async function queryStates(db: Pick<Prisma.TransactionClient, "$queryRaw">, scope: StateScope): Promise<StateRow[]> {
  return db.$queryRaw<StateRow[]>`SELECT * FROM (${statesSql(scope)}) st`;
}
