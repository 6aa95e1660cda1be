import "server-only";
// Any period's figures by category from the maintained day rollups (migration *_report_period_rollups), exact:
// participants and training days are sums of per-day rows; unique learners are person-days minus repeats (a person
// seen again in the period), the repeats read per whole month pair from ReportLearnerRepeats and, for the two partial
// edge months, from ReportLearnerDay. The ledger aggregate in training.ts stays the check (tests, benchmark).
import type { Tx } from "~/server/db";

export interface PeriodFigureRow {
  g_cat: number;
  g_grp: number;
  cat: string | null;
  grp: string | null;
  participants: number;
  learners: number;
  days: string | null;
}

/**
 * Rows in the shape of the ledger query's (g_cat 1, cat null: all categories). `from` and `to` are ISO dates, both
 * inclusive. Let M1 be from's month and M2 to's: a repeat is a person-day in [from, to] whose previous day in the same
 * category is on or after `from`; it lies in exactly one of (1) previous day's month after M1 and day's month before
 * M2 (whole months: the monthly table), (2) previous day in [from, end of M1] (edge scan), (3) day in [start of M2, to]
 * with the previous day after M1 (edge scan).
 */
export async function periodFigures(tx: Tx, from: string, to: string): Promise<PeriodFigureRow[]> {
  const rows = await tx.$queryRaw<{ cat: string; participants: number; learner_days: number; repeats: number; days: string }[]>`
    WITH bounds AS (
      SELECT ${from}::date AS "from", ${to}::date AS "to",
             date_trunc('month', ${from}::date)::date AS m1, date_trunc('month', ${to}::date)::date AS m2,
             (date_trunc('month', ${from}::date) + interval '1 month')::date AS m1_next
    ),
    day_sums AS (
      SELECT "categoryId" AS cat, sum(participants)::int AS participants, sum("trainingDays") AS days,
             sum("learnerDays")::int AS learner_days
      FROM "ReportDayFigures", bounds b WHERE day BETWEEN b."from" AND b."to"
      GROUP BY "categoryId"
    ),
    repeats AS (
      SELECT "categoryId" AS cat, sum(repeats)::int AS n
      FROM "ReportLearnerRepeats", bounds b WHERE "prevMonth" > b.m1 AND "prevMonth" < b.m2 AND month < b.m2
      GROUP BY "categoryId"
      UNION ALL
      SELECT "categoryId", count(*)::int
      FROM "ReportLearnerDay", bounds b WHERE "prevDay" >= b."from" AND "prevDay" < b.m1_next AND day <= b."to"
      GROUP BY "categoryId"
      UNION ALL
      SELECT "categoryId", count(*)::int
      FROM "ReportLearnerDay", bounds b WHERE day >= b.m2 AND day <= b."to" AND "prevDay" >= b.m1_next
      GROUP BY "categoryId"
    )
    SELECT d.cat, d.participants, d.learner_days, coalesce(r.n, 0)::int AS repeats, d.days::text AS days
    FROM day_sums d LEFT JOIN (SELECT cat, sum(n)::int AS n FROM repeats GROUP BY cat) r USING (cat)
    -- a category whose participations in the period were all corrected away has rows of zeros: as if it had none
    WHERE d.participants <> 0`;
  return rows.map((r) => ({
    g_cat: r.cat === "*" ? 1 : 0,
    g_grp: 1,
    cat: r.cat === "*" ? null : r.cat,
    grp: null,
    participants: r.participants,
    learners: r.learner_days - r.repeats,
    days: r.days,
  }));
}
