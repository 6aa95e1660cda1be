/**
 * Reports benchmark: a large organisation (100,000 staff, 2,000,000 training records over 5 years, 40 categories)
 * in a database of its own (`pathway_bench`, on the embedded server or DATABASE_URL's), then
 *   1. proves trainingReport() right against a plain recomputation (sequential scan, no index, default collation);
 *   2. times the year report by category, warm (target: median < 150 ms on 2 cores), and a few other reports;
 *   3. times the API request through the real route handler with a real token (target: median < 300 ms).
 * Prints one JSON line per measurement. The organisation is generated once and reused (marker in "Setting");
 * pass --regenerate to build it again.
 * The any-period and breakdown figures are printed in the fixed shape of scripts/bench/measure.ts, each with two
 * references measured in the same run: one hand-written SQL aggregate over the raw ledger (the plain limit) and a naive
 * ORM version (Prisma findMany of the rows, summed in JS).
 * --quick: a tenth of the organisation (10,000 staff, 200,000 records) in `pathway_bench_quick`, and fewer runs.
 *   npx tsx --conditions=react-server scripts/bench/reports.ts [--regenerate] [--runs 21] [--quick]
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { ensureDatabase, repoRoot, withDatabase } from "~/scripts/db/embedded";
import { applyMigrations } from "~/scripts/db/schema-engine";
import { DEFAULT_SIZE, QUICK_SIZE, generateOrganisation } from "~/scripts/bench/reports-data";
import { figure, quick, runsFor, scaled } from "~/scripts/bench/measure";
import Decimal from "decimal.js";
import { db, disconnectDb } from "~/server/db";
import { reportYearOf, trainingReport, type TrainingReport } from "~/server/reports/training";
import { daysToJsonNumber, sumDays } from "~/lib/training-days";

const BENCH_DATABASE = quick ? "pathway_bench_quick" : "pathway_bench";
const SIZE = quick ? QUICK_SIZE : DEFAULT_SIZE;
const MARKER_KEY = "bench.reports";
// Bump when the generator changes, so an organisation built by an older generator is rebuilt.
const GENERATOR_VERSION = 2;
const YEAR = { from: "2024-01-01", to: "2024-12-31" };

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Timings, with the machine's 1-minute load average: on a shared machine a busy neighbour shows in the figures. */
export function summary(ms: number[]) {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    runs: ms.length,
    medianMs: round(median(ms)),
    p95Ms: round(percentile(ms, 95)),
    minMs: round(Math.min(...ms)),
    maxMs: round(Math.max(...ms)),
    cores: cpus().length,
    loadAverage1m: round(loadavg()[0]!),
  };
}

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: "reports", ...record }));
}

/**
 * CPU time spent by the benchmark database's server processes, from /proc/<pid>/schedstat (nanoseconds). On a machine
 * shared with other work, wall time depends on the neighbours; CPU time is what the query itself costs. Null when the
 * server's processes cannot be read (another machine, another user).
 */
export async function serverCpuSampler(url: string): Promise<{ sample(): Promise<number | null>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const read = (pid: number) => {
    try {
      return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
    } catch {
      return null;
    }
  };
  return {
    async sample() {
      const { rows } = await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      let total = 0;
      for (const { pid } of rows) {
        const ms = read(pid);
        if (ms === null) return null;
        total += ms;
      }
      return total;
    },
    close: () => client.end(),
  };
}

async function timed<T>(runs: number, warmup: number, fn: () => Promise<T>, cpu?: Awaited<ReturnType<typeof serverCpuSampler>>) {
  let last!: T;
  for (let i = 0; i < warmup; i++) last = await fn();
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = cpu ? await cpu.sample() : null;
    const started = performance.now();
    last = await fn();
    ms.push(performance.now() - started);
    const after = cpu ? await cpu.sample() : null;
    if (before !== null && after !== null) cpuMs.push(after - before);
  }
  return { ms, cpuMs, last };
}

