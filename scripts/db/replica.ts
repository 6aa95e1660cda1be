// A real streaming replica (hot standby) of a running PostgreSQL cluster on this machine, made with PostgreSQL's own
// low-level backup API — the embedded package ships `postgres`, `initdb` and `pg_ctl` but no `pg_basebackup`:
//   1. a physical replication slot keeps every WAL segment the standby will need (no WAL archive here);
//   2. `pg_backup_start` on one session, a file copy of the data directory (without the files the documentation's
//      "Making a Base Backup Using the Low Level API" says to leave out), `pg_backup_stop` on the same session;
//   3. its label file written as `backup_label` (and `tablespace_map`), `standby.signal`, and `primary_conninfo` +
//      `primary_slot_name` in postgresql.auto.conf; then `postgres` started on the copy, on a port of its own.
// The result is in recovery (`pg_is_in_recovery()`), streams WAL from the primary, answers reads and refuses writes.
// Used by the scale-out test (e2e/scale-out.spec.ts through scripts/db/replica-pair.ts) and docs/SCALING.md's figures.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Entries of the data directory a base backup leaves out (relative paths, "/" separated), per PostgreSQL's docs:
 * the postmaster's pid and options, the WAL (the standby streams it), replication slots, the contents of the
 * directories that are reset at start, temporary files, relation cache init files, and any earlier label or signal.
 */
const EXCLUDED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "standby.signal", "recovery.signal", "backup_label.old", "current_logfiles"]);
const EMPTIED_DIRECTORIES = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);

/** Whether the base backup copies `relative` (a path inside the data directory); empty directories are kept. */
export function copiedInBaseBackup(relative: string): boolean {
  const parts = relative.split(/[\\/]/).filter(Boolean);
  if (parts.length === 0) return true;
  const name = parts[parts.length - 1]!;
  if (parts.length === 1 && EXCLUDED_FILES.has(name)) return false;
  if (parts.length >= 2 && EMPTIED_DIRECTORIES.has(parts[0]!)) return false;
  if (name.startsWith("pgsql_tmp") || name === "pg_internal.init") return false;
  return true;
}

/** The pieces of a postgresql:// URL that a `primary_conninfo` needs. */
export interface ConnectionParts {
  host: string;
  port: number;
  user: string;
  password: string;
}

export function connectionParts(url: string): ConnectionParts {
  const u = new URL(url);
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error("not a postgresql:// URL");
  return { host: u.hostname || "127.0.0.1", port: Number(u.port || 5432), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}

/** A libpq keyword/value connection string: values single-quoted, with `\` and `'` escaped by a backslash. */
export function conninfo(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}='${String(v).replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`)
    .join(" ");
}

