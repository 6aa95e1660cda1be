import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import type { IsoDate } from "~/lib/dates";
import type { ComplianceStateKind, StateView } from "~/server/compliance/state-rule";

/**
 * Compliance states for every active person × active requirement, computed by one set-based SQL query for any day
 * (`asOf`). Nothing is stored, so a state is never stale: a new completion in the ledger, an exemption, a new or edited
 * requirement (existing staff are covered at once), a move to another department, grade or duty station, a new direct
 * report — the next query sees it. The rule is the one in ./state-rule.ts (complianceState); state-query.int.test.ts checks
 * that the two agree on randomised cases.
 *
 * Audience entry ("N days after joining the audience"): the hire date, or for department, sector, duty station and
 * grade audiences the last recorded move of that field (StaffPlacementChange, written by a trigger), or for managers
 * the earliest day one of their current direct reports started reporting to them.
 *
 * As of a day (state-rule.ts: employedOn, inForceOn, exemptReasonOn, stateOn): people who left on or before asOf are
 * gone, requirements retired by asOf no longer apply, exemptions count from the day granted to the day revoked,
 * completions from their end date. `view: "snapshot"` (reports as of a past day) also leaves out people hired and
 * requirements taking effect after asOf, and audience entries after it, instead of listing them NOT_DUE_YET.
 * Timestamps (retiredAt, grantedAt, revokedAt) are UTC instants; their ::date is the UTC day, as IsoDate everywhere.
 */
