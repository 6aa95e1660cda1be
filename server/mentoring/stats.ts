import "server-only";
import { db } from "~/server/db";
import { addDays, parseIsoDate } from "~/lib/dates";
import { toCsv } from "~/lib/csv";
import { StatsPeriodInput } from "~/lib/schemas/mentoring";

/** A satisfaction average over fewer answers than this is not shown: it would identify people. */
export const MIN_SATISFACTION_ANSWERS = 5;
/** "Answered in time" means within this many days of the request. */
export const ANSWER_DAYS = 7;

export type MentoringStats = {
  period: { from: string; to: string };
  /** pairings running at the end of the period */
  activePairings: number;
  pairingsStarted: number;
  /** closed in the period at or after their planned end */
  pairingsCompleted: number;
  /** closed in the period before their planned end */
  pairingsEndedEarly: number;
  /** median days from start to close of the pairings closed in the period; null when none */
  medianDurationDays: number | null;
  /** requests sent in the period that a mentor could answer (not withdrawn by the mentee within the answer time) */
  requests: number;
  answeredInTime: number;
  /** answeredInTime / requests; null without requests */
  answeredInTimeShare: number | null;
  satisfaction: { answers: number; /** 1–5, null when fewer than MIN_SATISFACTION_ANSWERS answers */ average: number | null };
  /** listed mentors, and those whose places were all taken at the end of the period */
  mentorsListed: number;
  mentorsAtCapacity: number;
  coaching: { people: number; sessions: number; /** exact decimal string, e.g. "73.5" */ hours: string };
};

type Row = {
  active: bigint;
  started: bigint;
  completed: bigint;
  ended_early: bigint;
  median_days: number | null;
  requests: bigint;
  answered: bigint;
  answers: bigint;
  rating_avg: number | null;
  mentors_listed: bigint;
  mentors_full: bigint;
  coached: bigint;
  sessions: bigint;
  hours: string | null;
};

/**
 * MentorNet and coaching figures for a period (both ends inclusive, calendar dates), computed in SQL.
 * The Reports page and the CSV export show exactly these numbers.
 */
export async function mentoringStats(period: { from: string; to: string }): Promise<MentoringStats> {
  const from = parseIsoDate(period.from);
  const to = parseIsoDate(period.to);
  const end = parseIsoDate(addDays(period.to, 1)); // exclusive bound for instants
  const [row] = await db.$queryRaw<Row[]>`
    SELECT
      (SELECT count(*) FROM "Pairing" p
        WHERE p."startedOn" <= ${to}::date AND (p."closedOn" IS NULL OR p."closedOn" > ${to}::date)) AS active,
      (SELECT count(*) FROM "Pairing" p
        WHERE p."startedOn" BETWEEN ${from}::date AND ${to}::date) AS started,
      (SELECT count(*) FROM "Pairing" p
        WHERE p.outcome = 'COMPLETED' AND p."closedOn" BETWEEN ${from}::date AND ${to}::date) AS completed,
      (SELECT count(*) FROM "Pairing" p
        WHERE p.outcome = 'ENDED_EARLY' AND p."closedOn" BETWEEN ${from}::date AND ${to}::date) AS ended_early,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p."closedOn" - p."startedOn")::float8 FROM "Pairing" p
        WHERE p.outcome IN ('COMPLETED', 'ENDED_EARLY') AND p."startedOn" IS NOT NULL
          AND p."closedOn" BETWEEN ${from}::date AND ${to}::date) AS median_days,
      (SELECT count(*) FROM "MentoringRequest" r
        WHERE r."createdAt" >= ${from} AND r."createdAt" < ${end}
          AND NOT (r.status = 'WITHDRAWN' AND r."respondedAt" IS NULL
                   AND r."closedAt" < r."createdAt" + make_interval(days => ${ANSWER_DAYS}))) AS requests,
      (SELECT count(*) FROM "MentoringRequest" r
        WHERE r."createdAt" >= ${from} AND r."createdAt" < ${end}
          AND r."respondedAt" IS NOT NULL AND r."respondedAt" <= r."createdAt" + make_interval(days => ${ANSWER_DAYS})) AS answered,
      (SELECT count(*) FROM "PairingFeedback" f WHERE f."createdAt" >= ${from} AND f."createdAt" < ${end}) AS answers,
      (SELECT avg(f.rating)::float8 FROM "PairingFeedback" f WHERE f."createdAt" >= ${from} AND f."createdAt" < ${end}) AS rating_avg,
      (SELECT count(*) FROM "MentorProfile" m WHERE m.listed) AS mentors_listed,
      (SELECT count(*) FROM "MentorProfile" m
        WHERE m.listed AND m.capacity <= (
          SELECT count(*) FROM "Pairing" p
          WHERE p."mentorId" = m."staffId"
            AND coalesce(p."startedOn", p."proposedAt"::date) <= ${to}::date
            AND (p."closedOn" IS NULL OR p."closedOn" > ${to}::date))) AS mentors_full,
      (SELECT count(DISTINCT s."coacheeId") FROM "CoachingSession" s WHERE s."heldOn" BETWEEN ${from}::date AND ${to}::date) AS coached,
      (SELECT count(*) FROM "CoachingSession" s WHERE s."heldOn" BETWEEN ${from}::date AND ${to}::date) AS sessions,
      (SELECT coalesce(sum(s.hours), 0)::text FROM "CoachingSession" s WHERE s."heldOn" BETWEEN ${from}::date AND ${to}::date) AS hours`;
  const n = (v: bigint | undefined) => Number(v ?? 0);
  const requests = n(row?.requests);
  const answered = n(row?.answered);
  const answers = n(row?.answers);
  return {
    period: { from: period.from, to: period.to },
    activePairings: n(row?.active),
    pairingsStarted: n(row?.started),
    pairingsCompleted: n(row?.completed),
    pairingsEndedEarly: n(row?.ended_early),
    medianDurationDays: row?.median_days == null ? null : Number(row.median_days),
    requests,
    answeredInTime: answered,
    answeredInTimeShare: requests === 0 ? null : answered / requests,
    satisfaction: {
      answers,
      average: answers >= MIN_SATISFACTION_ANSWERS && row?.rating_avg != null ? Math.round(Number(row.rating_avg) * 100) / 100 : null,
    },
    mentorsListed: n(row?.mentors_listed),
    mentorsAtCapacity: n(row?.mentors_full),
    coaching: { people: n(row?.coached), sessions: n(row?.sessions), hours: trimDecimal(row?.hours ?? "0") },
  };
}