/** Median database CPU time per run, when it could be measured. */
export function cpuSummary(cpuMs: number[]) {
  return cpuMs.length ? { databaseCpuMedianMs: Math.round(median(cpuMs) * 10) / 10 } : {};
}

async function prepareBenchDatabase(serverUrl: string, regenerate: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  const url = withDatabase(serverUrl, BENCH_DATABASE);
  // A plain string: jsonb reorders an object's keys, so a JSON object would never compare equal to what was written.
  const wanted = [GENERATOR_VERSION, ...Object.values(SIZE)].join(":");
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DATABASE])).rowCount === 1;
    if (exists && !regenerate && (await markerOf(url)) === wanted) {
      const applied = await applyMigrations(url);
      // A migration may have filled a maintained table: index-only scans need its visibility map set.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`VACUUM (ANALYZE) "ReportDayFigures", "ReportLearnerDay", "ReportLearnerRepeats", "ReportYearGroupFigures"`).finally(() => client.end());
      line({ step: "reuse", database: BENCH_DATABASE, migrationsApplied: applied.length });
      return url;
    }
    if (exists) await admin.query(`DROP DATABASE ${BENCH_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
  const started = performance.now();
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts = await generateOrganisation(client, SIZE);
    await client.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, to_jsonb($2::text), now())`, [MARKER_KEY, wanted]);
    line({ step: "generate", database: BENCH_DATABASE, ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 });
  } finally {
    await client.end();
  }
  return url;
}

async function markerOf(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string }>(`SELECT value #>> '{}' AS value FROM "Setting" WHERE key = $1`, [MARKER_KEY]);
    return rows[0]?.value ?? null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * The same figures the simplest way: one sequential scan, the database's own collation, no covering index.
 * Returns the report's shape so the two can be compared with one deep equality.
 */
async function plainRecomputation(url: string, period: { from: string; to: string }): Promise<Pick<TrainingReport, "totals" | "byCategory">> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off; SET LOCAL enable_bitmapscan = off");
    const { rows } = await client.query<{ code: string; name: string; participants: number; learners: number; days: string | null }>(
      `SELECT c.code, c.name, count(r.id)::int AS participants, count(DISTINCT r."staffId")::int AS learners, sum(r."trainingDays")::text AS days
       FROM "Category" c
       LEFT JOIN "TrainingRecord" r ON r."categoryId" = c.id AND r.status IN ('COMPLETED', 'ATTENDED') AND r."endDate" BETWEEN $1 AND $2
       WHERE c."retiredAt" IS NULL OR r.id IS NOT NULL
       GROUP BY c.code, c.name`,
      [period.from, period.to],
    );
    const { rows: [total] } = await client.query<{ participants: number; learners: number; days: string | null }>(
      `SELECT count(*)::int AS participants, count(DISTINCT "staffId")::int AS learners, sum("trainingDays")::text AS days
       FROM "TrainingRecord" WHERE status IN ('COMPLETED', 'ATTENDED') AND "endDate" BETWEEN $1 AND $2`,
      [period.from, period.to],
    );
    await client.query("COMMIT");
    const days = (d: string | null) => daysToJsonNumber(sumDays([d ?? "0"]));
    return {
      totals: { participants: total!.participants, uniqueLearners: total!.learners, trainingDays: days(total!.days) },
      byCategory: rows
        .map((r) => ({ code: r.code, name: r.name, participants: r.participants, uniqueLearners: r.learners, trainingDays: days(r.days) }))
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    };
  } finally {
    await client.end();
  }
}

/**
 * The triggers that keep ReportYearFigures, at scale: set-based inserts, updates (status, end date across years,
 * category, days) and deletes of tens of thousands of rows, timed, then every year's figures compared with a
 * recomputation from the ledger. All in one transaction that is rolled back, so the organisation stays as generated.
 */
