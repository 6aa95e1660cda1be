// The xAPI outbox against a real learning record store: xapi-statements (Learning Locker's statement service, which
// validates every statement) runs as a child process; a small proxy in front of it plays the network — up, down (the
// LRS unreachable), or answering nothing after the LRS stored the batch (a lost answer).
import { fork, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { repoRoot } from "~/scripts/db/embedded";
import { serverNodeArgs } from "~/scripts/server-runtime";
import { childEnv } from "~/tests/env";
import { testDb } from "~/tests/db";
import { createCourse, createSession, createStaff, lessonsOf, uniq } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { xapiConfigOf, type XapiConfig } from "~/server/xapi/config";
import type { XapiEvent } from "~/server/xapi/events";
import { deliverXapi, queueXapi, sendXapiNow } from "~/server/xapi/outbox";
import { xapiOverview } from "~/server/xapi/overview";

const db = testDb();
const HOME = "https://pathway.test";
const MINUTE = 60_000;

let dir: string;
let lrs: ChildProcess;
let lrsPort: number;
let proxy: Proxy;
let config: XapiConfig;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts xapi-statements 5.0.1 (in-memory statements, its test auth, no Redis or Mongo) and waits until it listens. */
async function startLrs(port: number): Promise<ChildProcess> {
  const entry = path.join(process.cwd(), "node_modules/xapi-statements/dist/index.js");
  const child = fork(entry, [], {
    // Its own directory: it reads a .env from its working directory and writes access logs and attachments there.
    cwd: dir,
    env: {
      NODE_ENV: "production",
      PATH: childEnv().PATH,
      MODELS_REPO: "memory",
      STORAGE_REPO: "local",
      AUTH_REPO: "test",
      EVENTS_REPO: "test",
      EXPRESS_PORT: String(port),
      FS_LOCAL_STORAGE_DIR: path.join(dir, "storage"),
      EXPRESS_MORGAN_DIRECTORY: path.join(dir, "logs"),
      WINSTON_CONSOLE_LEVEL: "error",
      SERVICE_AWAIT_UPDATES: "true",
    },
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the LRS did not start within 15 s")), 15_000);
    child.once("message", (m) => {
      if (m === "ready") {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`the LRS exited with ${code}`)));
  });
  return child;
}

type Mode = "up" | "lose-answer";

/** A proxy to the LRS that can be stopped (connection refused) and can drop the LRS's answer. */
class Proxy {
  mode: Mode = "up";
  requests = 0;
  private server: http.Server | null = null;
  constructor(readonly port: number) {}

  async start() {
    if (this.server) return;
    const server = http.createServer((req, res) => {
      this.requests++;
      const upstream = http.request({ host: "127.0.0.1", port: lrsPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (c: Buffer) => chunks.push(c));
        answer.on("end", () => {
          // The LRS has done its work; the client never hears of it.
          if (this.mode === "lose-answer") return void req.socket.destroy();
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(chunks));
        });
      });
      upstream.on("error", () => req.socket.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", resolve);
    });
    this.server = server;
  }

  async stop() {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "pathway-lrs-"));
  lrsPort = await freePort();
  lrs = await startLrs(lrsPort);
  proxy = new Proxy(await freePort());
  await proxy.start();
  config = { endpoint: `http://127.0.0.1:${proxy.port}/xAPI/`, username: "pathway", password: "not-a-real-secret", timeoutMs: 3_000, homePage: HOME };
});

afterAll(async () => {
  await proxy?.stop();
  lrs?.kill("SIGTERM");
  if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  proxy.mode = "up";
  await proxy.start(); // a test may have left it stopped
  // One database per file; tests in a file run one after another: each starts from an empty outbox.
  await db.xapiStatement.deleteMany({});
});

/** Runs the real CLI against this test file's database. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, serverNodeArgs("scripts/cli.ts", ...args), { cwd: repoRoot, env: childEnv({ NODE_OPTIONS: "", ...env }) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Asks the LRS itself (not through the proxy). */
async function lrsGet(query: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(`http://127.0.0.1:${lrsPort}/xAPI/statements`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { Authorization: `Basic ${Buffer.from("pathway:x").toString("base64")}`, "X-Experience-API-Version": "1.0.3" } });
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as Record<string, unknown>) : {} };
}