/** "73.50" → "73.5", "12.00" → "12". */
function trimDecimal(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** The figures as a two-column CSV (figure, value), for the export button and the CLI. */
export function mentoringStatsCsv(stats: MentoringStats): string {
  const share = stats.answeredInTimeShare === null ? null : Math.round(stats.answeredInTimeShare * 1000) / 10;
  const rows: [string, string | number | null][] = [
    ["Period from", stats.period.from],
    ["Period to", stats.period.to],
    ["Active pairings at end of period", stats.activePairings],
    ["Pairings started", stats.pairingsStarted],
    ["Pairings completed", stats.pairingsCompleted],
    ["Pairings ended early", stats.pairingsEndedEarly],
    ["Median pairing duration (days)", stats.medianDurationDays],
    ["Mentoring requests", stats.requests],
    [`Requests answered within ${ANSWER_DAYS} days`, stats.answeredInTime],
    [`Share answered within ${ANSWER_DAYS} days (%)`, share],
    ["Feedback answers", stats.satisfaction.answers],
    [`Satisfaction average (1-5; shown from ${MIN_SATISFACTION_ANSWERS} answers)`, stats.satisfaction.average],
    ["Listed mentors", stats.mentorsListed],
    ["Mentors at capacity at end of period", stats.mentorsAtCapacity],
    ["People coached", stats.coaching.people],
    ["Coaching sessions", stats.coaching.sessions],
    ["Coaching hours", stats.coaching.hours],
  ];
  return toCsv(["Figure", "Value"], rows);
}

/**
 * The CSV of `GET /api/exports/mentoring?from=YYYY-MM-DD&to=YYYY-MM-DD` and its file name; a bad period throws the
 * schema's ZodError (the route answers 400 with its reason).
 */
export async function mentoringStatsFile(query: URLSearchParams): Promise<{ csv: string; fileName: string }> {
  const period = StatsPeriodInput.parse({ from: query.get("from"), to: query.get("to") });
  return { csv: mentoringStatsCsv(await mentoringStats(period)), fileName: `mentoring-${period.from}-${period.to}.csv` };
}