async function verifyMaintenanceAtScale(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (what: string, sql: string) => {
    const started = performance.now();
    const { rowCount } = await client.query(sql);
    line({ step: "maintain", what, rows: rowCount, ms: Math.round(performance.now() - started) });
  };
  try {
    await client.query("BEGIN");
    await step(
      `insert ${scaled(20000)} completions`,
      `INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
       SELECT 'bench-extra-' || i, st.ids[1 + (i * 7) % st.n], c.id, c."categoryId", c.mode, date '2024-01-01' + (i % 700), date '2024-01-01' + (i % 700),
              c."trainingDays", 'COMPLETED', 'IMPORT', 'bench-extra:' || i, now()
       FROM generate_series(1, ${scaled(20000)}) i
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM "Staff") st
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM "Course") cs
       JOIN "Course" c ON c.id = cs.ids[1 + (i * 13) % cs.n]`,
    );
    await step(`mark ${scaled(10000)} completions as no-shows`, `UPDATE "TrainingRecord" SET status = 'NO_SHOW' WHERE id IN (SELECT id FROM "TrainingRecord" WHERE status = 'COMPLETED' AND "endDate" BETWEEN '2023-06-01' AND '2024-08-31' ORDER BY id LIMIT ${scaled(10000)})`);
    await step(`move ${scaled(10000)} rows 200 days later (across years)`, `UPDATE "TrainingRecord" SET "endDate" = "endDate" + 200, "startDate" = "startDate" + 200 WHERE id IN (SELECT id FROM "TrainingRecord" WHERE "endDate" BETWEEN '2023-06-01' AND '2024-08-31' ORDER BY id DESC LIMIT ${scaled(10000)})`);
    await step(
      `recategorise ${scaled(5000)} rows and change their days`,
      `UPDATE "TrainingRecord" r SET "categoryId" = (SELECT id FROM "Category" ORDER BY code LIMIT 1), "trainingDays" = r."trainingDays" + 0.125
       WHERE id IN (SELECT id FROM "TrainingRecord" WHERE status = 'ATTENDED' AND "endDate" BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY "sourceKey" LIMIT ${scaled(5000)})`,
    );
    await step(
      `move ${scaled(5000)} people to another department (and sector)`,
      `UPDATE "Staff" s SET "departmentId" = d.id, "sectorId" = coalesce(d2."sectorId", s."sectorId")
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Staff" ORDER BY id LIMIT ${scaled(5000)}) p
       JOIN LATERAL (SELECT id FROM "Department" ORDER BY code OFFSET (p.n % 7) LIMIT 1) d ON true
       LEFT JOIN LATERAL (SELECT "sectorId" FROM "Staff" x WHERE x."departmentId" = d.id AND x."sectorId" IS NOT NULL LIMIT 1) d2 ON true
       WHERE s.id = p.id`,
    );
    await step(`change ${scaled(2000)} grades`, `UPDATE "Staff" SET grade = 'P5' WHERE id IN (SELECT id FROM "Staff" WHERE grade <> 'P5' ORDER BY id DESC LIMIT ${scaled(2000)})`);
    await step(`delete ${scaled(5000)} rows`, `DELETE FROM "TrainingRecord" WHERE id IN (SELECT id FROM "TrainingRecord" WHERE "endDate" BETWEEN '2024-05-01' AND '2024-07-31' ORDER BY "sourceKey" DESC LIMIT ${scaled(5000)})`);
    const { rows: [diff] } = await client.query<{ mismatches: number }>(`
      WITH fresh AS (
        SELECT k.kind, k.year, coalesce(r."categoryId", '*') AS "categoryId", count(*)::int AS participants,
               count(DISTINCT r."staffId")::int AS "uniqueLearners", sum(r."trainingDays") AS "trainingDays"
        FROM "TrainingRecord" r CROSS JOIN LATERAL report_year_keys(r."endDate") k
        WHERE r.status IN ('COMPLETED', 'ATTENDED')
        GROUP BY GROUPING SETS ((k.kind, k.year, r."categoryId"), (k.kind, k.year))
      ),
      kept AS (SELECT kind, year, "categoryId", participants, "uniqueLearners", "trainingDays" FROM "ReportYearFigures" WHERE participants <> 0)
      SELECT ((SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) a) + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) b))::int AS mismatches`);
    const ok = diff!.mismatches === 0;
    line({ step: "verify", what: "yearly figures after the changes equal a recomputation from the ledger, every year", ok });
    if (!ok) throw new Error(`ReportYearFigures differs from the ledger in ${diff!.mismatches} rows after the changes.`);
    const started = performance.now();
    const { rows: [days] } = await client.query<{ days: number; learners: number; repeats: number }>(DAY_ROLLUPS_MISMATCHES);
    const daysOk = days!.days === 0 && days!.learners === 0 && days!.repeats === 0;
    line({ step: "verify", what: "day rollups after the changes equal a recomputation from the ledger, every day", ok: daysOk, mismatches: days, ms: Math.round(performance.now() - started) });
    if (!daysOk) throw new Error(`The day rollups differ from the ledger after the changes: ${JSON.stringify(days)}.`);
    const groupsStarted = performance.now();
    const { rows: [groups] } = await client.query<{ mismatches: number }>(GROUP_FIGURES_MISMATCHES);
    const groupsOk = groups!.mismatches === 0;
    line({ step: "verify", what: "yearly figures by department, sector, duty station, grade and gender after the changes equal a recomputation", ok: groupsOk, mismatches: groups!.mismatches, ms: Math.round(performance.now() - groupsStarted) });
    if (!groupsOk) throw new Error(`ReportYearGroupFigures differs from the ledger in ${groups!.mismatches} rows after the changes.`);
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    // The rolled-back rows left dead tuples and cleared visibility-map bits; clear them as autovacuum would before timing.
    await client.query(`VACUUM (ANALYZE) "TrainingRecord", "Staff", "ReportYearFigures", "ReportDayFigures", "ReportLearnerDay", "ReportLearnerRepeats", "ReportYearGroupFigures"`).catch(() => {});
    await client.end();
  }
}

