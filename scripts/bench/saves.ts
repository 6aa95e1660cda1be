/**
 * Progress saves under load (issue 16): 50 concurrent clients, each its own signed-in demo learner in its own cycle
 * of "Mentoring essentials", POST the lesson page's save (`courses.completeLesson`, authenticated tRPC) through the
 * production server for 60 s (--quick: 10 s) with autocannon, while the server's memory is sampled.
 * Reference, same server, same clients, same duration, measured just before: the cheapest authenticated procedure
 * there is (`notifications.unreadCount`: the session, the person's roles and one indexed count) — the ceiling of any
 * authenticated tRPC call here. Targets: ≥ 500 saves/s, p99 ≤ 100 ms, no error; server RSS ≤ 500 MB.
 * Afterwards, from the database: every learner has exactly the lessons they saved, and none completed the course
 * (the saves are idempotent: the same lesson saved 1,000 times is one row).
 *
 * Starts the production server as the e2e suite runs it (scripts/bench/http.ts: `next start` on the build, honouring
 * NEXT_DIST_DIR, on a fresh copy of the demo organisation), so it needs a build; it says "skipped" otherwise.
 *   npm run bench -- saves [--quick]
 *   node --conditions=react-server --import tsx scripts/bench/saves.ts [--connections 50] [--seconds 60]
 */
import { parseArgs } from "node:util";
import autocannon, { type Request } from "autocannon";
import pg from "pg";
import { Client, appMemoryMb, staffWithoutCourse, startServer } from "~/scripts/bench/http";
import { figure, percentile, quick } from "~/scripts/bench/measure";

const COURSE = "MENTOR";
const SAVE = "/api/trpc/courses.completeLesson";
const REFERENCE = "/api/trpc/notifications.unreadCount";

type Run = { perSecond: number[]; latencies: number[]; rssMb: number[]; requests: number; non2xx: number; errors: number; timeouts: number; statuses: Record<string, number> };

