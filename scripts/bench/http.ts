// What the HTTP benchmarks share (pages.ts, load.ts, saves.ts, weight.ts): a signed-in client reduced to its cookies,
// the production server as the e2e suite runs it on a fresh copy of the demo organisation, and its memory.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ensureDatabase, freePort, repoRoot, withDatabase } from "~/scripts/db/embedded";
import { prepareDatabase } from "~/scripts/db/prepare";
import { exitCode, waitUntilAnswering } from "~/scripts/next-app";
import { newSigningKey } from "~/server/certificates/signing-key";
import { addSsoLeaver } from "~/tests/oidc/accounts";
import { addSignOutTester } from "~/tests/e2e-staff";

/** A signed-in browser, reduced to its cookies. */
export class Client {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  /** The Cookie header this client sends (for a load generator that sends the requests itself). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const res = await fetch(new URL(pathname, this.base), { ...init, headers, redirect: "manual" });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return res;
  }

  /** The demo sign-in, as the sign-in page's button does it (next-auth's credentials provider "demo"). */
  async signIn(employeeId: string): Promise<string> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, employeeId, callbackUrl: new URL("/", this.base).href, json: "true" });
    const res = await this.fetch("/api/auth/callback/demo", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    await res.arrayBuffer();
    const session = (await (await this.fetch("/api/auth/session")).json()) as { user?: { name?: string } };
    if (!session.user?.name) throw new Error(`The demo sign-in as ${employeeId} failed (is the server in demo mode, PATHWAY_DEMO=1?).`);
    return session.user.name;
  }

  /** One page as a browser asks for it; the time to the first byte and to the last. */
  async page(pathname: string): Promise<{ status: number; html: string; ttfbMs: number; ms: number }> {
    const started = performance.now();
    const res = await this.fetch(pathname, { headers: { accept: "text/html" } });
    const ttfbMs = performance.now() - started;
    const html = await res.text();
    return { status: res.status, html, ttfbMs, ms: performance.now() - started };
  }
}

export type BenchServer = { url: string; child: ChildProcess; databaseUrl: string; stop(): Promise<void> };

/**
 * The demo organisation, seeded once into a template database of the shared embedded server (the one the compliance
 * benchmark uses) and kept: seeding takes minutes on 2 busy cores, cloning it a second. Its name carries a hash of
 * the migrations and the seed's sources, so a change to either seeds a new one (and the old ones are dropped).
 */
async function demoTemplate(adminUrl: string): Promise<string> {
  const hash = createHash("sha256");
  const migrations = path.join(repoRoot, "prisma/migrations");
  for (const name of readdirSync(migrations).sort()) hash.update(name);
  const seedFiles = ["prisma/seed.ts", ...readdirSync(path.join(repoRoot, "prisma/seed"), { recursive: true }).map((f) => path.join("prisma/seed", String(f)))];
  for (const file of seedFiles.sort()) {
    if (file.endsWith(".ts")) hash.update(file).update(readFileSync(path.join(repoRoot, file)));
  }
  const name = `pathway_bench_demo_${hash.digest("hex").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount) return name;
    const building = `${name}_${process.pid}`;
    console.error(`bench: seeding the demo organisation into ${name} (once; later runs clone it)`);
    const started = Date.now();
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    await prepareDatabase(withDatabase(adminUrl, building), { seedDemoIfEmpty: true, log: (l) => console.error(l) });
    // what scripts/e2e-server.ts adds for its specs, so that a bench server is the e2e server's twin
    await addSsoLeaver(withDatabase(adminUrl, building));
    await addSignOutTester(withDatabase(adminUrl, building));
    // only a completely seeded template gets the name later runs look for
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    console.error(`bench: demo template ${name} ready in ${Math.round((Date.now() - started) / 1000)} s`);
    for (const { datname } of (await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'pathway\\_bench\\_demo\\_%' AND datname <> $1`, [name])).rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`).catch(() => {});
    }
    return name;
  } finally {
    await admin.end();
  }
}

/** CREATE DATABASE … TEMPLATE, retried while the template is briefly in use (55006). */
async function cloneDatabase(adminUrl: string, template: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * The production server as the e2e suite runs it (`next start` on the build, honouring NEXT_DIST_DIR, in demo mode,
 * with the e2e server's settings) on a fresh copy of the seeded demo organisation and a free port; null when there
 * is no build. stop() ends the server and drops its database.
 */
export async function startServer(options: { nodeArgs?: string[] } = {}): Promise<BenchServer | null> {
  const distDir = path.join(repoRoot, process.env.NEXT_DIST_DIR ?? ".next");
  if (!existsSync(path.join(distDir, "BUILD_ID"))) return null;
  const database = await ensureDatabase({ ...process.env, DATABASE_URL: "" });
  const adminUrl = withDatabase(database.url, "postgres");
  const name = `pathway_bench_http_${process.pid}`;
  try {
    const template = await demoTemplate(adminUrl);
    await cloneDatabase(adminUrl, template, name);
  } catch (error) {
    await database.stop();
    throw error;
  }
  const databaseUrl = withDatabase(adminUrl, name);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), createRequire(import.meta.url).resolve("next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: repoRoot,
    // The server's own log goes to stderr: stdout stays one JSON line per measurement.
    stdio: ["ignore", process.stderr, process.stderr],
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      PATHWAY_DEMO: "1",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      CERTIFICATE_SIGNING_KEY: newSigningKey().secretKeyMultibase,
      // the load benchmark signs 200 learners in at once from one address
      RATE_LIMIT_SIGN_IN_DEMO: "600/60",
    },
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exitCode(child);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => admin.end());
    await database.stop();
  };
  if (!(await waitUntilAnswering(`${url}/api/health`, child, 120_000))) {
    await stop();
    throw new Error("The production server did not answer within 2 minutes.");
  }
  return { url, child, databaseUrl, stop };
}

/** The RSS (VmRSS) of the app's Node processes: `rootPid` and the processes under it, without PostgreSQL, in MB. */
export function appMemoryMb(rootPid: number): number {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .map(([pid, ppid, rss, comm]) => ({ pid: Number(pid), ppid: Number(ppid), rssKb: Number(rss), comm: comm ?? "" }));
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (!tree.has(r.pid) && tree.has(r.ppid)) {
        tree.add(r.pid);
        grew = true;
      }
    }
  }
  const served = rows.filter((r) => tree.has(r.pid) && !r.comm.startsWith("postgres"));
  return Math.round(served.reduce((sum, r) => sum + r.rssKb, 0) / 1024);
}

/**
 * `count` active demo staff (employee ids 1xxxxx) who never started the course, in employee-id order: the learners a
 * load benchmark signs in. Throws when the demo organisation has too few.
 */
export async function staffWithoutCourse(db: pg.Client, course: { id: string; title: string }, count: number): Promise<{ id: string; employeeId: string }[]> {
  const { rows } = await db.query<{ id: string; employeeId: string }>(
    `SELECT s.id, s."employeeId" FROM "Staff" s WHERE s.active AND s."employeeId" ~ '^1[0-9]{5}$'
       AND NOT EXISTS (SELECT 1 FROM "CourseProgress" p WHERE p."staffId" = s.id AND p."courseId" = $1)
     ORDER BY s."employeeId" LIMIT $2`,
    [course.id, count],
  );
  if (rows.length < count) throw new Error(`Only ${rows.length} staff without "${course.title}" in the demo organisation.`);
  return rows;
}
