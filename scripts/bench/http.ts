// What the HTTP benchmarks share (pages.ts, load.ts): a signed-in client reduced to its cookies, and the production
// server the e2e suite runs, started on a fresh demo database.
import { existsSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort, repoRoot } from "~/scripts/db/embedded";
import { waitUntilAnswering } from "~/scripts/next-app";
import { serverNodeArgs } from "~/scripts/server-runtime";

/** A signed-in browser, reduced to its cookies. */
export class Client {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
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

/** The production server the e2e suite runs (scripts/e2e-server.ts), on a free port; null when there is no build. */
export async function startServer(): Promise<{ url: string; child: ChildProcess } | null> {
  const distDir = path.join(repoRoot, process.env.NEXT_DIST_DIR ?? ".next");
  if (!existsSync(path.join(distDir, "BUILD_ID"))) return null;
  const port = await freePort();
  const child = spawn(process.execPath, serverNodeArgs("scripts/e2e-server.ts"), {
    cwd: repoRoot,
    // The server's own log goes to stderr: stdout stays one JSON line per measurement.
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, NODE_OPTIONS: "", E2E_PORT: String(port) },
  });
  const url = `http://127.0.0.1:${port}`;
  // Seeding the demo organisation into a fresh database comes first.
  if (!(await waitUntilAnswering(`${url}/api/health`, child, 600_000))) {
    child.kill("SIGTERM");
    throw new Error("The e2e server did not start within 10 minutes.");
  }
  return { url, child };
}

