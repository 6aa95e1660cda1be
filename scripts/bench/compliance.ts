/**
 * Compliance benchmark (issue 16): 100,000 staff (92% with a manager), 7 requirements of every audience kind, about
 * 195,000 completions of the mandatory courses over 2019–2026 plus 300,000 other ledger rows, 500 exemptions and a
 * placement history for 90,000 people, in a database of its own (`pathway_bench_compliance`; `--quick`: 10,000 staff in
 * `pathway_bench_compliance_quick`). Then, warm, as the pages and the job call them:
 *   - the L&D dashboard for the whole organisation (counts per requirement + escalation list page 1; target 300 ms),
 *     one department, one requirement's page (target 200 ms), each against the live state query it replaces (ratio);
 *   - the CSV of everyone overdue (target 2 s), a learner's home card, a manager's team;
 *   - the day's rebuild of the maintained states, and the daily reminder run (first of the week, then again: targets
 *     30 s / 3 s);
 *   - a burst of mixed changes (completions, exemptions, moves, new managers, leavers, an edited requirement) and its
 *     undoing, each followed by the refresh and a row-for-row comparison of the maintained table with the live query.
 * One JSON line per figure (scripts/bench/measure.ts).
 *   npm run bench -- compliance [--quick] [--regenerate]
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { ensureDatabase, repoRoot, withDatabase } from "~/scripts/db/embedded";
import { applyMigrations } from "~/scripts/db/schema-engine";
import { DEFAULT_SIZE, generateOrganisation } from "~/scripts/bench/reports-data";
import { figure, quick, runsFor, scaled, timed } from "~/scripts/bench/measure";

const BENCH_DATABASE = quick ? "pathway_bench_compliance_quick" : "pathway_bench_compliance";
const MARKER_KEY = "bench.compliance";
const GENERATOR_VERSION = 1;
const AS_OF = "2026-10-15";
const SIZE = { ...DEFAULT_SIZE, staff: scaled(DEFAULT_SIZE.staff), records: scaled(300_000), courses: quick ? 120 : DEFAULT_SIZE.courses };

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: "compliance", ...record }));
}

async function vacuum(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`VACUUM (ANALYZE) "ComplianceState", "ComplianceStateDirty"`);
  await client.end();
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
  const wanted = JSON.stringify({ version: GENERATOR_VERSION, staff: SIZE.staff });
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
        await vacuum(url);
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
    const org = await generateOrganisation(client, SIZE);
    const extra = await generateCompliance(client);
    await client.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2, now())`, [MARKER_KEY, wanted]);
    line({ step: "generate", ...org, ...extra, seconds: Math.round((performance.now() - started) / 100) / 10 });
  } finally {
    await client.end();
  }
  return url;
}


/** In a process started with the react-server condition (the app's server modules, loaded as Next.js loads them). */
async function measure() {
  const { dashboardOverview, requirementOverview, myStates, teamStates } = await import("~/server/compliance/dashboard");
  const { complianceCsvStream } = await import("~/server/compliance/export");
  const { runReminders } = await import("~/server/compliance/reminders");
  const { statesSql } = await import("~/server/compliance/state-query");
  const { refreshStates } = await import("~/server/compliance/state-table");
  const { db } = await import("~/server/db");
  const { Prisma } = await import("~/server/generated/prisma/client");
  const { en } = await import("~/messages/en");
  const runs = runsFor(21);
  const [server] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
  line({ step: "machine", node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), postgres: server?.version, asOf: AS_OF, staff: SIZE.staff });

  // The day's first reader rebuilds the maintained states (the daily run does it at night).
  await db.$executeRaw`DELETE FROM "ComplianceStateDay"`;
  let t = performance.now();
  const rebuilt = await refreshStates(AS_OF);
  figure("compliance", "states.rebuild (the day's first read)", [performance.now() - t], { extra: { rebuilt: rebuilt.rebuilt } });
  await db.$executeRaw`VACUUM (ANALYZE) "ComplianceState"`;

  // The live state query, as the reference each maintained read replaces (computing every state of the scope).
  const live = (scope: Parameters<typeof statesSql>[0]) => () =>
    db.$queryRaw<unknown[]>`SELECT st."requirementId", st.state, count(*)::int AS n, count(*) FILTER (WHERE st."daysOverdue" >= 30)::int AS escalated FROM (${statesSql(scope)}) st GROUP BY 1, 2`;
  const liveRuns = quick ? runs : 5;
  const opts = { escalateAfterDays: 30, escalationLimit: 15 };

  const dashboard = await timed(runs, () => dashboardOverview(AS_OF, opts));
  const figures = [...dashboard.last.byRequirement.values()];
  figure("compliance", "dashboard.organisation (counts per requirement + escalation list page 1)", dashboard.ms, {
    target: 300,
    reference: { name: "live state query, whole organisation", values: (await timed(liveRuns, live({ asOf: AS_OF }))).ms },
    extra: { stateRows: figures.reduce((n, c) => n + c.counts.total, 0), overdue: figures.reduce((n, c) => n + c.counts.OVERDUE, 0), escalated: dashboard.last.escalatedTotal },
  });
  const [dept] = await db.department.findMany({ orderBy: { code: "asc" }, take: 1, select: { id: true } });
  figure("compliance", "dashboard.department", (await timed(runs, () => dashboardOverview(AS_OF, { ...opts, departmentId: dept!.id }))).ms, {
    reference: { name: "live state query, one department", values: (await timed(liveRuns, live({ asOf: AS_OF, departmentId: dept!.id }))).ms },
  });
  figure("compliance", "requirement.page (totals, by department, by sector)", (await timed(runs, () => requirementOverview(AS_OF, "bench-req-wt", 30))).ms, {
    target: 200,
    reference: { name: "live state query, one requirement", values: (await timed(liveRuns, live({ asOf: AS_OF, requirementIds: ["bench-req-wt"] }))).ms },
  });
  const person = await db.staff.findFirstOrThrow({ where: { managerId: { not: null } }, orderBy: { employeeId: "asc" }, select: { id: true, managerId: true } });
  figure("compliance", "home.card (a learner's mandatory courses)", (await timed(runs, () => myStates(person.id, AS_OF))).ms, { target: 100 });
  figure("compliance", "team (a manager's direct reports)", (await timed(runs, () => teamStates(person.managerId!, AS_OF))).ms);
  // The download as the route sends it: streamed from a cursor, read here to its last byte.
  const csv = await timed(quick ? 3 : 5, async () => {
    const { body } = await complianceCsvStream(new URLSearchParams({ state: "OVERDUE" }), en, new Date(`${AS_OF}T09:00:00Z`), "en", { bom: true });
    const bytes = Buffer.from(await new Response(body).arrayBuffer());
    return { bytes: bytes.length, rows: bytes.toString("utf8").split("\r\n").length - 2 };
  });
  figure("compliance", "csv.overdue (everyone overdue, streamed to the last byte)", csv.ms, { target: 2000, extra: csv.last });

  // The very first run on an organisation also enrols everyone due in the online courses (once in its life: reported,
  // not the target); every later week's first run writes the reminders and digests only.
  const reminderDay = new Date(`${AS_OF}T04:00:00Z`);
  const forgetWeek = async () => {
    await db.emailMessage.deleteMany({ where: { OR: [{ dedupeKey: { startsWith: "reminder:" } }, { dedupeKey: { startsWith: "manager-digest:" } }] } });
    await db.$executeRaw`DELETE FROM "Notification" WHERE "dedupeKey" LIKE 'reminder:%' OR "dedupeKey" LIKE 'manager-digest:%'`;
    // A real new week writes new keys; without this, 87,000 dead entries with the same keys slow every insert.
    await db.$executeRaw`VACUUM ANALYZE "EmailMessage"`;
    await db.$executeRaw`VACUUM ANALYZE "Notification"`;
  };
  if ((await db.enrollment.count({ where: { origin: "REQUIREMENT" } })) === 0) {
    t = performance.now();
    const everyone = await runReminders(reminderDay);
    figure("compliance", "reminders.very-first (mass enrolment of everyone due, once)", [performance.now() - t], { extra: { ...everyone } });
  }
  await forgetWeek();
  t = performance.now();
  const first = await runReminders(reminderDay);
  figure("compliance", "reminders.first (first run of the week)", [performance.now() - t], { target: 30_000, extra: { ...first } });
  t = performance.now();
  const again = await runReminders(reminderDay);
  figure("compliance", "reminders.again (the same week)", [performance.now() - t], { target: 3000, extra: { queued: again.queued } });

  // A burst of mixed changes, then its undoing: after each, the next read's refresh and an exact comparison.
  const n = (full: number) => scaled(full);
  const compare = async (label: string) => {
    const [diff] = await db.$queryRaw<{ missing: number; extra: number; rows: number }[]>`
      WITH l AS (SELECT * FROM (${statesSql({ asOf: AS_OF })}) x), m AS (SELECT * FROM (${Prisma.sql`SELECT "requirementId", "staffId", "courseId", state, to_char("dueOn", 'YYYY-MM-DD') AS "dueOn", to_char("validUntil", 'YYYY-MM-DD') AS "validUntil", to_char("lastCompletedOn", 'YYYY-MM-DD') AS "lastCompletedOn", to_char("startsOn", 'YYYY-MM-DD') AS "startsOn", to_char("enteredOn", 'YYYY-MM-DD') AS "enteredOn", "daysOverdue", "exemptReason" FROM "ComplianceState"`}) y)
      SELECT (SELECT count(*)::int FROM (SELECT * FROM l EXCEPT ALL SELECT * FROM m) a) AS missing,
             (SELECT count(*)::int FROM (SELECT * FROM m EXCEPT ALL SELECT * FROM l) b) AS extra,
             (SELECT count(*)::int FROM m) AS rows`;
    line({ step: "check", what: `maintained states = live query after ${label}`, ...diff, equal: diff?.missing === 0 && diff?.extra === 0 });
    if (diff?.missing !== 0 || diff?.extra !== 0) throw new Error(`The maintained compliance states differ from the live query after ${label}.`);
  };
  t = performance.now();
  await db.$transaction([
    db.$executeRaw`INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
      SELECT 'burst-' || s.id, s.id, c.id, c."categoryId", 'ONLINE', ${AS_OF}::date - 1, ${AS_OF}::date - 1, 0.25, 'COMPLETED', 'ONLINE', 'burst:' || s.id, now()
      FROM (SELECT id FROM "Staff" ORDER BY md5(id) LIMIT ${n(5000)}) s CROSS JOIN (SELECT id, "categoryId" FROM "Course" WHERE code = 'BSAFE') c`,
    db.$executeRaw`INSERT INTO "RequirementExemption" (id, "requirementId", "staffId", reason)
      SELECT 'burst-ex-' || s.id, 'bench-req-wt', s.id, 'Benchmark burst' FROM (SELECT id FROM "Staff" ORDER BY md5(id || 'x') LIMIT ${n(500)}) s
      ON CONFLICT DO NOTHING`,
    db.$executeRaw`DROP TABLE IF EXISTS bench_burst_moves`,
    db.$executeRaw`CREATE TABLE bench_burst_moves AS SELECT id, "departmentId", "managerId", active, "leftOn" FROM "Staff" ORDER BY md5(id || 'm') LIMIT ${n(1200)}`,
  ]);
  await db.$executeRaw`UPDATE "Staff" s SET "departmentId" = (SELECT id FROM "Department" ORDER BY code LIMIT 1) WHERE s.id IN (SELECT id FROM "Staff" ORDER BY md5(id || 'm') LIMIT ${n(1000)})`;
  // A hundred people report to someone new, who becomes a manager (the requirement for managers now applies to them).
  await db.$executeRaw`UPDATE "Staff" s SET "managerId" = (SELECT id FROM "Staff" WHERE id NOT IN (SELECT "managerId" FROM "Staff" WHERE "managerId" IS NOT NULL) ORDER BY md5(id) LIMIT 1)
    WHERE s.id IN (SELECT id FROM "Staff" ORDER BY md5(id || 'm') OFFSET ${n(1000)} LIMIT ${n(100)})`;
  await db.$executeRaw`UPDATE "Staff" s SET active = false, "leftOn" = ${AS_OF}::date - 3 WHERE s.id IN (SELECT id FROM "Staff" ORDER BY md5(id || 'm') OFFSET ${n(1100)} LIMIT ${n(100)})`;
  await db.$executeRaw`UPDATE "Requirement" SET "dueAfterDays" = 45 WHERE id = 'bench-req-new'`;
  const burstWrite = performance.now() - t;
  t = performance.now();
  const burst = await refreshStates(AS_OF);
  figure("compliance", "states.refresh after a burst of mixed changes", [performance.now() - t], { extra: { ...burst, writeMs: Math.round(burstWrite) } });
  await compare("the burst");
  // Undo it all (the database stays the benchmark's organisation for the next run).
  await db.$executeRaw`DELETE FROM "TrainingRecord" WHERE id LIKE 'burst-%'`;
  await db.$executeRaw`DELETE FROM "RequirementExemption" WHERE id LIKE 'burst-ex-%'`;
  await db.$executeRaw`UPDATE "Staff" s SET "departmentId" = b."departmentId", "managerId" = b."managerId", active = b.active, "leftOn" = b."leftOn" FROM bench_burst_moves b WHERE b.id = s.id`;
  await db.$executeRaw`DROP TABLE bench_burst_moves`;
  await db.$executeRaw`UPDATE "Requirement" SET "dueAfterDays" = 30 WHERE id = 'bench-req-new'`;
  t = performance.now();
  const undo = await refreshStates(AS_OF);
  figure("compliance", "states.refresh after undoing the burst", [performance.now() - t], { extra: { ...undo } });
  await compare("undoing the burst");
  await db.$disconnect();
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { regenerate: { type: "boolean", default: false }, measure: { type: "boolean", default: false }, quick: { type: "boolean", default: false } }, strict: true });
  if (values.measure) {
    await measure();
    return 0;
  }
  const database = await ensureDatabase();
  try {
    const url = await prepare(database.url, values.regenerate);
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/bench/compliance.ts", "--measure", ...(quick ? ["--quick"] : [])], {
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
