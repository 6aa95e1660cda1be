import "server-only";
import { db } from "~/server/db";
import { addDays, toIsoDate } from "~/lib/dates";
import { audit } from "~/server/audit";
import { mailDate } from "~/server/mail/render";
import { queueLicenceMails } from "~/server/licences/mail";
import { fillFreeSeats, lockPool } from "~/server/licences/seats";
import { WARN_DAYS_BEFORE } from "~/server/licences/requests";

/**
 * The daily licence run: a licence without activity for more than its pool's reclaimAfterDays (counted from its last
 * activity, else its assignment) is reclaimed with a notice; a week before, its holder is warned once; then the
 * freed seats of automatic pools go to the oldest waiting requests. Idempotent: a second run the same day does nothing.
 */
export async function runLicencesDaily(asOf: Date): Promise<{ warned: number; reclaimed: number; assigned: number }> {
  const today = toIsoDate(asOf);
  const pools = await db.licencePool.findMany({ select: { id: true } });
  let warned = 0;
  let reclaimed = 0;
  let assigned = 0;
  for (const { id } of pools) {
    const counts = await db.$transaction(async (tx) => {
      const pool = await lockPool(tx, id);
      // More than N days without activity: reclaimed now.
      const cutoff = addDays(today, -pool.reclaimAfterDays);
      const taken = await tx.$queryRaw<{ id: string; email: string; fullName: string }[]>`
        UPDATE "Licence" l SET status = 'RECLAIMED', "endedAt" = ${asOf}, "endedReason" = 'inactive', "updatedAt" = now()
        FROM "Staff" s
        WHERE l."poolId" = ${id} AND l.status = 'ASSIGNED' AND s.id = l."staffId"
          AND coalesce(l."lastActiveOn", l."assignedAt"::date) < ${cutoff}::date
        RETURNING l.id, s.email, s."fullName"`;
      for (const t of taken) await audit(tx, null, "licence.reclaim", "Licence", t.id, { reason: "inactive", before: { status: "ASSIGNED" }, after: { status: "RECLAIMED" } });
      await queueLicenceMails(
        tx,
        taken.map((t) => ({ to: t.email, template: "reclaimed", values: { name: t.fullName, pool: pool.name, days: pool.reclaimAfterDays }, path: "/licences", dedupeKey: `licence-reclaimed:${t.id}` })),
      );
      pool.used -= taken.length;
      // Reclaimed within the next week: warned once per stretch of inactivity (the key names its last active day).
      const soon = await tx.$queryRaw<{ id: string; email: string; fullName: string; locale: string; last: string }[]>`
        SELECT l.id, s.email, s."fullName", s.locale, to_char(coalesce(l."lastActiveOn", l."assignedAt"::date), 'YYYY-MM-DD') AS last
        FROM "Licence" l JOIN "Staff" s ON s.id = l."staffId"
        WHERE l."poolId" = ${id} AND l.status = 'ASSIGNED'
          AND coalesce(l."lastActiveOn", l."assignedAt"::date) < ${addDays(cutoff, WARN_DAYS_BEFORE)}::date`;
      const warnings = await queueLicenceMails(
        tx,
        soon.map((s) => ({
          to: s.email,
          template: "reclaimWarning",
          values: { name: s.fullName, pool: pool.name, days: pool.reclaimAfterDays, date: mailDate(new Date(`${addDays(s.last, pool.reclaimAfterDays + 1)}T00:00:00Z`), s.locale) },
          path: "/licences",
          dedupeKey: `licence-reclaim-warning:${s.id}:${s.last}`,
        })),
      );
      const filled = await fillFreeSeats(tx, pool, asOf);
      return { warned: warnings, reclaimed: taken.length, assigned: filled };
    });
    warned += counts.warned;
    reclaimed += counts.reclaimed;
    assigned += counts.assigned;
  }
  return { warned, reclaimed, assigned };
}
