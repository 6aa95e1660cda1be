// Scale-out on existing engines, proven here: a PostgreSQL primary with a REAL streaming standby (base backup through
// pg_backup_start/pg_backup_stop, standby.signal, primary_conninfo: scripts/db/replica.ts), and two instances of the
// production app on different ports (same NEXTAUTH_SECRET, DATABASE_URL = primary, DATABASE_REPLICA_URLS = standby,
// job workers on in both). It shows that
//   a session signed in on one instance is valid on the other;
//   the daily reminder and mentoring jobs run once, not once per instance;
//   50 concurrent self-enrolments through both instances into a session with 3 free seats give exactly 3 seats;
//   a report read through instance B comes from the standby, equals the primary's once replication has caught up,
//   and while replay is paused the Reports page says how fresh its figures are (REPLICA_MAX_LAG_SECONDS=1).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { freePort } from "../scripts/db/embedded";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const tsx = createRequire(import.meta.url).resolve("tsx");

type Seed = { adminEmployeeId: string; learnerEmployeeIds: string[]; sessionId: string; seats: number };
type Pair = { primaryUrl: string; primaryAdminUrl: string; replicaUrl: string; replicaAdminUrl: string; seed: Seed };
type Instance = { base: string; child: ChildProcess; output: () => string };

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The primary (migrated, small organisation) and its streaming standby, in a child process (scripts/db/replica-pair.ts). */
function startPair(): Promise<{ pair: Pair; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", tsx, "scripts/db/replica-pair.ts"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString("utf8");
      const ready = /^ready (.+)$/m.exec(out);
      if (ready) resolve({ pair: JSON.parse(ready[1]!) as Pair, child });
    });
    child.once("exit", (code) => reject(new Error(`replica-pair exited with ${code}:\n${err.split("\n").slice(-20).join("\n")}`)));
  });
}

/** `next start` of the production build on `port`, against the primary and the standby; resolves once its job worker runs. */
async function startInstance(pair: Pair, secret: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: pair.primaryUrl,
      DATABASE_REPLICA_URLS: pair.replicaUrl,
      REPLICA_MAX_LAG_SECONDS: "1",
      PATHWAY_DEMO: "1",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://localhost:${port}`,
      // 50 people sign in from this one address within seconds.
      RATE_LIMIT_SIGN_IN_DEMO: "600/60",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString("utf8")));
  const base = `http://localhost:${port}`;
  await until(`the instance on port ${port} runs its job worker`, async () => {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited:\n${output}`);
    return output.includes("[jobs] worker started") && (await fetch(`${base}/api/health`)).ok;
  }, 90_000);
  return { base, child, output: () => output };
}

function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** A demo sign-in as a staff member through `base`, in a cookie jar of its own (cookies of `localhost`, any port). */
async function signedIn(base: string, employeeId: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: base });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/demo", { form: { employeeId, csrfToken, json: "true" } });
  expect(res.ok(), `sign-in of ${employeeId}`).toBe(true);
  return ctx;
}

/** A tRPC mutation as the app's own client sends it, to the instance at `base`. */
async function mutate(ctx: APIRequestContext, base: string, procedure: string, input: unknown) {
  const res = await ctx.post(`${base}/api/trpc/${procedure}`, { data: { json: input }, headers: { "content-type": "application/json" }, timeout: 60_000 });
  return { status: res.status(), body: (await res.json()) as { result?: { data?: { json?: Record<string, unknown> } }; error?: unknown } };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** The standby has replayed everything the primary has written so far. */
async function caughtUp(pair: Pair): Promise<void> {
  const { lsn } = (await query<{ lsn: string }>(pair.primaryAdminUrl, "SELECT pg_current_wal_insert_lsn()::text AS lsn"))[0]!;
  await until(`the standby replays up to ${lsn}`, async () => (await query<{ ok: boolean }>(pair.replicaAdminUrl, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [lsn]))[0]!.ok);
}

const year = new Date().getUTCFullYear();
const period = { from: `${year}-01-01`, to: `${year}-06-30` };

/** The primary's own figures for the period, straight from the ledger: participations, unique learners, days. */
async function primaryFigures(pair: Pair) {
  const [row] = await query<{ participants: number; learners: number; days: string }>(
    pair.primaryUrl,
    `SELECT count(*)::int AS participants, count(DISTINCT "staffId")::int AS learners, COALESCE(sum("trainingDays"), 0)::text AS days
       FROM "TrainingRecord" WHERE status IN ('COMPLETED', 'ATTENDED') AND "endDate" BETWEEN $1::date AND $2::date`,
    [period.from, period.to],
  );
  return { participants: row!.participants, learners: row!.learners, days: Number(row!.days) };
}

/** The report's totals as instance `base` serves its CSV (the Reports page's download), read through `ctx`. */
async function reportTotals(ctx: APIRequestContext, base: string) {
  const res = await ctx.get(`${base}/api/exports/reports/training?format=csv&from=${period.from}&to=${period.to}`);
  expect(res.ok()).toBe(true);
  const lines = (await res.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  // The last row is everyone's total ("All categories"); the header names the figures' columns.
  const header = lines[0]!.split(",");
  const total = lines[lines.length - 1]!.split(",");
  expect(total).toContain("All categories");
  const numbers = ["participants", "unique_learners", "training_days"].map((key) => Number(total[header.indexOf(key)]));
  return { csv: lines.join("\n"), numbers };
}

const t0 = Date.now();
/** Where the time goes (the spec's CI budget is about a minute): one line per phase on the runner's output. */
const phase = (what: string) => console.log(`[scale-out] ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);

let pairProcess: ChildProcess | undefined;
let pair: Pair;
let a: Instance;
let b: Instance;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  ({ pair, child: pairProcess } = await startPair());
  phase("primary and standby ready");
  const secret = randomBytes(32).toString("base64url");
  a = await startInstance(pair, secret);
  phase("instance A ready");
  // Instance A's start-up ran today's daily jobs; B starts only once they are done, so its own start-up sends them
  // again when A's are finished — the case where a per-instance catch-up would run them a second time.
  await until("instance A's daily jobs are done", async () => {
    const rows = await query<{ n: number }>(pair.primaryUrl, `SELECT count(*)::int AS n FROM pgboss.job WHERE name IN ('compliance.reminders', 'mentoring.daily') AND state = 'completed'`);
    return rows[0]!.n >= 2;
  }, 60_000);
  b = await startInstance(pair, secret);
  phase("instance B ready");
});

