import "server-only";
import { db } from "~/server/db";

/** The database's state for /api/health: reachable, latency and migrations applied; never throws. */
export async function databaseHealth() {
  const started = performance.now();
  try {
    const [row] = await db.$queryRaw<{ migrations: bigint }[]>`
      SELECT count(*) AS migrations FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return {
      status: "ok" as const,
      database: { reachable: true, latencyMs: Math.round(performance.now() - started), migrationsApplied: Number(row?.migrations ?? 0) },
    };
  } catch {
    return { status: "unavailable" as const, database: { reachable: false } };
  }
}
