/**
 * Load benchmark (issue 14): 200 learners at once, for 60 s, take "Mentoring essentials" through the production server
 * over HTTP — start it, save each reading lesson, attest, start the quiz, submit it (the same submission twice, as a
 * double click or a retry would), then keep saving progress and submitting — while the server's memory is sampled.
 * Afterwards, from the database: every learner who was told "passed" has exactly one training record of the course,
 * and nobody has two. Prints one JSON line per figure (requests/s, p50/p99 per kind of request, 5xx, memory).
 *
 * Starts the server the e2e suite runs (scripts/e2e-server.ts: a fresh demo database, `next start` on the build made
 * by `next build`), so it needs a build; it says "skipped" otherwise.
 *   npm run bench -- load
 *   node --conditions=react-server --import tsx scripts/bench/load.ts [--learners 200] [--seconds 60]
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { Client, appMemoryMb, staffWithoutCourse, startServer } from "~/scripts/bench/http";
import { figure, quick, scaled } from "~/scripts/bench/measure";

const COURSE = "MENTOR";

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: "load", ...record }));
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

type Kind = "start" | "saveLesson" | "attest" | "startQuiz" | "submitQuiz";
type Sample = { kind: Kind; ms: number; status: number };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { learners: { type: "string", default: String(scaled(200)) }, seconds: { type: "string", default: quick ? "10" : "60" }, quick: { type: "boolean", default: false } },
    strict: true,
  });
  const learnerCount = Number(values.learners);
  const seconds = Number(values.seconds);
  const server = await startServer();
  if (!server) {
    line({ skipped: "no production build (run `next build` first)" });
    return 0;
  }
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  let failures = 0;
  try {
    const course = (await db.query<{ id: string }>(`SELECT id FROM "Course" WHERE code = $1`, [COURSE])).rows[0]!;
    const lessons = (
      await db.query<{ id: string; kind: string }>(
        `SELECT l.id, l.kind FROM "Lesson" l JOIN "CourseVersion" v ON v.id = l."versionId"
         WHERE v."courseId" = $1 AND v.version = (SELECT max(version) FROM "CourseVersion" WHERE "courseId" = $1 AND "publishedAt" IS NOT NULL)
         ORDER BY l.position`,
        [course.id],
      )
    ).rows;
    const readings = lessons.filter((l) => l.kind === "READING").map((l) => l.id);
    const attestation = lessons.find((l) => l.kind === "ATTESTATION")!.id;
    const quiz = lessons.find((l) => l.kind === "QUIZ")!.id;
    const correct = new Map<string, string[]>();
    for (const r of (
      await db.query<{ questionId: string; id: string }>(
        `SELECT o."questionId", o.id FROM "QuizOption" o JOIN "QuizQuestion" q ON q.id = o."questionId" WHERE q."lessonId" = $1 AND o.correct`,
        [quiz],
      )
    ).rows) {
      correct.set(r.questionId, [...(correct.get(r.questionId) ?? []), r.id]);
    }
    const staff = await staffWithoutCourse(db, { id: course.id, title: COURSE }, learnerCount);

    const learners = await Promise.all(
      staff.map(async (s) => {
        const client = new Client(server.url);
        await client.signIn(s.employeeId);
        return { ...s, client, passed: false };
      }),
    );
    line({ step: "signed in", learners: learners.length, url: server.url });

    const samples: Sample[] = [];
    const call = async (client: Client, kind: Kind, procedure: string, input: unknown) => {
      const started = performance.now();
      const res = await client.fetch(`/api/trpc/${procedure}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
      const body = (await res.json()) as { result?: { data: { json: unknown } } };
      samples.push({ kind, ms: performance.now() - started, status: res.status });
      return { status: res.status, data: body.result?.data.json };
    };

    let peakMb = 0;
    const memory: number[] = [];
    const sampler = setInterval(() => {
      const mb = appMemoryMb(server.child.pid!);
      memory.push(mb);
      peakMb = Math.max(peakMb, mb);
    }, 1000);

    const runStartedAt = new Date();
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      learners.map(async (l) => {
        await call(l.client, "start", "courses.start", { courseId: course.id });
        for (const lessonId of readings) await call(l.client, "saveLesson", "courses.completeLesson", { lessonId });
        await call(l.client, "attest", "courses.attest", { lessonId: attestation, confirmed: true });
        await call(l.client, "startQuiz", "courses.startQuiz", { lessonId: quiz });
        const attempt = (
          await db.query<{ questionIds: string[] }>(
            `SELECT a."questionIds" FROM "QuizAttempt" a JOIN "CourseProgress" p ON p.id = a."progressId"
             WHERE p."staffId" = $1 AND a."lessonId" = $2 AND a."submittedAt" IS NULL ORDER BY a.number DESC LIMIT 1`,
            [l.id, quiz],
          )
        ).rows[0];
        const answers = (attempt?.questionIds ?? []).map((questionId) => ({ questionId, optionIds: correct.get(questionId) ?? [] }));
        const submissionId = randomUUID();
        // the same submission twice at once: a double click, or a retry after a lost answer
        const [first, second] = await Promise.all([1, 2].map(() => call(l.client, "submitQuiz", "courses.submitQuiz", { lessonId: quiz, submissionId, answers })));
        l.passed = [first, second].some((r) => (r!.data as { attempt?: { passed: boolean } } | undefined)?.attempt?.passed === true);
        // then the progress saves and submissions a busy platform keeps receiving, until the time is up
        for (let i = 0; performance.now() < deadline; i++) {
          if (i % 5 === 4) await call(l.client, "submitQuiz", "courses.submitQuiz", { lessonId: quiz, submissionId: randomUUID(), answers });
          else await call(l.client, "saveLesson", "courses.completeLesson", { lessonId: readings[i % readings.length]! });
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    clearInterval(sampler);

    const serverErrors = samples.filter((s) => s.status >= 500).length;
    const all = samples.map((s) => s.ms);
    const p99 = (ms: number[]) => Math.round(percentile([...ms].sort((a, b) => a - b), 99) * 10) / 10;
    figure("load", `all requests (${learners.length} learners)`, all, {
      extra: {
        p99: p99(all),
        seconds: Math.round(elapsed * 10) / 10,
        requestsPerSecond: Math.round(samples.length / elapsed),
        serverErrors,
        statuses: Object.fromEntries([...new Set(samples.map((s) => s.status))].sort().map((st) => [st, samples.filter((s) => s.status === st).length])),
      },
    });
    for (const kind of ["start", "saveLesson", "attest", "startQuiz", "submitQuiz"] as const) {
      const ms = samples.filter((s) => s.kind === kind).map((s) => s.ms);
      if (ms.length) figure("load", `${kind} (${learners.length} learners)`, ms, { extra: { p99: p99(ms) } });
    }
    figure("load", "server RSS during the load", memory, { unit: "MB", target: 500, extra: { peak: peakMb } });

    // The ledger after the run: one record per learner told "passed", none for the others, never two (only what
    // the run wrote: some of these staff have the course in the former LMS's history the demo imported).
    const records = new Map(
      (
        await db.query<{ staffId: string; n: string }>(
          `SELECT "staffId", count(*) AS n FROM "TrainingRecord"
           WHERE "courseId" = $1 AND "staffId" = ANY($2) AND "createdAt" >= $3 GROUP BY "staffId"`,
          [course.id, learners.map((l) => l.id), runStartedAt],
        )
      ).rows.map((r) => [r.staffId, Number(r.n)]),
    );
    const lost = learners.filter((l) => l.passed && records.get(l.id) !== 1).length;
    const doubled = [...records.values()].filter((n) => n > 1).length;
    const unexplained = learners.filter((l) => !l.passed && records.has(l.id)).length;
    line({ figure: "ledger", passed: learners.filter((l) => l.passed).length, records: [...records.values()].reduce((a, b) => a + b, 0), lost, doubled, unexplained });
    failures = serverErrors + lost + doubled + unexplained;
  } finally {
    await db.end();
    await server.stop();
  }
  return failures ? 1 : 0;
}

process.exitCode = await main();
