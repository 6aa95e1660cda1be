/**
 * Reports benchmark: a large organisation (100,000 staff, 2,000,000 training records over 5 years, 40 categories)
 * in a database of its own (`pathway_bench`, on the embedded server or DATABASE_URL's), then
 *   1. proves trainingReport() right against a plain recomputation (sequential scan, no index, default collation);
 *   2. times the year report by category, warm (target: median < 150 ms on 2 cores), and a few other reports;
 *   3. times the API request through the real route handler with a real token (target: median < 300 ms).
 * Prints one JSON line per measurement. The organisation is generated once and reused (marker in "Setting");
 * pass --regenerate to build it again.
 *   npx tsx --conditions=react-server scripts/bench/reports.ts [--regenerate] [--runs 21]
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
import { DEFAULT_SIZE, generateOrganisation } from "~/scripts/bench/reports-data";
import { db, disconnectDb } from "~/server/db";
import { reportYearOf, trainingReport, type TrainingReport } from "~/server/reports/training";
import { daysToJsonNumber, sumDays } from "~/lib/training-days";

const BENCH_DATABASE = "pathway_bench";
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
  const wanted = [GENERATOR_VERSION, ...Object.values(DEFAULT_SIZE)].join(":");
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DATABASE])).rowCount === 1;
    if (exists && !regenerate && (await markerOf(url)) === wanted) {
      const applied = await applyMigrations(url);
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
    const counts = await generateOrganisation(client, DEFAULT_SIZE);
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
      "insert 20,000 completions",
      `INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
       SELECT 'bench-extra-' || i, st.ids[1 + (i * 7) % st.n], c.id, c."categoryId", c.mode, date '2024-01-01' + (i % 700), date '2024-01-01' + (i % 700),
              c."trainingDays", 'COMPLETED', 'IMPORT', 'bench-extra:' || i, now()
       FROM generate_series(1, 20000) i
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM "Staff") st
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM "Course") cs
       JOIN "Course" c ON c.id = cs.ids[1 + (i * 13) % cs.n]`,
    );
    await step("mark 10,000 completions as no-shows", `UPDATE "TrainingRecord" SET status = 'NO_SHOW' WHERE id IN (SELECT id FROM "TrainingRecord" WHERE status = 'COMPLETED' AND "endDate" BETWEEN '2023-06-01' AND '2024-08-31' ORDER BY id LIMIT 10000)`);
    await step("move 10,000 rows 200 days later (across years)", `UPDATE "TrainingRecord" SET "endDate" = "endDate" + 200, "startDate" = "startDate" + 200 WHERE id IN (SELECT id FROM "TrainingRecord" WHERE "endDate" BETWEEN '2023-06-01' AND '2024-08-31' ORDER BY id DESC LIMIT 10000)`);
    await step(
      "recategorise 5,000 rows and change their days",
      `UPDATE "TrainingRecord" r SET "categoryId" = (SELECT id FROM "Category" ORDER BY code LIMIT 1), "trainingDays" = r."trainingDays" + 0.125
       WHERE id IN (SELECT id FROM "TrainingRecord" WHERE status = 'ATTENDED' AND "endDate" BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY "sourceKey" LIMIT 5000)`,
    );
    await step("delete 5,000 rows", `DELETE FROM "TrainingRecord" WHERE id IN (SELECT id FROM "TrainingRecord" WHERE "endDate" BETWEEN '2024-05-01' AND '2024-07-31' ORDER BY "sourceKey" DESC LIMIT 5000)`);
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
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}

function sameFigures(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { regenerate: { type: "boolean", default: false }, runs: { type: "string", default: "21" } }, strict: true });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 3) throw new Error("--runs must be a whole number of at least 3.");

  const database = await ensureDatabase();
  try {
    const url = await prepareBenchDatabase(database.url, values.regenerate);
    process.env.DATABASE_URL = url; // the benchmark and trainingReport() share the app's one client
    try {
      const [server] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
      line({ step: "machine", node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), postgres: server?.version });

      // 1. Correct before fast: the yearly figures (fast path) and the ledger query, each against a plain recomputation.
      for (const period of [YEAR, { from: "2023-07-01", to: "2024-06-30" }, { from: "2022-02-13", to: "2022-02-13" }]) {
        const plain = await plainRecomputation(url, period);
        for (const source of ["auto", "ledger"] as const) {
          const report = await trainingReport(period, { source });
          const ok = sameFigures({ totals: report.totals, byCategory: report.byCategory }, plain);
          const path = source === "auto" && reportYearOf(period) ? "yearly figures" : "ledger query";
          line({ step: "verify", period, path, participants: report.totals.participants, trainingDays: report.totals.trainingDays, matchesPlainRecomputation: ok });
          if (!ok) throw new Error(`trainingReport() (${path}) disagrees with the plain recomputation for ${period.from}..${period.to}.`);
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
          ["the same year report aggregated from the ledger", () => trainingReport(YEAR, { source: "ledger" })],
          ["last 12 months (from the ledger)", () => trainingReport({ from: "2024-03-16", to: "2025-03-15" })],
          ["year report with a breakdown by department", () => trainingReport({ ...YEAR, by: "department" })],
          ["year report with a breakdown by mode", () => trainingReport({ ...YEAR, by: "mode" })],
          ["year report filtered by gender and mode", () => trainingReport({ ...YEAR, filters: { gender: ["F"], mode: ["ONLINE"] } })],
        ];
        for (const [what, fn] of others) {
          const r = await timed(few, 1, fn, cpu);
          line({ step: "measure", what, ...summary(r.ms), ...cpuSummary(r.cpuMs) });
        }
      } finally {
        await cpu.close();
      }
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