/**
 * Rows of the three day rollups that differ from a recomputation from the ledger (both directions), with the
 * definitions of migration *_report_period_rollups written out again here (zero rows are as good as none).
 */
const DAY_ROLLUPS_MISMATCHES = `
  WITH counted AS (SELECT * FROM "TrainingRecord" WHERE status IN ('COMPLETED', 'ATTENDED')),
  learner_days AS (
    SELECT "staffId", cat AS "categoryId", day, lag(day) OVER (PARTITION BY "staffId", cat ORDER BY day) AS "prevDay"
    FROM (SELECT DISTINCT r."staffId", v.cat, r."endDate" AS day FROM counted r CROSS JOIN LATERAL (VALUES (r."categoryId"), ('*')) v(cat)) d
  ),
  day_figures AS (
    SELECT f.day, f."categoryId", f.participants, f."trainingDays", coalesce(l.n, 0)::int AS "learnerDays"
    FROM (SELECT "endDate" AS day, coalesce("categoryId", '*') AS "categoryId", count(*)::int AS participants, sum("trainingDays") AS "trainingDays"
          FROM counted GROUP BY GROUPING SETS (("endDate", "categoryId"), ("endDate"))) f
    LEFT JOIN (SELECT day, "categoryId", count(*) AS n FROM learner_days GROUP BY 1, 2) l USING (day, "categoryId")
  ),
  repeats AS (
    SELECT "categoryId", date_trunc('month', "prevDay")::date AS "prevMonth", date_trunc('month', day)::date AS month, count(*)::int AS repeats
    FROM learner_days WHERE "prevDay" IS NOT NULL GROUP BY 1, 2, 3
  ),
  kept_days AS (SELECT day, "categoryId", participants, "trainingDays", "learnerDays" FROM "ReportDayFigures"
                WHERE participants <> 0 OR "trainingDays" <> 0 OR "learnerDays" <> 0),
  kept_repeats AS (SELECT "categoryId", "prevMonth", month, repeats FROM "ReportLearnerRepeats" WHERE repeats <> 0)
  SELECT
    ((SELECT count(*) FROM (SELECT * FROM day_figures EXCEPT SELECT * FROM kept_days) a)
     + (SELECT count(*) FROM (SELECT * FROM kept_days EXCEPT SELECT * FROM day_figures) b))::int AS days,
    ((SELECT count(*) FROM (SELECT * FROM learner_days EXCEPT SELECT "staffId", "categoryId", day, "prevDay" FROM "ReportLearnerDay") a)
     + (SELECT count(*) FROM (SELECT "staffId", "categoryId", day, "prevDay" FROM "ReportLearnerDay" EXCEPT SELECT * FROM learner_days) b))::int AS learners,
    ((SELECT count(*) FROM (SELECT * FROM repeats EXCEPT SELECT * FROM kept_repeats) a)
     + (SELECT count(*) FROM (SELECT * FROM kept_repeats EXCEPT SELECT * FROM repeats) b))::int AS repeats`;

