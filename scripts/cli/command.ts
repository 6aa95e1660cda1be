// What a CLI command is, and what commands share: option parsing and the database connection.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ensureDatabase, type Database } from "~/scripts/db/embedded";
import { disconnectDb } from "~/server/db";

export interface Command {
  /** Arguments after the command name, for the usage text: "FILE [--dry-run]". */
  args?: string;
  summary: string;
  /** Receives the arguments after `<group> <command>`; returns the exit code (default 0). */
  run(argv: string[]): Promise<number | void>;
}

/** A file under scripts/cli/ exports one group: `npm run cli -- <group> <command> …`. */
export type CommandGroup = Record<string, Command>;

/** Wrong command line: the dispatcher prints the message and the usage to stderr and exits 2. */
export class UsageError extends Error {}

/** node:util parseArgs (strict), with its errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Runs `fn` against the application database (DATABASE_URL, else the embedded server, reused when the app runs),
 * through the app's one client (server/db.ts), and releases everything afterwards, stopping the embedded server if it
 * was started for us.
 */
export async function withDb<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await ensureDatabase();
  // The domain code reads DATABASE_URL through server/env.ts: point it at the database found or started.
  process.env.DATABASE_URL = database.url;
  try {
    return await fn(database);
  } finally {
    await disconnectDb();
    await database.stop();
  }
}
