// Crash safety: a second instance of the production app on the e2e database is killed with SIGKILL in the middle of
// a burst of progress saves and in the middle of a large import, then started again. Every save the client saw
// acknowledged is stored; the import is all there or not at all, and its batch says which.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { freePort } from "../scripts/db/embedded";
// No page in these tests (HTTP only): Playwright's own test, without the fixtures' browser checks.
import { test, expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { e2eAppSettingsFile } from "../tests/e2e-staff";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const settings = () => JSON.parse(readFileSync(e2eAppSettingsFile(process.env.E2E_PORT!), "utf8")) as Record<string, string>;

/** `next start` of the same build on the e2e database, on a port of its own; resolves once it answers. */
async function startInstance(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env: {
      ...process.env,
      ...settings(),
      // its connections are told apart from the main e2e app's in pg_stat_activity
      DATABASE_URL: withApplicationName(settings().DATABASE_URL!),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the second instance exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("the second instance did not answer within 60 s");
}

const APPLICATION_NAME = "pathway-crash-test";
function withApplicationName(url: string): string {
  const u = new URL(url);
  u.searchParams.set("application_name", APPLICATION_NAME);
  return u.toString();
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

type Instance = { db: pg.Client; base: string; kill: () => Promise<void>; restart: () => Promise<void> };

/** A second instance on a free port and a database client of the test's own, both gone when `body` ends. */
async function withInstance(body: (instance: Instance) => Promise<void>): Promise<void> {
  const db = new pg.Client({ connectionString: settings().DATABASE_URL });
  await db.connect();
  const port = await freePort();
  let app = await startInstance(port);
  try {
    await body({
      db,
      base: `http://localhost:${port}`,
      kill: () => kill9(app),
      restart: async () => {
        app = await startInstance(port);
      },
    });
  } finally {
    await kill9(app);
    await db.end();
  }
}

/** A demo sign-in as any staff member (the demo provider takes an employee id), in a cookie jar of its own. */
async function signedIn(baseURL: string, employeeId: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/demo", { form: { employeeId, csrfToken, json: "true" } });
  expect(res.ok(), `sign-in of ${employeeId}`).toBe(true);
  return ctx;
}

/** A tRPC mutation as the app's own client sends it (JSON, superjson envelope). */
function mutate(ctx: APIRequestContext, procedure: string, input: unknown) {
  return ctx.post(`/api/trpc/${procedure}`, { data: { json: input }, headers: { "content-type": "application/json" }, timeout: 60_000 });
}

test("progress saves the client saw acknowledged survive a SIGKILL of the server", () =>
  withInstance(async ({ db, base, kill, restart }) => {
    // Staff no spec looks at, who never started the published "Mentoring essentials", and its reading lessons (its
    // attestation and quiz are not saved here: the course is not completed, nothing reaches the ledger).
    const course = (await db.query<{ id: string }>(`SELECT id FROM "Course" WHERE code = 'MENTOR'`)).rows[0]!;
    const staff = (await db.query<{ employeeId: string; id: string }>(
      `SELECT s."employeeId", s.id FROM "Staff" s WHERE s.active AND s."employeeId" ~ '^1[0-9]{5}$' AND s.roles = '{}'
         AND NOT EXISTS (SELECT 1 FROM "CourseProgress" p WHERE p."staffId" = s.id AND p."courseId" = $1)
       ORDER BY s."employeeId" DESC LIMIT 6`,
      [course.id],
    )).rows;
    const lessons = (await db.query<{ id: string }>(
      `SELECT l.id FROM "Lesson" l JOIN "CourseVersion" v ON v.id = l."versionId"
       WHERE v."courseId" = $1 AND v."publishedAt" IS NOT NULL AND l.kind = 'READING'
         AND v.version = (SELECT max(version) FROM "CourseVersion" WHERE "courseId" = $1 AND "publishedAt" IS NOT NULL)
       ORDER BY l.position`,
      [course.id],
    )).rows;
    expect(lessons.length).toBeGreaterThanOrEqual(4);

    const learners = await Promise.all(staff.map(async (s) => ({ ...s, ctx: await signedIn(base, s.employeeId) })));
    for (const l of learners) expect((await mutate(l.ctx, "courses.start", { courseId: course.id })).ok()).toBe(true);

    // The burst: every learner saves every lesson at once; the server dies once a third are acknowledged.
    const acknowledged: { staffId: string; lessonId: string }[] = [];
    let settled = 0;
    const saves = learners.flatMap((l) =>
      lessons.map(async (lesson) => {
        const res = await mutate(l.ctx, "courses.completeLesson", { lessonId: lesson.id }).catch(() => null);
        if (res?.ok()) acknowledged.push({ staffId: l.id, lessonId: lesson.id });
        settled++;
      }),
    );
    const total = saves.length;
    while (acknowledged.length < total / 3 && settled < total) await new Promise((r) => setTimeout(r, 5));
    await kill();
    await Promise.all(saves);
    for (const l of learners) await l.ctx.dispose();
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length, "the kill landed in the middle of the burst").toBeLessThan(total);
    test.info().annotations.push({ type: "burst", description: `${acknowledged.length} of ${total} saves acknowledged before the kill` });

    await restart();
    const stored = await db.query<{ staffId: string; lessonId: string }>(
      `SELECT p."staffId", lp."lessonId" FROM "LessonProgress" lp JOIN "CourseProgress" p ON p.id = lp."progressId"
       WHERE p."courseId" = $1 AND p."staffId" = ANY($2)`,
      [course.id, staff.map((s) => s.id)],
    );
    const kept = new Set(stored.rows.map((r) => `${r.staffId}/${r.lessonId}`));
    expect(acknowledged.filter((a) => !kept.has(`${a.staffId}/${a.lessonId}`)), "acknowledged saves lost").toEqual([]);
    // and the restarted server answers the learner as before
    const again = await signedIn(base, staff[0]!.employeeId);
    expect((await mutate(again, "courses.completeLesson", { lessonId: lessons[0]!.id })).ok()).toBe(true);
    await again.dispose();
  }));

test("a large import killed in the middle is all there or not at all, and its batch says which", () =>
  withInstance(async ({ db, base, kill, restart }) => {
    // 6,000 participations in 2001 (a year no report or spec reads), for staff no spec looks at, on two courses of its own.
    const run = Date.now().toString(36).toUpperCase();
    const codes = [`CRASH${run}A`, `CRASH${run}B`];
    const staff = (await db.query<{ employeeId: string }>(`SELECT "employeeId" FROM "Staff" WHERE active AND "employeeId" ~ '^1[0-9]{5}$' ORDER BY "employeeId" LIMIT 1000`)).rows;
    const category = (await db.query<{ code: string }>(`SELECT code FROM "Category" WHERE "retiredAt" IS NULL ORDER BY code LIMIT 1`)).rows[0]!.code;
    const lines = ["employee_id,course_code,course_title,category,mode,start_date,end_date,training_days,status"];
    for (const code of codes) {
      for (const [month, day] of [["03", "05"], ["06", "12"], ["10", "20"]] as const) {
        for (const s of staff) lines.push(`${s.employeeId},${code},Crash safety ${code},${category},classroom,2001-${month}-${day},2001-${month}-${day},1,attended`);
      }
    }
    const rows = lines.length - 1;
    const admin = await signedIn(base, "900104");
    const preview = await mutate(admin, "imports.preview", { kind: "records", fileName: "crash.csv", base64: Buffer.from(lines.join("\r\n")).toString("base64"), skipInvalid: false });
    expect(preview.ok(), await preview.text()).toBe(true);
    const { batchId, sha256 } = ((await preview.json()) as { result: { data: { json: { batchId: string; sha256: string } } } }).result.data.json;

    // Confirm, and kill the server while the import's transaction is open (seen from PostgreSQL).
    const confirm = mutate(admin, "imports.confirm", { batchId, sha256 }).catch(() => null);
    const deadline = Date.now() + 30_000;
    let inFlight = false;
    while (!inFlight && Date.now() < deadline) {
      // the import's transaction has taken its lock (server/imports/common.ts lockImports) and is planning or writing
      const open = await db.query(
        `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL
           AND (state = 'idle in transaction' OR query ILIKE '%pg_advisory_xact_lock%' OR query ILIKE '%TrainingRecord%')`,
        [APPLICATION_NAME],
      );
      inFlight = (open.rowCount ?? 0) > 0;
      if (!inFlight) await new Promise((r) => setTimeout(r, 10));
    }
    await kill();
    expect(inFlight, "the server was killed while the import's transaction was open").toBe(true);
    const answered = await confirm;
    await admin.dispose();

    await restart();
    const count = async () => Number((await db.query(`SELECT count(*) FROM "TrainingRecord" r JOIN "Course" c ON c.id = r."courseId" WHERE c.code = ANY($1)`, [codes])).rows[0].count);
    const status = async () => (await db.query<{ status: string }>(`SELECT status FROM "ImportBatch" WHERE id = $1`, [batchId])).rows[0]!.status;
    const after = { records: await count(), batch: await status() };
    test.info().annotations.push({ type: "after the kill", description: `${after.records} of ${rows} records, batch ${after.batch}` });
    expect([{ records: 0, batch: "PREVIEWED" }, { records: rows, batch: "APPLIED" }], `killed ${inFlight ? "inside" : "outside"} the transaction; the client ${answered?.ok() ? "saw" : "did not see"} an answer`).toContainEqual(after);
    if (answered?.ok()) expect(after.batch).toBe("APPLIED");

    // Confirming again after the restart finishes the job exactly once.
    const again = await signedIn(base, "900104");
    const retry = await mutate(again, "imports.confirm", { batchId, sha256 });
    expect(retry.status(), await retry.text()).toBe(after.batch === "APPLIED" ? 409 : 200);
    expect(await count()).toBe(rows);
    expect(await status()).toBe("APPLIED");
    await again.dispose();
  }));