/** A postgresql.conf string value: single-quoted, a quote doubled (backslashes are escapes there too). */
export function confString(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** The lines a standby adds to its postgresql.auto.conf: where to stream from, and through which slot. */
export function standbySettings(primary: ConnectionParts, slot: string, applicationName: string): string {
  const info = conninfo({ host: primary.host, port: primary.port, user: primary.user, password: primary.password, application_name: applicationName });
  return [
    "# streaming replica (scripts/db/replica.ts)",
    `primary_conninfo = ${confString(info)}`,
    `primary_slot_name = ${confString(slot)}`,
    "hot_standby = on",
    "",
  ].join("\n");
}

/**
 * The label file pg_backup_stop returned, checked: it must name the backup's start WAL location and its label, or the
 * standby would start from a wrong point (or as a primary from a damaged copy).
 */
export function checkedBackupLabel(labelfile: string, label: string): string {
  if (!/^START WAL LOCATION: [0-9A-F]+\/[0-9A-F]+ \(file [0-9A-F]{24}\)$/m.test(labelfile)) throw new Error("pg_backup_stop returned a label file without its START WAL LOCATION");
  if (!new RegExp(`^LABEL: ${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m").test(labelfile)) throw new Error(`pg_backup_stop returned the label file of another backup (not "${label}")`);
  return labelfile;
}

/** Settings a hot standby must have at least as high as its primary's, or it refuses to start. */
const MATCHED_SETTINGS = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction"] as const;

export interface StreamingReplica {
  /** URL of `database` on the standby (same credentials as the primary's). */
  url: string;
  /** Superuser URL of the standby's `postgres` database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** Resolves once the standby has replayed everything the primary has written so far (`pg_current_wal_insert_lsn()`: with asynchronous commit a commit may not be written yet). */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops the standby (fast shutdown), removes its copy and drops its replication slot on the primary. */
  stop(): Promise<void>;
}

async function withClient<T>(url: string, body: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => {});
  await c.connect();
  try {
    return await body(c);
  } finally {
    await c.end().catch(() => {});
  }
}

/** The `postgres` OS user's ids when we run as root (PostgreSQL refuses to run as root), else none. */
function postgresOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

/** Polls `check` every 100 ms until it returns true or the time is up. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Makes a streaming standby of the cluster `primaryAdminUrl` serves (a superuser's URL; the cluster must run on this
 * machine, its data directory readable by us) and starts it on `port`. `database` names the app database for `url`.
 */
export async function startStreamingReplica(options: { primaryAdminUrl: string; port: number; database: string; log?: (line: string) => void }): Promise<StreamingReplica> {
  const { primaryAdminUrl, port, database } = options;
  const log = options.log ?? (() => {});
  const started = Date.now();
  const primary = connectionParts(primaryAdminUrl);
  const slot = `pathway_standby_${port}`;
  const label = `pathway standby ${port}`;
  const owner = postgresOwner();

  const primaryClient = new pg.Client({ connectionString: primaryAdminUrl });
  primaryClient.on("error", () => {});
  await primaryClient.connect();
  let standbyDir = "";
  let child: ChildProcess | undefined;
  try {
    const setting = async (name: string) => (await primaryClient.query<{ v: string }>("SELECT current_setting($1) AS v", [name])).rows[0]!.v;
    const primaryDir = await setting("data_directory");
    if ((await setting("wal_level")) === "minimal") throw new Error("the primary runs with wal_level = minimal: set wal_level = replica and restart it");
    const matched: Record<string, string> = {};
    for (const name of MATCHED_SETTINGS) matched[name] = await setting(name);

    // Replication connections need a `replication` line in pg_hba.conf (initdb writes one for loopback; add it if not).
    const hba = await primaryClient.query(`SELECT 1 FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND error IS NULL`);
    if (hba.rowCount === 0) {
      const hbaFile = await setting("hba_file");
      appendFileSync(hbaFile, `\n# streaming replicas on this machine (scripts/db/replica.ts)\nhost replication all 127.0.0.1/32 scram-sha-256\n`);
      await primaryClient.query("SELECT pg_reload_conf()");
      log("replica: added a `replication` line to the primary's pg_hba.conf");
    }

    // The slot keeps the WAL from the backup's start until the standby has streamed it (immediately_reserve).
    await primaryClient.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);

    // The standby's copy lives beside the primary's cluster: a directory the `postgres` user can already reach.
    standbyDir = path.join(path.dirname(primaryDir), `standby-${port}`);
    rmSync(standbyDir, { recursive: true, force: true });

    await primaryClient.query("SELECT pg_backup_start($1, true)", [label]);
    let labelfile: string;
    let spcmapfile: string | null;
    try {
      cpSync(primaryDir, standbyDir, {
        recursive: true,
        // Files vanish under a running server (temporary files, dropped relations): the copy tolerates that,
        // as PostgreSQL's docs say a base backup must; WAL replay repairs torn pages (pg_backup_start forces full-page writes).
        filter: (source) => existsSync(source) && copiedInBaseBackup(path.relative(primaryDir, source)),
        preserveTimestamps: true,
      });
    } finally {
      const stop = await primaryClient.query<{ labelfile: string; spcmapfile: string | null }>("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)");
      labelfile = stop.rows[0]!.labelfile;
      spcmapfile = stop.rows[0]!.spcmapfile;
    }
    for (const dir of EMPTIED_DIRECTORIES) mkdirSync(path.join(standbyDir, dir), { recursive: true });
    mkdirSync(path.join(standbyDir, "pg_wal", "archive_status"), { recursive: true });
    writeFileSync(path.join(standbyDir, "backup_label"), checkedBackupLabel(labelfile, label));
    if (spcmapfile) writeFileSync(path.join(standbyDir, "tablespace_map"), spcmapfile);
    writeFileSync(path.join(standbyDir, "standby.signal"), "");
    appendFileSync(path.join(standbyDir, "postgresql.auto.conf"), `\n${standbySettings(primary, slot, `standby-${port}`)}`);
    if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, standbyDir]);
    chmodSync(standbyDir, 0o700);
    log(`replica: base backup of ${primaryDir} copied to ${standbyDir} in ${Date.now() - started} ms`);

    // The primary's own server binary (pg-server may run a relocated copy of the embedded package's).
    const postmasterPid = Number(readFileSync(path.join(primaryDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const postgresBin = readlinkSync(`/proc/${postmasterPid}/exe`);
    const logFile = path.join(standbyDir, "..", `standby-${port}.log`);
    const logFd = openSync(logFile, "a");
    if (owner && existsSync(logFile) && statSync(logFile).uid !== owner.uid) execFileSync("chown", [`${owner.uid}:${owner.gid}`, logFile]);
    const args = ["-D", standbyDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"];
    for (const [name, value] of Object.entries(matched)) args.push("-c", `${name}=${value}`);
    child = spawn(postgresBin, args, { stdio: ["ignore", logFd, logFd], detached: true, ...(owner ?? {}) });
    closeSync(logFd);
    const running = child;
    const killOnExit = () => running.kill("SIGINT");
    process.on("exit", killOnExit);

    const adminUrl = (() => {
      const u = new URL(primaryAdminUrl);
      u.port = String(port);
      return u.toString();
    })();
    const standbyAnswers = () =>
      withClient(adminUrl, async (c) => {
        const r = await c.query<{ recovery: boolean; streaming: boolean }>(
          "SELECT pg_is_in_recovery() AS recovery, EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') AS streaming",
        );
        return r.rows[0]!.recovery && r.rows[0]!.streaming;
      });
    try {
      await until("the standby streams from the primary", async () => {
        if (running.exitCode !== null) throw new Error(`the standby exited with code ${running.exitCode}:\n${readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")}`);
        return standbyAnswers();
      }, 60_000);
    } catch (error) {
      if (running.exitCode !== null) throw new Error(`the standby exited with code ${running.exitCode}:\n${readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")}`);
      throw error;
    }
    log(`replica: hot standby streaming on port ${port} (${Date.now() - started} ms in all)`);

    const url = (() => {
      const u = new URL(adminUrl);
      u.pathname = `/${encodeURIComponent(database)}`;
      return u.toString();
    })();
    await primaryClient.end();
    return {
      url,
      adminUrl,
      port,
      dataDir: standbyDir,
      caughtUp: async (timeoutMs = 30_000) => {
        const target = await withClient(primaryAdminUrl, async (c) => (await c.query<{ lsn: string }>("SELECT pg_current_wal_insert_lsn()::text AS lsn")).rows[0]!.lsn);
        await until(`the standby replays up to ${target}`, () =>
          withClient(adminUrl, async (c) => (await c.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [target])).rows[0]!.ok),
        timeoutMs);
      },
      stop: async () => {
        process.off("exit", killOnExit);
        if (running.exitCode === null && running.signalCode === null) {
          const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
          running.kill("SIGINT"); // fast shutdown
          await exited;
        }
        rmSync(standbyDir, { recursive: true, force: true });
        rmSync(logFile, { force: true });
        await withClient(primaryAdminUrl, (c) => c.query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1", [slot])).catch(() => {});
      },
    };
  } catch (error) {
    child?.kill("SIGINT");
    await primaryClient.query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1", [slot]).catch(() => {});
    await primaryClient.end().catch(() => {});
    throw error;
  }
}
