/**
 * Compliance benchmark: 100,000 staff (95% with a manager), 7 requirements of every audience kind, about 250,000
 * completions of the mandatory courses over 2019–2026 plus 300,000 other ledger rows, 500 exemptions, and a
 * placement history for 90,000 people — in a database of its own (`pathway_bench_compliance`). Then times, warm, the
 * live state queries exactly as the pages and the job run them (no materialised table):
 *   the dashboard's counts per requirement (target: median < 2 s), filtered by department, a breakdown by department,
 *   the escalation list, one person's home card, a manager's team, the overdue CSV, and the daily reminder run
 *   (first run writing the week's mail, then the idempotent re-run).
 * Prints one JSON line per measurement.   npx tsx --conditions=react-server scripts/bench/compliance.ts [--regenerate] [--runs 7]
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { ensureDatabase, repoRoot, withDatabase } from "~/scripts/db/embedded";
import { applyMigrations } from "~/scripts/db/schema-engine";
import { DEFAULT_SIZE, generateOrganisation } from "~/scripts/bench/reports-data";

const BENCH_DATABASE = "pathway_bench_compliance";
const MARKER_KEY = "bench.compliance";
const GENERATOR_VERSION = 1;
const AS_OF = "2026-10-15";

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: "compliance", ...record }));
}

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  const mid = Math.floor(s.length / 2);
  return { runs: s.length, medianMs: round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2), minMs: round(s[0]!), maxMs: round(s.at(-1)!), cores: cpus().length, loadAverage1m: round(loadavg()[0]!) };
}

async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  let last = await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  return { ms, last };
}

/** Mandatory courses, their completions, managers, moves, requirements of every kind and exemptions, in SQL. */
async function generateCompliance(client: pg.Client) {
  const h = (expr: string, salt: number, n: number) => `(abs(hashint8((${expr})::bigint * 1000003 + ${salt})) % ${n})`;
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query(`
      INSERT INTO "Course" (id, code, title, "categoryId", mode, "trainingDays", status, "validityMonths", "updatedAt")
      SELECT 'bench-course-' || code, code, title, (SELECT id FROM "Category" ORDER BY code LIMIT 1), 'ONLINE', 0.25, 'PUBLISHED', validity, now()
      FROM (VALUES ('WT', 'Working Together', NULL::int), ('BSAFE', 'BSAFE', 36), ('AFA', 'Anti-fraud awareness', NULL)) v(code, title, validity)`);
    // Managers: in each department, one person in twelve manages the next eleven (the trigger records 90,000 moves).
    await client.query(`
      WITH ranked AS (SELECT id, "departmentId", row_number() OVER (PARTITION BY "departmentId" ORDER BY "employeeId") AS rn FROM "Staff"),
           lead AS (SELECT r.id, m.id AS manager FROM ranked r JOIN ranked m ON m."departmentId" = r."departmentId" AND m.rn = ((r.rn - 1) / 12) * 12 + 1 WHERE m.id <> r.id)
      UPDATE "Staff" s SET "managerId" = lead.manager FROM lead WHERE lead.id = s.id`);
    // Completions: WT 85% (2019–2025), BSAFE 50% once and 20% twice (2019–2026), AFA 40% (2020–2026).
    const staff = `SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Staff"`;
    const completions = (code: string, share: number, salt: number, from: string, spanDays: number, cycle: number) => `
      INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
      SELECT 'bench-${code}-${cycle}-' || p.n, p.id, c.id, c."categoryId", 'ONLINE', d.day, d.day, 0.25, 'COMPLETED', 'ONLINE', 'bench:${code}:${cycle}:' || p.n, now()
      FROM (${staff}) p
      JOIN "Course" c ON c.code = '${code}'
      CROSS JOIN LATERAL (SELECT date '${from}' + ${h("p.n", salt, spanDays)}::int AS day) d
      WHERE ${h("p.n", salt + 1, 100)} < ${share} AND d.day <= date '${AS_OF}'`;
    await client.query(completions("WT", 85, 31, "2019-06-01", 2400, 1));
    await client.query(completions("BSAFE", 50, 41, "2019-01-07", 2800, 1));
    await client.query(completions("BSAFE", 20, 51, "2022-01-10", 1700, 2));
    await client.query(completions("AFA", 40, 61, "2020-02-03", 2400, 1));
    // Requirements of every kind.
    await client.query(`
      INSERT INTO "Requirement" (id, "courseId", "audienceKind", "audienceValues", "newStaffDays", "effectiveFrom", "dueDate", "dueAfterDays", "validityMonths", "updatedAt")
      VALUES
        ('bench-req-wt', 'bench-course-WT', 'EVERYONE', '{}', NULL, '2019-05-06', '2019-12-31', 30, NULL, now()),
        ('bench-req-bsafe', 'bench-course-BSAFE', 'EVERYONE', '{}', NULL, '2026-01-01', '2026-06-30', 30, 36, now()),
        ('bench-req-afa', 'bench-course-AFA', 'EVERYONE', '{}', NULL, '2026-09-01', '2027-06-30', 30, NULL, now()),
        ('bench-req-dept', (SELECT id FROM "Course" WHERE code = 'K00001'), 'DEPARTMENT', (SELECT array_agg(id ORDER BY code) FROM (SELECT id, code FROM "Department" ORDER BY code LIMIT 5) d), NULL, '2025-01-01', '2025-06-30', 60, NULL, now()),
        ('bench-req-managers', (SELECT id FROM "Course" WHERE code = 'K00002'), 'MANAGERS', '{}', NULL, '2024-01-01', '2024-12-31', 90, 24, now()),
        ('bench-req-new', (SELECT id FROM "Course" WHERE code = 'K00003'), 'NEW_STAFF', '{}', 90, '2024-01-01', NULL, 30, NULL, now()),
        ('bench-req-grade', (SELECT id FROM "Course" WHERE code = 'K00004'), 'GRADE', '{P5,D1,D2}', NULL, '2025-03-01', '2025-12-31', 45, NULL, now())`);
    await client.query(`
      INSERT INTO "RequirementExemption" (id, "requirementId", "staffId", reason)
      SELECT 'bench-ex-' || p.n, 'bench-req-bsafe', p.id, 'Benchmark exemption' FROM (${staff}) p WHERE ${h("p.n", 71, 200)} = 0`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  await client.query(`VACUUM (ANALYZE) "TrainingRecord", "Staff", "Requirement", "RequirementExemption", "StaffPlacementChange"`);
  const { rows } = await client.query<Record<string, number>>(`
    SELECT (SELECT count(*)::int FROM "Staff") AS staff, (SELECT count(*)::int FROM "Staff" WHERE "managerId" IS NOT NULL) AS "withManager",
           (SELECT count(*)::int FROM "TrainingRecord") AS "ledgerRows", (SELECT count(*)::int FROM "TrainingRecord" t JOIN "Course" c ON c.id = t."courseId" WHERE c.code IN ('WT','BSAFE','AFA')) AS "mandatoryCompletions",
           (SELECT count(*)::int FROM "Requirement") AS requirements, (SELECT count(*)::int FROM "RequirementExemption") AS exemptions,
           (SELECT count(*)::int FROM "StaffPlacementChange") AS "placementChanges"`);
  return rows[0]!;
}

async function prepare(serverUrl: string, regenerate: boolean): Promise<string> {
  const url = withDatabase(serverUrl, BENCH_DATABASE);
  const wanted = JSON.stringify({ version: GENERATOR_VERSION, staff: DEFAULT_SIZE.staff });
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DATABASE])).rowCount === 1;
    if (exists && !regenerate) {
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      const marker = await probe.query<{ value: unknown }>(`SELECT value FROM "Setting" WHERE key = $1`, [MARKER_KEY]).catch(() => ({ rows: [] as { value: unknown }[] }));
      await probe.end();
      if (marker.rows[0] && JSON.stringify(marker.rows[0].value) === wanted) {
        await applyMigrations(url);
        line({ step: "reuse", database: BENCH_DATABASE });
        return url;
      }
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
    const org = await generateOrganisation(client, { ...DEFAULT_SIZE, records: 300_000 });
    const extra = await generateCompliance(client);
    await client.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2, now())`, [MARKER_KEY, wanted]);
    line({ step: "generate", ...org, ...extra, seconds: Math.round((performance.now() - started) / 100) / 10 });
  } finally {
    await client.end();
  }
  return url;
}

/** In a process started with the react-server condition (the app's server modules, loaded as Next.js loads them). */
async function measure(runs: number) {
  const { dashboardOverview, requirementOverview, myStates, teamStates, allPeopleStates } = await import("~/server/compliance/dashboard");
  const { complianceCsv } = await import("~/server/compliance/export");
  const { runReminders } = await import("~/server/compliance/reminders");
  const { db } = await import("~/server/db");
  const { en } = await import("~/messages/en");
  const [server] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
  line({ step: "machine", node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), postgres: server?.version, asOf: AS_OF });

  const dashboard = await timed(runs, () => dashboardOverview(AS_OF, { escalateAfterDays: 30, escalationLimit: 15 }));
  const figures = [...dashboard.last.byRequirement.values()];
  line({
    step: "measure",
    what: "dashboard: counts per requirement + escalation list (all staff × all requirements)",
    stateRows: figures.reduce((n, c) => n + c.counts.total, 0),
    compliant: figures.reduce((n, c) => n + c.counts.COMPLIANT, 0),
    due: figures.reduce((n, c) => n + c.counts.DUE, 0),
    overdue: figures.reduce((n, c) => n + c.counts.OVERDUE, 0),
    escalated: dashboard.last.escalatedTotal,
    ...summary(dashboard.ms),
  });
  const [dept] = await db.department.findMany({ orderBy: { code: "asc" }, take: 1, select: { id: true } });
  line({ step: "measure", what: "dashboard filtered by one department", ...summary((await timed(runs, () => dashboardOverview(AS_OF, { departmentId: dept!.id, escalateAfterDays: 30, escalationLimit: 15 }))).ms) });
  line({ step: "measure", what: "one requirement's page: totals, by department and by sector", ...summary((await timed(runs, () => requirementOverview(AS_OF, "bench-req-wt", 30))).ms) });
  const person = await db.staff.findFirstOrThrow({ where: { managerId: { not: null } }, orderBy: { employeeId: "asc" }, select: { id: true, managerId: true } });
  line({ step: "measure", what: "a learner's home card (myStates)", ...summary((await timed(runs, () => myStates(person.id, AS_OF))).ms), targetMedianMs: 100 });
  line({ step: "measure", what: "a manager's team (teamStates)", ...summary((await timed(runs, () => teamStates(person.managerId!, AS_OF))).ms) });
  const csv = await timed(Math.max(3, Math.floor(runs / 2)), async () => complianceCsv(await allPeopleStates(AS_OF, { state: "OVERDUE" }), en.compliance));
  line({ step: "measure", what: "CSV export of everyone overdue", rows: csv.last.split("\r\n").length - 2, bytes: csv.last.length, ...summary(csv.ms) });

  await db.emailMessage.deleteMany({ where: { OR: [{ dedupeKey: { startsWith: "reminder:" } }, { dedupeKey: { startsWith: "manager-digest:" } }] } });
  let t = performance.now();
  const first = await runReminders(new Date(`${AS_OF}T04:00:00Z`));
  line({ step: "measure", what: "daily reminder run, first of the week (writes the outbox)", ...first, ms: Math.round(performance.now() - t), loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 });
  t = performance.now();
  const again = await runReminders(new Date(`${AS_OF}T04:00:00Z`));
  line({ step: "measure", what: "daily reminder run again the same week (idempotent)", queued: again.queued, ms: Math.round(performance.now() - t), loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 });
  await db.$disconnect();
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { regenerate: { type: "boolean", default: false }, runs: { type: "string", default: "7" }, measure: { type: "boolean", default: false } }, strict: true });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 3) throw new Error("--runs must be a whole number of at least 3.");
  if (values.measure) {
    await measure(runs);
    return 0;
  }
  const database = await ensureDatabase();
  try {
    const url = await prepare(database.url, values.regenerate);
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/bench/compliance.ts", "--measure", "--runs", String(runs)], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: "" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    return child.status ?? 1;
  } finally {
    await database.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main();
}
