// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the database from what prisma/migrations build to what prisma/schema.prisma describes.
// Offline replacement for `prisma migrate dev --create-only` (see scripts/db/schema-engine.ts).
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureDatabase, repoRoot } from "~/scripts/db/embedded";
import { diffMigrationsToSchema, MIGRATION_LOCK, migrationsDir } from "~/scripts/db/schema-engine";

const USAGE = "usage: npm run db:migration -- <name>   (e.g. add_course_sessions)";

async function newMigration(rawName: string): Promise<string | undefined> {
  const name = migrationName(rawName);
  const release = await acquireLock();
  const database = await ensureDatabase();
  try {
    const sql = await diffMigrationsToSchema(database.url);
    if (!sql) return undefined;
    const dir = path.join(migrationsDir, `${nextTimestamp()}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    const lockFile = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lockFile)) writeFileSync(lockFile, MIGRATION_LOCK);
    return dir;
  } finally {
    await database.stop();
    release();
  }
}

/** `Add courses!` → `add_courses`; the folder name is also the migration's name in _prisma_migrations. */
function migrationName(raw: string): string {
  const name = raw.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!name) throw new UsageError(`A migration needs a name of letters, digits or underscores.\n${USAGE}`);
  return name;
}

/** UTC YYYYMMDDHHMMSS, kept after the newest existing migration so folders always sort in creation order. */
function nextTimestamp(): string {
  const stamp = (d: Date) => d.toISOString().replace(/\D/g, "").slice(0, 14);
  const existing = existsSync(migrationsDir) ? readdirSync(migrationsDir).filter((n) => /^\d{14}_/.test(n)).sort() : [];
  const latest = existing.at(-1)?.slice(0, 14);
  let now = new Date();
  if (latest && stamp(now) <= latest) {
    const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((i, k) => Number(latest.slice(i, i + (k === 0 ? 4 : 2))));
    now = new Date(Date.UTC(y!, mo! - 1, d, h, mi, s! + 1));
  }
  return stamp(now);
}

/**
 * One migration at a time per checkout: two concurrent runs would both diff against the same folder
 * and write the same change twice. The lock names its owner's pid, so a crashed run's lock is taken over.
 */
async function acquireLock(): Promise<() => void> {
  const key = createHash("sha1").update(repoRoot).digest("hex").slice(0, 12);
  const file = path.join(tmpdir(), `pathway-db-migration-${key}.lock`);
  let announced = false;
  // Written aside, then hard-linked into place: link() fails if the lock exists, and a competitor never
  // reads a half-written (empty) lock file and mistakes it for a stale one.
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  process.once("exit", () => rmSync(mine, { force: true }));
  for (;;) {
    try {
      linkSync(mine, file);
      rmSync(mine);
      const release = () => rmSync(file, { force: true });
      process.once("exit", release); // also on Ctrl-C
      return release;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
    let owner: number;
    try {
      owner = Number(readFileSync(file, "utf8").trim());
    } catch {
      continue; // released meanwhile
    }
    if (!Number.isInteger(owner) || !alive(owner)) {
      rmSync(file, { force: true }); // stale: its owner is gone
      continue;
    }
    if (!announced) console.error(`Waiting for another db:migration run (pid ${owner}) to finish…`);
    announced = true;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith("-")) {
    console.error(USAGE);
    return 2;
  }
  try {
    const dir = await newMigration(args[0]!);
    if (!dir) {
      console.log("No changes: prisma/schema.prisma matches prisma/migrations.");
      return 0;
    }
    console.log(`Wrote ${path.relative(repoRoot, dir)}/migration.sql\nReview it, then apply it with: npm run db:migrate`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

// Ctrl-C: exit normally so the 'exit' hooks stop a database we started.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
process.exitCode = await main();