/**
 * Rows of ReportYearGroupFigures that differ from a recount: each person's counted rows per year and category (and in
 * all), joined to the person's current groups (a person counts once per year, category and group).
 */
const GROUP_FIGURES_MISMATCHES = `
  WITH per_person AS (
    SELECT r."staffId", k.kind, k.year, coalesce(r."categoryId", '*') AS "categoryId", count(*) AS n, sum(r."trainingDays") AS days
    FROM "TrainingRecord" r CROSS JOIN LATERAL report_year_keys(r."endDate") k
    WHERE r.status IN ('COMPLETED', 'ATTENDED')
    GROUP BY GROUPING SETS ((r."staffId", k.kind, k.year, r."categoryId"), (r."staffId", k.kind, k.year))
  ),
  fresh AS (
    SELECT p.kind, p.year, g.dimension, g.value, p."categoryId", sum(p.n)::int AS participants, count(*)::int AS "uniqueLearners", sum(p.days) AS "trainingDays"
    FROM per_person p JOIN "Staff" s ON s.id = p."staffId"
    CROSS JOIN LATERAL (VALUES ('department', coalesce(s."departmentId", '')), ('sector', coalesce(s."sectorId", '')),
                               ('duty_station', coalesce(s."dutyStationId", '')), ('grade', s.grade), ('gender', s.gender::text)) g(dimension, value)
    GROUP BY 1, 2, 3, 4, 5
  ),
  kept AS (SELECT kind, year, dimension, value, "categoryId", participants, "uniqueLearners", "trainingDays" FROM "ReportYearGroupFigures" WHERE participants <> 0)
  SELECT ((SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) a) + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) b))::int AS mismatches`;

function sameFigures(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Any period that is not a whole year: a custom range and the last 12 months (issue 16's examples). */
const PERIODS = [
  { from: "2024-03-15", to: "2024-11-02" },
  { from: "2024-03-16", to: "2025-03-15" },
];

const COUNTED = ["COMPLETED", "ATTENDED"] as const;

/** Reference 1, the plain limit: one hand-written SQL aggregate over the raw ledger (pg, no Prisma), by category or by a Staff column. */
async function plainSql(client: pg.Client, period: { from: string; to: string }, by?: "departmentId" | "sectorId" | "mode") {
  const join = by === "departmentId" || by === "sectorId" ? `JOIN "Staff" s ON s.id = r."staffId"` : "";
  const group = by === "mode" ? `r.mode` : by ? `s."${by}"` : null;
  const sets = group ? `(r."categoryId"), (), (${group}), (${group}, r."categoryId")` : `(r."categoryId"), ()`;
  const { rows } = await client.query(
    `SELECT r."categoryId", ${group ?? "NULL"} AS grp, count(*)::int AS participants, count(DISTINCT r."staffId")::int AS learners, sum(r."trainingDays")::text AS days
     FROM "TrainingRecord" r ${join}
     WHERE r.status IN ('COMPLETED', 'ATTENDED') AND r."endDate" BETWEEN $1 AND $2
     GROUP BY GROUPING SETS (${sets})`,
    [period.from, period.to],
  );
  return rows;
}

/** Reference 2, the naive ORM version: every counted row through Prisma's findMany, summed in JS (decimal.js, Sets of people). */
async function naiveOrm(period: { from: string; to: string }, by?: "departmentId" | "sectorId" | "mode") {
  const rows = await db.trainingRecord.findMany({
    where: { status: { in: [...COUNTED] }, endDate: { gte: new Date(period.from), lte: new Date(period.to) } },
    select: { categoryId: true, staffId: true, trainingDays: true, mode: true, ...(by && by !== "mode" ? { staff: { select: { [by]: true } } } : {}) },
  });
  const groups = new Map<string, { participants: number; people: Set<string>; days: Decimal }>();
  const add = (key: string, r: (typeof rows)[number]) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { participants: 0, people: new Set(), days: new Decimal(0) }));
    g.participants++;
    g.people.add(r.staffId);
    g.days = g.days.plus(r.trainingDays.toString());
  };
  for (const r of rows) {
    add(`${r.categoryId}|`, r);
    add(`*|`, r);
    if (by) {
      const grp = by === "mode" ? r.mode : String((r as unknown as { staff: Record<string, string | null> }).staff[by]);
      add(`${r.categoryId}|${grp}`, r);
      add(`*|${grp}`, r);
    }
  }
  return groups.size;
}

