// The figures docs/SCALING.md gives for deciding when to add a replica or a worker, measured on this machine with a
// real streaming standby (scripts/db/replica.ts) of a throwaway embedded primary:
//   node --conditions=react-server --import tsx scripts/db/replica-measure.ts
// Prints one JSON line per figure (scripts/bench/measure.ts's format):
//   replica.visible_idle      time from a commit on the primary to its row being readable on the standby, idle
//   replica.visible_burst     the same during a burst of 50 concurrent self-enrolments (with their outbox mail)
//   replica.replay_lag_burst  the standby's replay lag (now() - last replayed commit, 0 when caught up) sampled in the burst
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabaseIfMissing, freePort, startEmbeddedServer, withDatabase } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";
import { startStreamingReplica } from "~/scripts/db/replica";
import { db, disconnectDb } from "~/server/db";
import { enrolSelf } from "~/server/enrolment/session-places";
import { createSession, createStaff } from "~/tests/factories";

const TRIALS = Number(process.env.REPLICA_MEASURE_TRIALS ?? 40);

function line(name: string, values: number[], unit: string, extra: Record<string, unknown> = {}) {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  console.log(JSON.stringify({ name, n: values.length, unit, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] ?? null), load: loadavg().map((l) => Math.round(l * 100) / 100), ...extra }));
}

const primary = await startEmbeddedServer({ dataDir: mkdtempSync(path.join(tmpdir(), "pathway-measure-")), port: await freePort(), ephemeral: true });
let replica: Awaited<ReturnType<typeof startStreamingReplica>> | undefined;
try {
  const url = withDatabase(primary.adminUrl, "pathway");
  await createDatabaseIfMissing(primary.adminUrl, "pathway");
  await prepareDatabase(url, {});
  const started = Date.now();
  replica = await startStreamingReplica({ primaryAdminUrl: primary.adminUrl, port: await freePort(), database: "pathway" });
  line("replica.start", [Date.now() - started], "ms", { note: "base backup (pg_backup_start, copy, pg_backup_stop) until streaming, bootstrapped database" });
  process.env.DATABASE_URL = url;

  const p = new pg.Client({ connectionString: url });
  const r = new pg.Client({ connectionString: replica.url });
  for (const c of [p, r]) c.on("error", () => {});
  await p.connect();
  await r.connect();
  // The throwaway primary runs with synchronous_commit=off; the probe's commits are flushed at once, as in production.
  await p.query("SET synchronous_commit = on");
  await p.query(`CREATE TABLE scale_probe (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  await replica.caughtUp();

  /** Commits one probe row on the primary and polls the standby until it sees it: ms from commit to visible. */
  const visibility = async () => {
    const { rows } = await p.query<{ id: number }>("INSERT INTO scale_probe DEFAULT VALUES RETURNING id");
    const committed = performance.now();
    for (;;) {
      const seen = await r.query("SELECT 1 FROM scale_probe WHERE id = $1", [rows[0]!.id]);
      if (seen.rowCount) return performance.now() - committed;
    }
  };
  const idle: number[] = [];
  for (let i = 0; i < TRIALS; i++) idle.push(await visibility());
  line("replica.visible_idle", idle, "ms");

  // The burst: 50 people enrol at once in a session of 3 seats (the scale-out test's burst), repeated while probing.
  const burst: number[] = [];
  const lags: number[] = [];
  let running = true;
  const sampler = (async () => {
    const s = new pg.Client({ connectionString: replica!.url });
    s.on("error", () => {});
    await s.connect();
    while (running) {
      const { rows } = await s.query<{ lag: number }>(
        `SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000 END AS lag`,
      );
      lags.push(Number(rows[0]!.lag));
      await new Promise((res) => setTimeout(res, 20));
    }
    await s.end();
  })();
  const people = [];
  for (let i = 0; i < 50 * 4; i++) people.push(await createStaff(db));
  let enrolments = 0;
  const t0 = performance.now();
  for (let round = 0; round < 4; round++) {
    const session = await createSession(db, { capacity: 3, startsInDays: 14 });
    const probing = (async () => {
      for (let i = 0; i < TRIALS / 4; i++) burst.push(await visibility());
    })();
    await Promise.all(people.slice(round * 50, round * 50 + 50).map((person) => enrolSelf(person, session.id).then(() => enrolments++)));
    await probing;
  }
  const seconds = (performance.now() - t0) / 1000;
  running = false;
  await sampler;
  line("replica.visible_burst", burst, "ms", { enrolmentsPerSecond: Math.round(enrolments / seconds) });
  line("replica.replay_lag_burst", lags, "ms");
  await p.end();
  await r.end();
  await disconnectDb();

} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await replica?.stop();
  await primary.stop();
}
process.exit(process.exitCode ?? 0);