export type StateScope = {
  asOf: IsoDate;
  requirementIds?: readonly string[];
  staffIds?: readonly string[];
  /** only the direct reports of this manager */
  managerId?: string;
  departmentId?: string;
  sectorId?: string;
  /** "live" (default): today's view, looking ahead; "snapshot": the organisation as it stood on asOf (reports). */
  view?: StateView;
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
  const snapshot = scope.view === "snapshot";
  // employedOn: active, or left after asOf (leftOn is the first day without them); hired by then in a snapshot
  const employed = (t: string) =>
    Prisma.sql`(${Prisma.raw(t)}.active OR ${Prisma.raw(t)}."leftOn" > ${asOf})${
      snapshot ? Prisma.sql` AND COALESCE(${Prisma.raw(t)}."hireDate", ${Prisma.raw(t)}."createdAt"::date) <= ${asOf}` : Prisma.empty
    }`;
  const reqFilter = scope.requirementIds ? Prisma.sql`AND r.id = ANY(${ids(scope.requirementIds)})` : Prisma.empty;
  const staffFilter = Prisma.join(
    [
      employed("s"),
      ...(scope.staffIds ? [Prisma.sql`s.id = ANY(${ids(scope.staffIds)})`] : []),
      ...(scope.managerId ? [Prisma.sql`s."managerId" = ${scope.managerId}`] : []),
      ...(scope.departmentId ? [Prisma.sql`s."departmentId" = ${scope.departmentId}`] : []),
      ...(scope.sectorId ? [Prisma.sql`s."sectorId" = ${scope.sectorId}`] : []),
    ],
    " AND ",
  );
  // For the whole organisation the join with the staff in scope filters the ledger anyway; a semi-join only pays
  // for a few people (a home card, a team).
  const scoped = !!(scope.staffIds || scope.managerId || scope.departmentId || scope.sectorId);
  const doneStaffFilter = scoped ? Prisma.sql`AND t."staffId" IN (SELECT id FROM base)` : Prisma.empty;
  return Prisma.sql`
    WITH req AS (
      SELECT r.id, r."courseId", r."audienceKind"::text AS kind, r."audienceValues" AS vals, r."newStaffDays",
             r."effectiveFrom", r."dueDate", r."dueAfterDays", r."validityMonths"
      FROM "Requirement" r
      WHERE (r."retiredAt" IS NULL OR r."retiredAt"::date > ${asOf}) ${snapshot ? Prisma.sql`AND r."effectiveFrom" <= ${asOf}` : Prisma.empty} ${reqFilter}
    ),
    base AS (
      SELECT s.id, s."departmentId", s."sectorId", s."dutyStationId", s.grade,
             COALESCE(s."hireDate", s."createdAt"::date) AS hired
      FROM "Staff" s
      WHERE ${staffFilter}
    ),
    moved AS (
      -- the latest recorded move of each field (the one that gave today's value), per person in scope
      SELECT "staffId",
             max("effectiveOn") FILTER (WHERE field = 'DEPARTMENT') AS department_on,
             max("effectiveOn") FILTER (WHERE field = 'SECTOR') AS sector_on,
             max("effectiveOn") FILTER (WHERE field = 'DUTY_STATION') AS duty_station_on,
             max("effectiveOn") FILTER (WHERE field = 'GRADE') AS grade_on
      FROM (
        SELECT DISTINCT ON (c."staffId", c.field) c."staffId", c.field::text AS field, c."effectiveOn"
        FROM "StaffPlacementChange" c
        WHERE c.field <> 'MANAGER' AND c."staffId" IN (SELECT id FROM base)
        ORDER BY c."staffId", c.field, c.id DESC
      ) latest
      GROUP BY "staffId"
    ),
    reports AS (
      -- direct reports of the people in scope, only when a requirement is for managers
      SELECT rep.id, rep."managerId", COALESCE(rep."hireDate", rep."createdAt"::date) AS hired
      FROM "Staff" rep
      WHERE ${employed("rep")} AND rep."managerId" IN (SELECT id FROM base) AND EXISTS (SELECT 1 FROM req WHERE req.kind = 'MANAGERS')
    ),
    lead AS (
      -- a manager since the earliest day one of their current reports started reporting to them
      SELECT r."managerId" AS id, min(COALESCE(m."effectiveOn", r.hired)) AS since
      FROM reports r
      LEFT JOIN (
        SELECT DISTINCT ON (c."staffId") c."staffId", c."effectiveOn"
        FROM "StaffPlacementChange" c
        WHERE c.field = 'MANAGER' AND c."staffId" IN (SELECT id FROM reports)
        ORDER BY c."staffId", c.id DESC
      ) m ON m."staffId" = r.id
      GROUP BY r."managerId"
    ),
    person AS (
      SELECT b.*, mv.department_on, mv.sector_on, mv.duty_station_on, mv.grade_on, l.since AS manager_since
      FROM base b
      LEFT JOIN moved mv ON mv."staffId" = b.id
      LEFT JOIN lead l ON l.id = b.id
    ),
    member AS (
      -- one branch per audience kind (a join per kind is far cheaper than one join testing every kind on every pair)
      SELECT q.id AS requirement_id, p.id AS staff_id, p.hired AS entered_on
      FROM req q CROSS JOIN person p WHERE q.kind = 'EVERYONE'
      UNION ALL
      SELECT q.id, p.id, p.hired
      FROM req q JOIN person p ON p.hired + q."newStaffDays" >= q."effectiveFrom" WHERE q.kind = 'NEW_STAFF'
      UNION ALL
      SELECT q.id, p.id, GREATEST(p.hired, p.manager_since)
      FROM req q CROSS JOIN person p WHERE q.kind = 'MANAGERS' AND p.manager_since IS NOT NULL
      UNION ALL
      SELECT q.id, p.id, GREATEST(p.hired, COALESCE(p.department_on, p.hired))
      FROM req q CROSS JOIN LATERAL (SELECT DISTINCT unnest(q.vals) AS v) a JOIN person p ON p."departmentId" = a.v WHERE q.kind = 'DEPARTMENT'
      UNION ALL
      SELECT q.id, p.id, GREATEST(p.hired, COALESCE(p.sector_on, p.hired))
      FROM req q CROSS JOIN LATERAL (SELECT DISTINCT unnest(q.vals) AS v) a JOIN person p ON p."sectorId" = a.v WHERE q.kind = 'SECTOR'
      UNION ALL
      SELECT q.id, p.id, GREATEST(p.hired, COALESCE(p.duty_station_on, p.hired))
      FROM req q CROSS JOIN LATERAL (SELECT DISTINCT unnest(q.vals) AS v) a JOIN person p ON p."dutyStationId" = a.v WHERE q.kind = 'DUTY_STATION'
      UNION ALL
      SELECT q.id, p.id, GREATEST(p.hired, COALESCE(p.grade_on, p.hired))
      FROM req q CROSS JOIN LATERAL (SELECT DISTINCT unnest(q.vals) AS v) a JOIN person p ON p.grade = a.v WHERE q.kind = 'GRADE'
    ),
    done AS (
      SELECT t."staffId", t."courseId", max(t."endDate") AS last_on
      FROM "TrainingRecord" t
      WHERE t.status IN ('COMPLETED', 'ATTENDED') AND t."endDate" <= ${asOf}
        AND t."courseId" IN (SELECT "courseId" FROM req)
        ${doneStaffFilter}
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
      LEFT JOIN "RequirementExemption" e ON e."requirementId" = m.requirement_id AND e."staffId" = m.staff_id
        AND e."grantedAt"::date <= ${asOf} AND (e."revokedAt" IS NULL OR e."revokedAt"::date > ${asOf})
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
    FROM judged j
    ${snapshot ? Prisma.sql`WHERE j.starts_on <= ${asOf}` : Prisma.empty}`;
}

/** Raw state rows (no names): for a person's home page, the team page and the reminder job. */
export async function queryStates(scope: StateScope): Promise<StateRow[]> {
  return db.$queryRaw<StateRow[]>`SELECT * FROM (${statesSql(scope)}) st`;
}
