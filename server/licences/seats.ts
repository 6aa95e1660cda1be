import "server-only";
import type { Tx } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import { AppError } from "~/server/errors";
import { queueLicenceMails } from "~/server/licences/mail";

export type LockedPool = {
  id: string;
  platform: string;
  name: string;
  seats: number;
  validFrom: Date;
  validUntil: Date;
  reclaimAfterDays: number;
  autoAssign: boolean;
  used: number;
};

/**
 * Locks the pool's row until the transaction ends and counts its seats in use: every change to who holds a seat
 * goes through here first, so concurrent requests, assignments and releases count seats one after another.
 */
export async function lockPool(tx: Tx, poolId: string): Promise<LockedPool> {
  const [pool] = await tx.$queryRaw<Omit<LockedPool, "used">[]>`
    SELECT id, platform, name, seats, "validFrom", "validUntil", "reclaimAfterDays", "autoAssign"
    FROM "LicencePool" WHERE id = ${poolId} FOR UPDATE`;
  if (!pool) throw new AppError("NOT_FOUND", "licences.poolNotFound");
  const [{ used }] = (await tx.$queryRaw<{ used: number }[]>`
    SELECT count(*)::int AS used FROM "Licence" WHERE "poolId" = ${poolId} AND status = 'ASSIGNED'`) as [{ used: number }];
  return { ...pool, used };
}

/** Is the pool offering licences on the day of `asOf`? */
export function poolOpen(pool: Pick<LockedPool, "validFrom" | "validUntil">, asOf: Date): boolean {
  const today = toIsoDate(asOf);
  return toIsoDate(pool.validFrom) <= today && today <= toIsoDate(pool.validUntil);
}

/**
 * In a pool that assigns automatically, gives its free seats to the oldest waiting requests (the pool locked by the
 * caller), and tells each person. Returns how many were assigned.
 */
export async function fillFreeSeats(tx: Tx, pool: LockedPool, asOf: Date): Promise<number> {
  if (!pool.autoAssign || !poolOpen(pool, asOf)) return 0;
  const free = pool.seats - pool.used;
  if (free <= 0) return 0;
  const assigned = await tx.$queryRaw<{ id: string; email: string; fullName: string }[]>`
    UPDATE "Licence" l SET status = 'ASSIGNED', "assignedAt" = ${asOf}, "lastActiveOn" = ${toIsoDate(asOf)}::date, "updatedAt" = now()
    FROM "Staff" s
    WHERE l.id IN (SELECT id FROM "Licence" WHERE "poolId" = ${pool.id} AND status = 'REQUESTED' ORDER BY "requestedAt", id LIMIT ${free})
      AND s.id = l."staffId"
    RETURNING l.id, s.email, s."fullName"`;
  pool.used += assigned.length;
  await queueLicenceMails(tx, assigned.map((a) => assignedMail(a, pool)));
  return assigned.length;
}

export function assignedMail(to: { id: string; email: string; fullName: string }, pool: { name: string; reclaimAfterDays: number }) {
  return {
    to: to.email,
    template: "assigned" as const,
    values: { name: to.fullName, pool: pool.name, days: pool.reclaimAfterDays },
    path: "/licences",
    dedupeKey: `licence-assigned:${to.id}`,
  };
}