/**
 * Issue 16's any-period and breakdown targets, each with its two references measured in the same run. The naive ORM
 * reference reads hundreds of thousands of rows through Prisma per run: it gets fewer runs (its median is still a median).
 */
async function measureAgainstReferences(url: string, runs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const naiveRuns = quick ? 3 : 5;
  const sample = async (n: number, fn: () => Promise<unknown>) => {
    await fn();
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await fn();
      ms.push(performance.now() - t);
    }
    return ms;
  };
  try {
    await client.query("SET work_mem = '64MB'");
    const cases: { name: string; period: { from: string; to: string }; by?: "department" | "sector" | "mode"; target?: number; source?: "ledger" }[] = [
      { name: "report.period.byCategory", period: PERIODS[0]!, target: 150 },
      { name: "report.last12Months.byCategory", period: PERIODS[1]!, target: 150 },
      { name: "report.period.byCategory.ledger", period: PERIODS[0]!, source: "ledger" },
      { name: "report.year.byDepartment", period: YEAR, by: "department", target: 250 },
      { name: "report.year.bySector", period: YEAR, by: "sector" },
      { name: "report.year.byMode", period: YEAR, by: "mode" },
    ];
    for (const c of cases) {
      const column = c.by === "department" ? "departmentId" : c.by === "sector" ? "sectorId" : c.by;
      const ours = await sample(runs, () => trainingReport({ ...c.period, ...(c.by ? { by: c.by } : {}) }, c.source ? { source: c.source } : {}));
      const sql = await sample(runs, () => plainSql(client, c.period, column));
      const orm = await sample(naiveRuns, () => naiveOrm(c.period, column));
      figure("reports", c.name, ours, {
        ...(c.target ? { target: c.target } : {}),
        reference: { name: "hand-written SQL aggregate over the raw ledger", values: sql },
        references: [{ name: "naive ORM: findMany of the rows, summed in JS", values: orm }],
        extra: { period: c.period, ...(c.by ? { by: c.by } : {}), referenceRuns: { sql: sql.length, orm: orm.length }, database: BENCH_DATABASE },
      });
    }
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { regenerate: { type: "boolean", default: false }, runs: { type: "string", default: "21" }, quick: { type: "boolean", default: false } }, strict: true });
  const runs = runsFor(Number(values.runs));
  if (!Number.isInteger(runs) || runs < 3) throw new Error("--runs must be a whole number of at least 3.");

  const database = await ensureDatabase();
  try {
    const url = await prepareBenchDatabase(database.url, values.regenerate);
    process.env.DATABASE_URL = url; // the benchmark and trainingReport() share the app's one client
    try {
      const [server] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
      line({ step: "machine", node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), postgres: server?.version });

      // 1. Correct before fast: the yearly figures (fast path) and the ledger query, each against a plain recomputation.
      for (const period of [YEAR, { from: "2023-07-01", to: "2024-06-30" }, { from: "2022-02-13", to: "2022-02-13" }, ...PERIODS, { from: "2021-01-31", to: "2025-12-01" }]) {
        const plain = await plainRecomputation(url, period);
        for (const source of ["auto", "ledger", "days"] as const) {
          const report = await trainingReport(period, { source });
          const ok = sameFigures({ totals: report.totals, byCategory: report.byCategory }, plain);
          const path = source === "ledger" ? "ledger query" : source === "auto" && reportYearOf(period) ? "yearly figures" : "day rollups";
          line({ step: "verify", period, path, participants: report.totals.participants, trainingDays: report.totals.trainingDays, matchesPlainRecomputation: ok });
          if (!ok) throw new Error(`trainingReport() (${path}) disagrees with the plain recomputation for ${period.from}..${period.to}.`);
        }
      }
      // Breakdowns by a dimension of the person: the maintained yearly group figures equal the ledger query.
      for (const period of [YEAR, { from: "2023-07-01", to: "2024-06-30" }]) {
        for (const by of ["department", "sector", "duty_station", "grade", "gender"] as const) {
          const fast = await trainingReport({ ...period, by });
          const ledger = await trainingReport({ ...period, by }, { source: "ledger" });
          const ok = sameFigures(fast, ledger);
          line({ step: "verify", period, by, path: "yearly group figures", groups: fast.breakdown?.length, matchesLedgerQuery: ok });
          if (!ok) throw new Error(`The ${by} breakdown of ${period.from}..${period.to} from the yearly group figures disagrees with the ledger query.`);
        }
      }
      const byGender = await trainingReport({ ...YEAR, by: "gender" });
      const sums = byGender.breakdown!.reduce((n, g) => n + g.participants, 0);
      line({ step: "verify", what: "breakdown by gender adds up to the total", ok: sums === byGender.totals.participants });
      if (sums !== byGender.totals.participants) throw new Error("The gender breakdown does not add up to the total.");
      await verifyMaintenanceAtScale(url);

      // 2. The year report by category, warm.
      const cpu = await serverCpuSampler(url);
      try {
        const year = await timed(runs, 3, () => trainingReport(YEAR), cpu);
        line({
          step: "measure",
          what: "year report by category (from the yearly figures)",
          period: YEAR,
          ...summary(year.ms),
          ...cpuSummary(year.cpuMs),
          targetMedianMs: 150,
          withinTarget: median(year.ms) < 150,
        });
        const few = Math.max(5, Math.floor(runs / 2));
        const others: [string, () => Promise<unknown>][] = [
          ["annual-report year, 1 July – 30 June (from the yearly figures)", () => trainingReport({ from: "2023-07-01", to: "2024-06-30" })],
          ["Reports page figures: year and previous year, side by side", () => Promise.all([trainingReport(YEAR), trainingReport({ from: "2023-01-01", to: "2023-12-31" })])],
          ["year report filtered by gender and mode", () => trainingReport({ ...YEAR, filters: { gender: ["F"], mode: ["ONLINE"] } })],
        ];
        for (const [what, fn] of others) {
          const r = await timed(few, 1, fn, cpu);
          line({ step: "measure", what, ...summary(r.ms), ...cpuSummary(r.cpuMs) });
        }
      } finally {
        await cpu.close();
      }
      await measureAgainstReferences(url, runs);
    } finally {
      await disconnectDb();
    }

    // 3. The API request, through the real route handler, in a process of its own: the handler's modules are
    // server code ("server-only"), loaded the way Next.js loads them (the react-server condition).
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const api = spawnSync(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/bench/reports-api.ts", "--runs", String(runs)], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: "" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (api.status !== 0) throw new Error(`The API benchmark failed (exit code ${api.status}).`);
    return 0;
  } finally {
    await database.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.once("SIGINT", () => process.exit(130));
  process.once("SIGTERM", () => process.exit(143));
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
