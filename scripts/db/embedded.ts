// The database for development, demos, tests and e2e: `DATABASE_URL` when set, otherwise an embedded
// PostgreSQL cluster under $PATHWAY_DATA_DIR (default ./.data), reused when it is already running.
// The server itself runs in a child process (scripts/db/pg-server.ts): see the comment there for why.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DEFAULT_PORT = 54329;
const DATABASE = "pathway";

export interface Database {
  /** Connection URL of the application database. */
  url: string;
  /** True when this process started the server (and so stops it). */
  startedHere: boolean;
  /** Stops the server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

export interface EmbeddedConfig {
  dataDir: string;
  port: number;
}

export function embeddedConfig(env: NodeJS.ProcessEnv = process.env): EmbeddedConfig {
  const port = Number(env.PATHWAY_PG_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PATHWAY_PG_PORT must be a port number, got "${env.PATHWAY_PG_PORT}"`);
  return { dataDir: path.resolve(repoRoot, env.PATHWAY_DATA_DIR ?? ".data"), port };
}

/** The URL of `database` on the same server as `url`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** `postgresql://user:****@host/db`, for logs and `db status`. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "****";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/**
 * Returns the application database: DATABASE_URL as is, else the embedded server on $PATHWAY_PG_PORT
 * (reused when something already serves it, started otherwise), with the `pathway` database created.
 */
export async function ensureDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, startedHere: false, stop: async () => {} };
  const { dataDir, port } = embeddedConfig(env);
  const adminUrl = embeddedAdminUrl(port);

  let server: EmbeddedServer | undefined;
  if ((await probe(adminUrl)) === "refused") {
    try {
      server = await startEmbeddedServer({ dataDir, port });
    } catch (error) {
      // Another process (a second terminal, the app) may have won the race to start the same cluster.
      if ((await probe(adminUrl)) !== "ok") throw error;
    }
  }
  const unregister = server ? undefined : registerClient(dataDir);
  try {
    if (!server) await assertUsable(adminUrl, port);
    await createDatabaseIfMissing(adminUrl, DATABASE);
  } catch (error) {
    unregister?.();
    await server?.release();
    throw error;
  }
  return {
    url: withDatabase(adminUrl, DATABASE),
    startedHere: Boolean(server),
    stop: async () => (server ? server.release() : unregister?.()),
  };
}

/**
 * A process reusing the server says so in <dataDir>/clients/<pid> (removed when it stops or exits), so
 * the process that started the server leaves it running for it (see pg-server.ts, SIGUSR2).
 */
function registerClient(dataDir: string): () => void {
  const file = path.join(dataDir, "clients", String(process.pid));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "");
  const unregister = () => {
    process.off("exit", unregister);
    rmSync(file, { force: true });
  };
  process.on("exit", unregister);
  return unregister;
}

export const embeddedAdminUrl = (port: number) => `postgresql://pathway:pathway@127.0.0.1:${port}/postgres`;

type ProbeResult = "ok" | "refused" | { error: Error & { code?: string } };

/** Is a PostgreSQL server we can log in to answering at `url`? */
async function probe(url: string): Promise<ProbeResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return "ok";
  } catch (error) {
    const e = error as Error & { code?: string };
    return e.code === "ECONNREFUSED" ? "refused" : { error: e };
  } finally {
    await client.end().catch(() => {});
  }
}

async function assertUsable(adminUrl: string, port: number): Promise<void> {
  const result = await probe(adminUrl);
  if (result === "ok") return;
  if (result === "refused") throw new Error(`The embedded PostgreSQL server on port ${port} went away while starting.`);
  const { error } = result;
  // SQLSTATE class 28 (invalid authorization) means a PostgreSQL server that is not ours.
  if (error.code?.startsWith("28")) {
    throw new Error(
      `Port ${port} is served by a PostgreSQL server that rejects Pathway's embedded credentials (${error.message}). ` +
        `Set PATHWAY_PG_PORT to a free port, or DATABASE_URL to use that server.`,
    );
  }
  throw new Error(
    `Port ${port} is in use by something that is not a PostgreSQL server Pathway can use (${error.message}). ` +
      `Set PATHWAY_PG_PORT to a free port, or stop what is listening there.`,
  );
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // created meanwhile by a concurrent process
    });
  } finally {
    await client.end();
  }
}

export interface EmbeddedServer {
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  pid: number;
  /** Stops the server now (fast shutdown: open sessions are ended). */
  stop(): Promise<void>;
  /**
   * Stops the server unless other processes still use it; then it stops by itself once they are gone.
   * For shared servers (ensureDatabase), where an app or a CLI may have reused ours meanwhile.
   */
  release(): Promise<void>;
}

