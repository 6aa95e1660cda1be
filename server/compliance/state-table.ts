import "server-only";
import { db, type Tx } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import type { IsoDate } from "~/lib/dates";
import { statesSql, type StateScope } from "~/server/compliance/state-query";

/**
 * The maintained compliance states (issue 16): ComplianceState holds the live state query's answer for one day, so
 * the whole-organisation dashboard, a requirement's page, the overdue CSV and the reminder run read a table instead of
 * recomputing 300,000+ states (7 s at 100,000 staff). It is never stale:
 * - triggers on the ledger, Staff, StaffPlacementChange, RequirementExemption and Requirement record in
 *   ComplianceStateDirty who (or which requirement) changed, in the changing transaction;
 * - every reader first calls refreshStates(asOf): when something is marked, it recomputes those people and
 *   requirements with the live query (the same SQL as ./state-query.ts) under one advisory lock, then reads;
 * - the table serves one day. A later day (the date moved on) rebuilds it for that day; an earlier one (history,
 *   snapshots) reads the live query.
 * The live query is the reference: state-table.int.test.ts and `npm run bench -- compliance` prove the two equal.
 */

/** Marked people beyond which one rebuild is cheaper than recomputing them one scope at a time. */
export const REBUILD_ABOVE_STAFF = 20_000;
const LOCK = Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('pathway.compliance_states'))`;
// A rebuild at 100,000 staff takes seconds; the pool's default 20 s transaction limit is for requests.
const REBUILD_TIMEOUT_MS = 10 * 60_000;

export type RefreshResult = { serves: boolean; rebuilt: boolean; staff: number; requirements: number };

async function tableDay(client: Tx | typeof db): Promise<{ asOf: IsoDate | null; dirty: boolean }> {
  const [row] = await client.$queryRaw<{ asOf: IsoDate | null; dirty: boolean }[]>`
    SELECT (SELECT to_char("asOf", 'YYYY-MM-DD') FROM "ComplianceStateDay" WHERE id = 1) AS "asOf",
           EXISTS (SELECT 1 FROM "ComplianceStateDirty") AS dirty`;
  return row ?? { asOf: null, dirty: false };
}

const columns = Prisma.sql`("requirementId", "staffId", "courseId", "departmentId", "sectorId", "managerId", state, "dueOn", "validUntil",
  "lastCompletedOn", "startsOn", "enteredOn", "daysOverdue", "exemptReason")`;

/** INSERT the live states of a scope (the rows the live query returns for it). */
function insertLive(scope: StateScope): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ComplianceState" ${columns}
    SELECT st."requirementId", st."staffId", st."courseId", s."departmentId", s."sectorId", s."managerId", st.state,
           st."dueOn"::date, st."validUntil"::date, st."lastCompletedOn"::date, st."startsOn"::date, st."enteredOn"::date,
           st."daysOverdue", st."exemptReason"
    FROM (${statesSql(scope)}) st
    JOIN "Staff" s ON s.id = st."staffId"
    ON CONFLICT ("requirementId", "staffId") DO NOTHING`;
}

async function rebuild(tx: Tx, asOf: IsoDate): Promise<void> {
  // Marks visible now are covered by the recomputation that follows (READ COMMITTED: each statement sees what was
  // committed before it began); marks committed later stay for the next reader.
  await tx.$executeRaw`DELETE FROM "ComplianceStateDirty"`;
  await tx.$executeRaw`DELETE FROM "ComplianceState"`;
  await tx.$executeRaw(insertLive({ asOf }));
  await tx.$executeRaw`
    INSERT INTO "ComplianceStateDay" (id, "asOf", "refreshedAt") VALUES (1, ${asOf}::date, now())
    ON CONFLICT (id) DO UPDATE SET "asOf" = EXCLUDED."asOf", "refreshedAt" = EXCLUDED."refreshedAt"`;
}

/**
 * Brings ComplianceState up to date for `asOf` and says whether it can serve that day. Cheap when nothing changed
 * (one small query, no lock); otherwise one transaction under an advisory lock, so concurrent readers do the work once.
 */