/** One autocannon run: each connection is one learner (its cookies) sending its own requests over and over. */
async function drive(url: string, seconds: number, requestsOf: (i: number) => Request[], connections: number, serverPid: number, answered?: number[]): Promise<Run> {
  let next = 0;
  const learnerOf = new Map<unknown, number>();
  const perSecond: number[] = [];
  const latencies: number[] = [];
  const rssMb: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    setupClient: (client) => {
      const i = next++ % connections;
      learnerOf.set(client, i);
      client.setRequests(requestsOf(i));
    },
  });
  instance.on("tick", ({ counter }) => perSecond.push(counter));
  instance.on("response", (client, status, _bytes, ms) => {
    latencies.push(ms);
    const i = learnerOf.get(client);
    if (answered && i !== undefined && status === 200) answered[i]!++;
  });
  const sampler = setInterval(() => rssMb.push(appMemoryMb(serverPid)), 1000);
  const result = await instance;
  clearInterval(sampler);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  // the last tick covers the part second the run ends in: it is not a second's throughput
  return { perSecond: perSecond.length > 1 ? perSecond.slice(0, -1) : perSecond, latencies, rssMb, requests: latencies.length, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, statuses };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      connections: { type: "string", default: "50" },
      seconds: { type: "string" },
      quick: { type: "boolean", default: false },
      // a CPU profile of the server (node --cpu-prof) into this folder, to see where a save's time goes
      profile: { type: "string" },
    },
    strict: true,
  });
  const connections = Number(values.connections);
  const seconds = Number(values.seconds ?? (quick ? 10 : 60));
  const server = await startServer(values.profile ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${values.profile}`] } : {});
  if (!server) {
    console.log(JSON.stringify({ bench: "saves", skipped: "no production build (run `next build` first)" }));
    return 0;
  }
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  let failures = 0;
  try {
    const course = (await db.query<{ id: string }>(`SELECT id FROM "Course" WHERE code = $1`, [COURSE])).rows[0]!;
    const readings = (
      await db.query<{ id: string }>(
        `SELECT l.id FROM "Lesson" l JOIN "CourseVersion" v ON v.id = l."versionId"
         WHERE v."courseId" = $1 AND l.kind = 'READING'
           AND v.version = (SELECT max(version) FROM "CourseVersion" WHERE "courseId" = $1 AND "publishedAt" IS NOT NULL)
         ORDER BY l.position`,
        [course.id],
      )
    ).rows.map((r) => r.id);
    const staff = await staffWithoutCourse(db, { id: course.id, title: COURSE }, connections);

    // Each learner signs in and starts the course: a cycle of their own, kept open (the attestation and the quiz
    // are never done here, so no save completes it).
    const learners = await Promise.all(
      staff.map(async (s) => {
        const client = new Client(server.url);
        await client.signIn(s.employeeId);
        const res = await client.fetch("/api/trpc/courses.start", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { courseId: course.id } }) });
        if (res.status !== 200) throw new Error(`courses.start answered ${res.status} for ${s.employeeId}`);
        await res.arrayBuffer();
        return { ...s, cookie: client.cookieHeader() };
      }),
    );
    console.error(`saves: ${learners.length} learners signed in on ${server.url}, ${readings.length} reading lessons each`);

    // Every save of a learner goes through the reading lessons in turn (the first pass writes, the rest are the
    // idempotent repeats a player sends when someone reopens a lesson).
    const saves = (i: number): Request[] =>
      readings.map((lessonId) => ({
        method: "POST",
        path: SAVE,
        headers: { cookie: learners[i]!.cookie, "content-type": "application/json" },
        body: JSON.stringify({ json: { lessonId } }),
      }));
    const reference = (i: number): Request[] => [{ method: "GET", path: REFERENCE, headers: { cookie: learners[i]!.cookie } }];
    const pid = server.child.pid!;

    // warm-up: JIT, the connection pool, the route's modules
    const answered = learners.map(() => 0); // saves answered 200, per learner
    await drive(server.url, 3, reference, connections, pid);
    await drive(server.url, 3, saves, connections, pid, answered);
    const ref = await drive(server.url, seconds, reference, connections, pid);
    const run = await drive(server.url, seconds, saves, connections, pid, answered);

    const counts = (r: Run) => ({ connections, seconds, requests: r.requests, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, statuses: r.statuses });
    figure("saves", "lesson saves per second (50 clients)", run.perSecond, {
      unit: "req/s",
      target: 500,
      higherIsBetter: true,
      reference: { name: "empty authenticated procedure (notifications.unreadCount) per second", values: ref.perSecond },
      extra: { ...counts(run), referenceRequests: ref.requests, referenceNon2xx: ref.non2xx },
    });
    const p99 = Math.round(percentile(run.latencies, 99) * 10) / 10;
    const refP99 = Math.round(percentile(ref.latencies, 99) * 10) / 10;
    figure("saves", "lesson save latency (50 clients)", run.latencies, {
      reference: { name: "empty authenticated procedure (notifications.unreadCount) latency", values: ref.latencies },
      // the target is on p99 (and on errors), not on the median
      extra: { p99, target: 100, targetOn: "p99, no errors", met: p99 <= 100 && run.non2xx + run.errors + run.timeouts === 0, referenceP99: refP99 },
    });
    figure("saves", "server RSS during the saves", run.rssMb, { unit: "MB", target: 500, extra: { peak: Math.max(...run.rssMb), duringReferencePeak: Math.max(...ref.rssMb) } });

    // What the saves left: per learner, each reading lesson at most once in their own cycle however often it was
    // saved (at least one when a save was answered), and no cycle completed by reading lessons.
    const rows = (
      await db.query<{ staffId: string; rows: string; completed: boolean }>(
        `SELECT p."staffId", count(lp.id) AS rows, p."completedAt" IS NOT NULL AS completed
         FROM "CourseProgress" p LEFT JOIN "LessonProgress" lp ON lp."progressId" = p.id AND lp."lessonId" = ANY($3)
         WHERE p."courseId" = $1 AND p."staffId" = ANY($2) GROUP BY p.id`,
        [course.id, learners.map((l) => l.id), readings],
      )
    ).rows;
    const saved = new Map(rows.map((r) => [r.staffId, Number(r.rows)]));
    const wrong = learners.filter((l, i) => {
      const n = saved.get(l.id) ?? 0;
      return n > readings.length || (answered[i]! > 0 && n === 0);
    }).length;
    const completed = rows.filter((r) => r.completed).length;
    const ok = wrong === 0 && completed === 0;
    console.log(JSON.stringify({ bench: "saves", name: "saved lessons after the run", savesAnswered: answered.reduce((a, b) => a + b, 0), rows: [...saved.values()].reduce((a, b) => a + b, 0), learnersWithWrongRows: wrong, completed, ok }));
    failures = run.non2xx + run.errors + run.timeouts + (ok ? 0 : 1);
  } finally {
    await db.end();
    await server.stop();
  }
  return failures ? 1 : 0;
}

process.exitCode = await main();
