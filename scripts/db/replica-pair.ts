// A throwaway PostgreSQL primary (embedded, migrated, bootstrapped) and a real streaming standby of it
// (scripts/db/replica.ts), in a process of their own — for e2e/scale-out.spec.ts, whose runner must not load server
// modules, and for measuring replication by hand:
//   node --conditions=react-server --import tsx scripts/db/replica-pair.ts [--demo]
// The primary holds a small organisation of its own (seedScaleOut below: 50 learners, a session with 3 seats, a few
// ledger rows) — the demo organisation (--demo) takes 2–3 minutes to seed on 2 shared cores, too long for CI.
// Prints one line `ready {"primaryUrl","primaryAdminUrl","replicaUrl","replicaAdminUrl","seed"}` once the standby
// streams (other stdout lines may precede it), then stays up until SIGTERM/SIGINT (or until its parent is gone), and
// removes both clusters.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabaseIfMissing, freePort, startEmbeddedServer, withDatabase } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";
import { startStreamingReplica } from "~/scripts/db/replica";
import { db, disconnectDb } from "~/server/db";
import { createCourse, createDepartment, createSession, createStaff, recordTrainings } from "~/tests/factories";
import { toIsoDate } from "~/lib/dates";

/** The small organisation of the scale-out test: ids the test refers to (employee ids sign in through the demo provider). */
export interface ScaleOutSeed {
  adminEmployeeId: string;
  learnerEmployeeIds: string[];
  sessionId: string;
  seats: number;
}

async function seedScaleOut(url: string): Promise<ScaleOutSeed> {
  process.env.DATABASE_URL = url;
  try {
    const department = await createDepartment(db, "Scale-out");
    const admin = await createStaff(db, { employeeId: "SO-ADMIN", fullName: "Scale Admin", roles: ["LD_ADMIN"], departmentId: department.id });
    const learners = [];
    for (let i = 1; i <= 50; i++) {
      learners.push(await createStaff(db, { employeeId: `SO-${String(i).padStart(3, "0")}`, fullName: `Scale Learner ${i}`, departmentId: department.id, gender: i % 2 ? "F" : "M" }));
    }
    const seats = 3;
    const classroom = await createCourse(db, { code: "SCALE-CLASS", title: "Scale-out classroom", mode: "CLASSROOM", lessons: [] });
    const session = await createSession(db, { courseId: classroom.id, capacity: seats, startsInDays: 14 });
    // Ledger rows this year (not on 1 January: a period that is not a whole year is aggregated from the ledger).
    const online = await createCourse(db, { code: "SCALE-ONLINE", title: "Scale-out online" });
    const now = new Date();
    const day = toIsoDate(new Date(Date.UTC(now.getUTCFullYear(), 0, 2)));
    await recordTrainings(db, learners.slice(0, 20).map((l) => ({ staffId: l.id, course: online, endDate: day })));
    return { adminEmployeeId: admin.employeeId, learnerEmployeeIds: learners.map((l) => l.employeeId), sessionId: session.id, seats };
  } finally {
    await disconnectDb();
    delete process.env.DATABASE_URL;
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const started = Date.now();
const parentPid = process.ppid;
const primary = await startEmbeddedServer({ dataDir: mkdtempSync(path.join(tmpdir(), "pathway-primary-")), port: await freePort(), ephemeral: true });
let replica: Awaited<ReturnType<typeof startStreamingReplica>> | undefined;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await replica?.stop().catch((e: unknown) => log(`replica-pair: ${String(e)}`));
    await primary.stop().catch((e: unknown) => log(`replica-pair: ${String(e)}`));
  }
  process.exit(code);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(0));
// Ends with the parent (a killed test runner never leaves clusters behind).
setInterval(() => {
  if (process.ppid !== parentPid) void stop(0);
}, 1000).unref();

try {
  const primaryUrl = withDatabase(primary.adminUrl, "pathway");
  await createDatabaseIfMissing(primary.adminUrl, "pathway");
  const demo = process.argv.includes("--demo");
  await prepareDatabase(primaryUrl, { seedDemoIfEmpty: demo, log });
  const seed = demo ? null : await seedScaleOut(primaryUrl);
  log(`replica-pair: primary migrated and seeded in ${Date.now() - started} ms`);
  replica = await startStreamingReplica({ primaryAdminUrl: primary.adminUrl, port: await freePort(), database: "pathway", log });
  process.stdout.write(`ready ${JSON.stringify({ primaryUrl, primaryAdminUrl: primary.adminUrl, replicaUrl: replica.url, replicaAdminUrl: replica.adminUrl, seed })}\n`);
  log(`replica-pair: ready in ${Date.now() - started} ms`);
  // Stay up: the interval above is unref'ed, this one is not.
  setInterval(() => {}, 60_000);
} catch (error) {
  log(`replica-pair: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stop(1);
}