test.afterAll(async () => {
  // Throwaway instances on a throwaway database: killed outright (a graceful stop waits on the job workers).
  await Promise.all([stopChild(a?.child, "SIGKILL"), stopChild(b?.child, "SIGKILL")]);
  await stopChild(pairProcess);
  phase("all stopped");
});

test("two instances share sessions, run the daily jobs once and give 3 seats to exactly 3 of 50 people enrolling at once", async () => {
  // The standby is a real hot standby: in recovery, streaming from the primary, refusing writes.
  const [standby] = await query<{ recovery: boolean; streaming: number }>(
    pair.replicaAdminUrl,
    "SELECT pg_is_in_recovery() AS recovery, (SELECT count(*)::int FROM pg_stat_wal_receiver WHERE status = 'streaming') AS streaming",
  );
  expect(standby).toEqual({ recovery: true, streaming: 1 });
  await expect(query(pair.replicaUrl, `UPDATE "Staff" SET "fullName" = "fullName" WHERE false`)).rejects.toThrow(/read-only transaction/);

  // (a) signed in on A, recognised on B.
  const admin = await signedIn(a.base, pair.seed.adminEmployeeId);
  const session = (await (await admin.get(`${b.base}/api/auth/session`)).json()) as { user?: { name?: string } };
  expect(session.user?.name).toBe("Scale Admin");

  // (b) both instances started a worker and sent today's daily runs; pg-boss stored, and ran, one of each.
  const runs = await query<{ name: string; n: number; completed: number }>(
    pair.primaryUrl,
    `SELECT name, count(*)::int AS n, count(*) FILTER (WHERE state = 'completed')::int AS completed FROM pgboss.job
      WHERE name IN ('compliance.reminders', 'mentoring.daily') GROUP BY name ORDER BY name`,
  );
  expect(runs).toEqual([
    { name: "compliance.reminders", n: 1, completed: 1 },
    { name: "mentoring.daily", n: 1, completed: 1 },
  ]);
  expect(a.output()).toContain("[jobs] reminders for");
  expect(b.output()).not.toContain("[jobs] reminders for");

  // (c) 50 people, each signed in through one instance, enrol at once through the other.
  const learners = await Promise.all(pair.seed.learnerEmployeeIds.map((id, i) => signedIn(i % 2 ? a.base : b.base, id)));
  const outcomes = await Promise.all(learners.map((ctx, i) => mutate(ctx, i % 2 ? b.base : a.base, "sessions.enrol", { sessionId: pair.seed.sessionId })));
  expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => 200));
  const said = outcomes.map((o) => o.body.result?.data?.json?.outcome);
  expect(said.filter((o) => o === "ENROLLED")).toHaveLength(pair.seed.seats);
  expect(said.filter((o) => o === "WAITLISTED")).toHaveLength(50 - pair.seed.seats);
  const seats = `SELECT state::text AS state, count(*)::int AS n FROM "Enrollment" WHERE "sessionId" = $1 GROUP BY state ORDER BY state`;
  const expected = [{ state: "ENROLLED", n: 3 }, { state: "WAITLISTED", n: 47 }];
  expect(await query(pair.primaryUrl, seats, [pair.seed.sessionId])).toEqual(expected);
  // … and the standby holds the same once it has caught up.
  await caughtUp(pair);
  expect(await query(pair.replicaUrl, seats, [pair.seed.sessionId])).toEqual(expected);
  await Promise.all([...learners, admin].map((ctx) => ctx.dispose()));
  phase("sessions, jobs and enrolments checked");
});

