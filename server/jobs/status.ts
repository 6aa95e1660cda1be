import "server-only";
import { db } from "~/server/db";

export type JobStatus =
  | { installed: false }
  | {
      installed: true;
      schedules: { name: string; cron: string; timezone: string | null }[];
      lastRuns: { name: string; state: string; completedOn: Date | null }[];
    };

/** The job worker's schedules and each queue's last finished run, as pg-boss keeps them (schema "pgboss"). */
export async function jobStatus(): Promise<JobStatus> {
  const [installed] = await db.$queryRaw<{ ok: boolean }[]>`SELECT to_regclass('pgboss.schedule') IS NOT NULL AS ok`;
  if (!installed?.ok) return { installed: false };
  const schedules = await db.$queryRaw<{ name: string; cron: string; timezone: string | null }[]>`
    SELECT name, cron, options->>'tz' AS timezone FROM pgboss.schedule ORDER BY name`;
  const recent = await db.$queryRaw<{ name: string; state: string; completed_on: Date | null }[]>`
    SELECT DISTINCT ON (name) name, state::text AS state, completed_on FROM pgboss.job
    WHERE completed_on IS NOT NULL ORDER BY name, completed_on DESC`;
  return { installed: true, schedules, lastRuns: recent.map((r) => ({ name: r.name, state: r.state, completedOn: r.completed_on })) };
}