/**
 * Starts pg-server.ts detached (Ctrl-C in a terminal reaches only our process, which then stops the
 * app before the database) and resolves once it accepts connections. The server stops when this
 * process exits, however it exits: an 'exit' hook signals it, and the child also watches its parent.
 */
export async function startEmbeddedServer(options: { dataDir: string; port: number; ephemeral?: boolean }): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  mkdirSync(dataDir, { recursive: true });
  // The server runs as the `postgres` user, which must be able to reach its cluster directory.
  chmodSync(dataDir, 0o755);
  const logFile = path.join(dataDir, "pg.log");
  const logFd = openSync(logFile, "a");
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const args = ["--import", tsx, path.join(repoRoot, "scripts/db/pg-server.ts"), "--data-dir", dataDir, "--port", String(port), "--parent-pid", String(process.pid)];
  if (options.ephemeral) args.push("--ephemeral");
  const child = spawn(process.execPath, args, { cwd: repoRoot, detached: true, stdio: ["ignore", "pipe", logFd] });
  closeSync(logFd);

  // Throwaway servers die with us; a shared one only once nobody else uses it.
  const killOnExit = () => child.kill(options.ephemeral ? "SIGTERM" : "SIGUSR2");
  process.on("exit", killOnExit);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;

  try {
    const adminUrl = await readyUrl(child);
    child.unref();
    return {
      adminUrl,
      pid: child.pid!,
      stop: async () => {
        process.off("exit", killOnExit);
        if (running()) child.kill("SIGTERM");
        child.ref(); // an unref'ed child would let the event loop end before its exit is seen
        await exited;
      },
      release: async () => {
        process.off("exit", killOnExit);
        if (!running()) return;
        child.kill("SIGUSR2");
        child.ref();
        // pg-server checks at once: when nobody else uses the server, it is gone within moments.
        let timer: NodeJS.Timeout | undefined;
        const idle = await Promise.race([exited.then(() => true), new Promise<false>((r) => (timer = setTimeout(() => r(false), 3000)))]);
        clearTimeout(timer);
        child.unref();
        if (!idle) console.error("The embedded database is still in use by another process; it will stop when that one is done.");
      },
    };
  } catch (error) {
    process.off("exit", killOnExit);
    child.kill("SIGTERM");
    await exited;
    if (error instanceof EmbeddedPostgresError) throw error;
    const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").slice(-15).join("\n") : "";
    throw new Error(`${(error as Error).message}\n--- last lines of ${logFile} ---\n${tail}`);
  }
}

/** A failure of the embedded server that the user can fix; its message is one sentence saying how. */
export class EmbeddedPostgresError extends Error {}

function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("Embedded PostgreSQL did not start within 60 s.")), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const failed = /^error (.+)$/m.exec(out);
      if (failed) {
        clearTimeout(timer);
        return reject(new EmbeddedPostgresError(failed[1]!));
      }
      const match = /^ready (\S+)$/m.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.destroy();
      resolve(match[1]!);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded PostgreSQL failed to start (pg-server exited with code ${code}).`));
    });
  });
}

/**
 * `db stop`: stops the embedded server of this checkout, whichever process started it.
 * Returns false when none was running.
 */
export async function stopEmbedded(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const { dataDir } = embeddedConfig(env);
  // Prefer the pg-server process (it stops postgres and cleans up); fall back to the postmaster itself,
  // e.g. when pg-server was killed with SIGKILL and postgres lived on.
  const server = readPid(path.join(dataDir, "pg-server.pid"), "pg-server");
  const postmaster = readPid(path.join(dataDir, "pg", "postmaster.pid"), "postgres");
  const target = server ?? postmaster;
  if (!target) return false;
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then stop cleanly.
  process.kill(target, server ? "SIGTERM" : "SIGINT");
  await waitForExit(target, 30_000);
  if (server && postmaster && isAlive(postmaster)) await waitForExit(postmaster, 30_000);
  return true;
}

/** The pid in `file` if that process is alive and its command line mentions `expected` (pids get reused). */
function readPid(file: string, expected: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(expected)) return undefined;
  } catch {
    // No /proc (macOS): trust the pidfile.
  }
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // A zombie (state Z) has exited; in containers whose PID 1 never reaps, it would look alive forever.
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return true;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`Process ${pid} did not stop within ${timeoutMs / 1000} s.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A TCP port nobody listens on right now (the kernel picks it), for throwaway test and e2e servers. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