/** Every statement the LRS holds about one person. */
async function statementsOf(employeeId: string): Promise<{ id: string; verb: { id: string } }[]> {
  const { status, body } = await lrsGet({ agent: JSON.stringify({ objectType: "Agent", account: { homePage: HOME, name: employeeId } }), limit: "100" });
  expect(status).toBe(200);
  return body.statements as { id: string; verb: { id: string } }[];
}

/** A person and a course with a quiz, and `n` launch events of theirs (one per progress cycle). */
async function someone(n = 3) {
  const staff = await createStaff(db);
  const course = await createCourse(db, { title: "Fraud awareness" });
  const events: XapiEvent[] = Array.from({ length: n }, (_, i) => ({ kind: "launched", staffId: staff.id, courseId: course.id, progressId: uniq(`p${i}`), at: new Date(Date.UTC(2026, 2, 2, 9, i)) }));
  return { staff, course, events };
}

/** A delivery clock just after the statements were queued (they are due from the moment they are written). */
const soon = () => new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000);

const queue = (events: XapiEvent[], c: XapiConfig | null = config) => db.$transaction(async (tx) => {
  let n = 0;
  for (const e of events) n += await queueXapi(tx, e, c);
  return n;
});

describe("xAPI delivery to a real LRS", () => {
  it("statements of every kind are accepted by the validating LRS, as built", async () => {
    const staff = await createStaff(db);
    const course = await createCourse(db, { title: "BSAFE" });
    const quiz = (await lessonsOf(db, course.versionId)).find((l) => l.kind === "QUIZ")!;
    const session = await createSession(db, { asOf: new Date("2026-02-01T00:00:00Z") });
    const at = new Date("2026-03-05T16:00:00Z");
    const progressId = uniq("p");
    const common = { staffId: staff.id, courseId: course.id, progressId, at };
    const events: XapiEvent[] = [
      { kind: "launched", ...common },
      { kind: "quiz", ...common, lessonId: quiz.id, attemptId: uniq("a"), passed: false, correctCount: 2, questionCount: 5 },
      { kind: "quiz", ...common, lessonId: quiz.id, attemptId: uniq("a"), passed: true, correctCount: 5, questionCount: 5 },
      { kind: "completed", ...common },
      { kind: "attended", staffId: staff.id, courseId: session.courseId, sessionId: session.id, enrollmentId: uniq("e"), durationSeconds: 7 * 3600, at },
      { kind: "scorm", ...common, lessonId: quiz.id, attemptId: uniq("s"), completion: "completed", success: "passed", score: { raw: 85, min: 0, max: 100, scaled: 0.85 }, durationSeconds: 754.2, at },
    ];
    expect(await queue(events)).toBe(7); // the SCORM result is completed and passed: two statements

    const sentAt = soon();
    expect(await deliverXapi({ config, now: () => sentAt })).toEqual({ sent: 7, failing: 0 });
    const rows = await db.xapiStatement.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.every((r) => r.status === "SENT" && r.sentAt?.getTime() === sentAt.getTime() && r.lastError === null)).toBe(true);

    for (const row of rows) {
      const { status, body } = await lrsGet({ statementId: row.id });
      expect({ verb: row.verb, status }).toEqual({ verb: row.verb, status: 200 });
      expect(body).toMatchObject({ id: row.id, actor: { account: { homePage: HOME, name: staff.employeeId } }, verb: { id: `http://adlnet.gov/expapi/verbs/${row.verb}` } });
    }
    expect((await statementsOf(staff.employeeId)).map((s) => s.verb.id.split("/").at(-1)).sort()).toEqual(["attended", "completed", "completed", "failed", "launched", "passed", "passed"]);
  });

  it("the same event queued twice is one statement with one id", async () => {
    const { events } = await someone(1);
    expect(await queue([events[0]!, events[0]!])).toBe(1);
    expect(await queue([events[0]!])).toBe(0);
    expect(await db.xapiStatement.count()).toBe(1);
  });

  it("an outage leaves statements failing with the error and a later attempt, nothing lost; after it they all go, once", async () => {
    const { staff, events } = await someone(3);
    await queue(events);
    await proxy.stop();
    const t0 = soon();

    expect(await deliverXapi({ config, now: () => t0 })).toEqual({ sent: 0, failing: 3 });
    let rows = await db.xapiStatement.findMany();
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r).toMatchObject({ status: "FAILING", attempts: 1, lastStatus: null, nextAttemptAt: new Date(t0.getTime() + MINUTE) });
      expect(r.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    }
    // Not due yet: nothing is tried.
    expect(await deliverXapi({ config, now: () => new Date(t0.getTime() + 30_000) })).toEqual({ sent: 0, failing: 0 });
    // Due, still down: the next wait doubles.
    const t1 = new Date(t0.getTime() + MINUTE);
    expect(await deliverXapi({ config, now: () => t1 })).toEqual({ sent: 0, failing: 3 });
    rows = await db.xapiStatement.findMany();
    expect(rows.every((r) => r.attempts === 2 && r.nextAttemptAt.getTime() === t1.getTime() + 2 * MINUTE)).toBe(true);
    const overview = await xapiOverview({ page: 1 }, config);
    expect(overview.counts).toEqual({ WAITING: 0, SENT: 0, FAILING: 3 });
    expect(overview.failing.rows[0]).toMatchObject({ verb: "launched", employeeId: staff.employeeId, attempts: 2, lastStatus: null });
    expect(overview.host).toBe(`127.0.0.1:${proxy.port}`);

    await proxy.start();
    expect(await deliverXapi({ config, now: () => new Date(t1.getTime() + 2 * MINUTE) })).toEqual({ sent: 3, failing: 0 });
    const held = await statementsOf(staff.employeeId);
    expect(held.map((s) => s.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it("an unreachable LRS is tried with one batch per run, not once per batch: the rest wait untouched", async () => {
    const { events } = await someone(55);
    await queue(events);
    await proxy.stop();
    expect(await deliverXapi({ config, now: soon })).toEqual({ sent: 0, failing: 50 });
    expect(await db.xapiStatement.count({ where: { status: "WAITING", attempts: 0 } })).toBe(5);
  });

  it("a delivery retried after a lost answer does not duplicate: the LRS holds exactly one statement per id", async () => {
    const { staff, events } = await someone(4);
    await queue(events);
    proxy.mode = "lose-answer";
    const t0 = soon();
    expect(await deliverXapi({ config, now: () => t0 })).toEqual({ sent: 0, failing: 4 });
    // The LRS did store them: only the answer was lost.
    expect(await statementsOf(staff.employeeId)).toHaveLength(4);

    proxy.mode = "up";
    expect(await deliverXapi({ config, now: () => new Date(t0.getTime() + MINUTE) })).toEqual({ sent: 4, failing: 0 });
    const held = await statementsOf(staff.employeeId);
    expect(held).toHaveLength(4);
    expect(new Set(held.map((s) => s.id)).size).toBe(4);
    // Sent is final: another run sends nothing.
    const before = proxy.requests;
    expect(await deliverXapi({ config, now: () => new Date(t0.getTime() + 60 * MINUTE) })).toEqual({ sent: 0, failing: 0 });
    expect(proxy.requests).toBe(before);
  });

  it("a statement the LRS refuses (400) stays failing with the LRS's answer while the others go", async () => {
    const { staff, events } = await someone(3);
    await queue(events);
    const bad = await db.xapiStatement.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const statement = bad.statement as { verb: { id: string } };
    // What a bug in a statement would look like to the LRS: a verb id that is not an IRI.
    await db.xapiStatement.update({ where: { id: bad.id }, data: { statement: { ...statement, verb: { ...statement.verb, id: "not an iri" } } } });
    const t0 = soon();

    expect(await deliverXapi({ config, now: () => t0 })).toEqual({ sent: 2, failing: 1 });
    const refused = await db.xapiStatement.findUniqueOrThrow({ where: { id: bad.id } });
    expect(refused).toMatchObject({ status: "FAILING", attempts: 1, lastStatus: 400, nextAttemptAt: new Date(t0.getTime() + MINUTE) });
    expect(refused.lastError).toContain("verb.id");
    expect(refused.lastError!.length).toBeLessThanOrEqual(1000);
    expect((await statementsOf(staff.employeeId)).map((s) => s.id).sort()).toEqual(
      (await db.xapiStatement.findMany({ where: { status: "SENT" } })).map((r) => r.id).sort(),
    );
    // Back-off doubles up to 6 hours, then stays there.
    let now = t0;
    for (let attempt = 2; attempt <= 11; attempt++) {
      now = (await db.xapiStatement.findUniqueOrThrow({ where: { id: bad.id } })).nextAttemptAt;
      await deliverXapi({ config, now: () => now });
    }
    const after = await db.xapiStatement.findUniqueOrThrow({ where: { id: bad.id } });
    expect(after.attempts).toBe(11);
    expect(after.nextAttemptAt.getTime() - now.getTime()).toBe(360 * MINUTE);
  });

  it("two workers at once send each statement exactly once", async () => {
    const { staff, events } = await someone(12);
    await queue(events);
    const [a, b] = await Promise.all([deliverXapi({ config, limit: 6 }), deliverXapi({ config, limit: 6 })]);
    const more = await deliverXapi({ config });
    expect(a.sent + b.sent + more.sent).toBe(12);
    expect(await statementsOf(staff.employeeId)).toHaveLength(12);
  });

  it("L&D's Send now retries failing statements at once, before their back-off", async () => {
    const { staff, events } = await someone(2);
    await queue(events);
    await proxy.stop();
    expect(await deliverXapi({ config })).toEqual({ sent: 0, failing: 2 });
    await proxy.start();
    expect(await deliverXapi({ config })).toEqual({ sent: 0, failing: 0 }); // not due for a minute
    const admin = await createStaff(db, { roles: ["LD_ADMIN"] });
    expect(await sendXapiNow(admin, { config })).toEqual({ sent: 2, failing: 0 });
    expect(await statementsOf(staff.employeeId)).toHaveLength(2);
    expect(await db.auditEntry.count({ where: { action: "xapi.sendNow", actorId: admin.id } })).toBe(1);
  });

  it("the CLI delivers what is due and reports the outbox, never showing the credentials", async () => {
    const { staff, events } = await someone(2);
    await queue(events);
    const env = { XAPI_ENDPOINT: config.endpoint, XAPI_USERNAME: config.username, XAPI_PASSWORD: config.password, APP_URL: HOME };
    const deliver = await cli(["xapi", "deliver", "--json"], env);
    expect(deliver).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(deliver.stdout)).toEqual({ sent: 2, failing: 0 });
    expect(await statementsOf(staff.employeeId)).toHaveLength(2);
    const status = await cli(["xapi", "status"], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`LRS: 127.0.0.1:${proxy.port}`);
    expect(status.stdout).toContain("Statements: 2 sent, 0 waiting, 0 failing.");
    expect(`${deliver.stdout}${status.stdout}`).not.toContain(config.password);
  });

  it("not configured: nothing is queued, nothing sent, and Send now says so", async () => {
    expect(xapiConfigOf({ XAPI_TIMEOUT_MS: 10_000 })).toBeNull();
    const { events } = await someone(2);
    expect(await queue(events, null)).toBe(0);
    expect(await db.xapiStatement.count()).toBe(0);
    expect(await deliverXapi({ config: null })).toEqual({ sent: 0, failing: 0 });
    const admin = await createStaff(db, { roles: ["LD_ADMIN"] });
    await expect(sendXapiNow(admin, { config: null })).rejects.toBeInstanceOf(AppError);
    expect((await xapiOverview({ page: 1 }, null)).configured).toBe(false);
  });
});
