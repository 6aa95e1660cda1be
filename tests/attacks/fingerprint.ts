// The database's fingerprint for the attack tests: the exact row count of every table of the public schema, so a
// refused call that still wrote (or deleted) anything shows up as a difference.
import type { Db } from "~/server/db";

/** Tables whose rows count refused attempts on purpose (the rate limiter's points). */
const COUNTING_REFUSALS = new Set(["rate_limit", "_prisma_migrations"]);

let tables: string[] | null = null;

export async function fingerprint(db: Db): Promise<Record<string, number>> {
  tables ??= (
    await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
  )
    .map((t) => t.table_name)
    .filter((t) => !COUNTING_REFUSALS.has(t));
  const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.replace(/"/g, '""')}")::int AS "${t.replace(/"/g, '""')}"`).join(", ")}`;
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(sql);
  return row!;
}