test("a report read from the standby equals the primary's once caught up, and says how fresh it is while replay lags", async ({ page }) => {
  const admin = await signedIn(a.base, pair.seed.adminEmployeeId);
  await page.context().addCookies(await admin.storageState().then((s) => s.cookies));
  const reportPage = `${b.base}/reports?period=custom&from=${period.from}&to=${period.to}&compare=none`;
  const note = page.getByTestId("freshness-note");

  // Caught up: B's figures (read from the standby) are the primary's; no freshness note.
  await caughtUp(pair);
  const before = await primaryFigures(pair);
  expect(before.participants).toBeGreaterThan(0);
  const fresh = await reportTotals(admin, b.base);
  expect(fresh.numbers).toEqual([before.participants, before.learners, before.days]);
  await page.goto(reportPage);
  await expect(page.getByTestId("report-totals")).toBeVisible();
  await expect(note).toHaveCount(0);

  // Replay paused on the standby; L&D corrects a record on the primary (through A): +1 training day.
  await query(pair.replicaAdminUrl, "SELECT pg_wal_replay_pause()");
  try {
    const [record] = await query<{ id: string }>(
      pair.primaryUrl,
      `SELECT id FROM "TrainingRecord" WHERE status = 'COMPLETED' AND "endDate" BETWEEN $1::date AND $2::date ORDER BY id LIMIT 1`,
      [period.from, period.to],
    );
    const corrected = await mutate(admin, a.base, "records.correct", { recordId: record!.id, trainingDays: "1.5", reason: "Scale-out test: one more day" });
    expect(corrected.status).toBe(200);
    const after = await primaryFigures(pair);
    expect(after.days).toBe(before.days + 1);

    // B still reads the standby's (older) figures, and its page says how old they are once the lag exceeds 1 s.
    expect((await reportTotals(admin, b.base)).csv).toBe(fresh.csv);
    await until("the Reports page shows the freshness note", async () => {
      await page.goto(reportPage);
      return (await note.count()) > 0;
    });
    await expect(note).toContainText(/Figures as of \d{1,2}:\d{2}:\d{2}\W*(?:[AP]M)?, \d+ seconds? ago/);
  } finally {
    await query(pair.replicaAdminUrl, "SELECT pg_wal_replay_resume()");
  }

  // Replay resumed: once caught up, B's figures are the primary's new ones, and the note is gone.
  await caughtUp(pair);
  const now = await primaryFigures(pair);
  expect((await reportTotals(admin, b.base)).numbers).toEqual([now.participants, now.learners, now.days]);
  await page.goto(reportPage);
  await expect(note).toHaveCount(0);
  await admin.dispose();
  phase("report and freshness checked");
});