export async function refreshStates(asOf: IsoDate): Promise<RefreshResult> {
  const seen = await tableDay(db);
  if (seen.asOf !== null && asOf < seen.asOf) return { serves: false, rebuilt: false, staff: 0, requirements: 0 };
  if (seen.asOf === asOf && !seen.dirty) return { serves: true, rebuilt: false, staff: 0, requirements: 0 };
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw(LOCK);
      const day = await tableDay(tx);
      if (day.asOf !== null && asOf < day.asOf) return { serves: false, rebuilt: false, staff: 0, requirements: 0 };
      if (day.asOf === null || asOf > day.asOf) {
        await rebuild(tx, asOf);
        return { serves: true, rebuilt: true, staff: 0, requirements: 0 };
      }
      const [marked] = await tx.$queryRaw<{ staff: string[] | null; requirements: string[] | null }[]>`
        WITH d AS (DELETE FROM "ComplianceStateDirty" RETURNING "staffId", "requirementId")
        SELECT array_agg(DISTINCT "staffId") FILTER (WHERE "staffId" IS NOT NULL) AS staff,
               array_agg(DISTINCT "requirementId") FILTER (WHERE "requirementId" IS NOT NULL) AS requirements
        FROM d`;
      const staff = marked?.staff ?? [];
      const requirements = marked?.requirements ?? [];
      if (staff.length > REBUILD_ABOVE_STAFF) {
        await rebuild(tx, asOf);
        return { serves: true, rebuilt: true, staff: staff.length, requirements: requirements.length };
      }
      if (staff.length || requirements.length) {
        await tx.$executeRaw`
          DELETE FROM "ComplianceState" WHERE "staffId" = ANY(${staff}::text[]) OR "requirementId" = ANY(${requirements}::text[])`;
        if (requirements.length) await tx.$executeRaw(insertLive({ asOf, requirementIds: requirements }));
        if (staff.length) await tx.$executeRaw(insertLive({ asOf, staffIds: staff }));
        await tx.$executeRaw`UPDATE "ComplianceStateDay" SET "refreshedAt" = now() WHERE id = 1`;
      }
      return { serves: true, rebuilt: false, staff: staff.length, requirements: requirements.length };
    },
    { maxWait: REBUILD_TIMEOUT_MS, timeout: REBUILD_TIMEOUT_MS },
  );
}

/** Where a reader's states come from: the maintained table, or the live query (a past day, a snapshot). */
export type StateSource = { sql: Prisma.Sql; live: boolean };

const ids = (v: readonly string[]) => Prisma.sql`${[...v]}::text[]`;

/** The maintained rows of a scope, with the columns of StateRow (the same text dates as the live query). */
export function tableStatesSql(scope: Omit<StateScope, "asOf" | "view">): Prisma.Sql {
  const where = [
    Prisma.sql`TRUE`,
    ...(scope.requirementIds ? [Prisma.sql`cs."requirementId" = ANY(${ids(scope.requirementIds)})`] : []),
    ...(scope.staffIds ? [Prisma.sql`cs."staffId" = ANY(${ids(scope.staffIds)})`] : []),
    ...(scope.managerId ? [Prisma.sql`cs."managerId" = ${scope.managerId}`] : []),
    ...(scope.departmentId ? [Prisma.sql`cs."departmentId" = ${scope.departmentId}`] : []),
    ...(scope.sectorId ? [Prisma.sql`cs."sectorId" = ${scope.sectorId}`] : []),
  ];
  return Prisma.sql`
    SELECT cs."requirementId", cs."staffId", cs."courseId", cs.state,
           to_char(cs."dueOn", 'YYYY-MM-DD') AS "dueOn", to_char(cs."validUntil", 'YYYY-MM-DD') AS "validUntil",
           to_char(cs."lastCompletedOn", 'YYYY-MM-DD') AS "lastCompletedOn", to_char(cs."startsOn", 'YYYY-MM-DD') AS "startsOn",
           to_char(cs."enteredOn", 'YYYY-MM-DD') AS "enteredOn", cs."daysOverdue", cs."exemptReason"
    FROM "ComplianceState" cs
    WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * The states of a scope as a subquery with the columns of StateRow, from the maintained table when it serves the
 * day (after applying what changed), else from the live query. Every reader of states goes through here.
 */
export async function stateSource(scope: StateScope): Promise<StateSource> {
  // A person's or a team's states are a few rows the live query answers in milliseconds (and a home page never waits
  // for the day's rebuild); the organisation, a department, a sector or a requirement read the table.
  const narrow = !!(scope.staffIds || scope.managerId);
  if (!narrow && scope.view !== "snapshot" && (await refreshStates(scope.asOf)).serves) return { sql: tableStatesSql(scope), live: false };
  return { sql: statesSql(scope), live: true };
}
