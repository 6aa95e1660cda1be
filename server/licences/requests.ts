import "server-only";
import { db } from "~/server/db";
import { addDays, daysBetween, toIsoDate } from "~/lib/dates";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { assignedMail, fillFreeSeats, lockPool, poolOpen } from "~/server/licences/seats";
import { queueLicenceMails } from "~/server/licences/mail";

/** A warning is due this many days before a licence is reclaimed. */
export const WARN_DAYS_BEFORE = 7;

/** The day the licence's last activity counts from: the platform's latest activity, else the assignment. */
export function lastActiveDay(l: { lastActiveOn: Date | null; assignedAt: Date | null }): string | null {
  if (l.lastActiveOn) return toIsoDate(l.lastActiveOn);
  return l.assignedAt ? toIsoDate(l.assignedAt) : null;
}

/** When an unused licence will be reclaimed (the first day more than N days after its last activity), and how close it is. */
export function reclaimOutlook(l: { lastActiveOn: Date | null; assignedAt: Date | null }, reclaimAfterDays: number, asOf: Date) {
  const last = lastActiveDay(l);
  if (!last) return null;
  const reclaimOn = addDays(last, reclaimAfterDays + 1);
  const daysLeft = daysBetween(toIsoDate(asOf), reclaimOn);
  return { lastActive: last, reclaimOn, daysLeft, warn: daysLeft <= WARN_DAYS_BEFORE };
}

/** Platforms with a pool valid today, and what the person holds or asked for in each. */
export async function availablePools(staffId: string, asOf: Date) {
  const today = toIsoDate(asOf);
  const pools = await db.licencePool.findMany({
    where: { validFrom: { lte: new Date(`${today}T00:00:00Z`) }, validUntil: { gte: new Date(`${today}T00:00:00Z`) } },
    orderBy: [{ name: "asc" }],
    select: { id: true, platform: true, name: true, validUntil: true, reclaimAfterDays: true, autoAssign: true, seats: true, category: { select: { name: true } } },
  });
  const counts = await db.licence.groupBy({ by: ["poolId"], where: { poolId: { in: pools.map((p) => p.id) }, status: "ASSIGNED" }, _count: { _all: true } });
  const used = new Map(counts.map((c) => [c.poolId, c._count._all]));
  const mine = await db.licence.findMany({
    where: { staffId, poolId: { in: pools.map((p) => p.id) }, status: { in: ["REQUESTED", "ASSIGNED"] } },
    select: { poolId: true, status: true },
  });
  const held = new Map(mine.map((m) => [m.poolId, m.status]));
  return pools.map((p) => ({
    id: p.id,
    platform: p.platform,
    name: p.name,
    category: p.category.name,
    validUntil: toIsoDate(p.validUntil),
    reclaimAfterDays: p.reclaimAfterDays,
    autoAssign: p.autoAssign,
    freeSeats: Math.max(0, p.seats - (used.get(p.id) ?? 0)),
    mine: held.get(p.id) ?? null,
  }));
}

/** The person's licences, live ones first, with their reclaiming outlook. */
export async function myLicences(staffId: string, asOf: Date) {
  const rows = await db.licence.findMany({
    where: { staffId },
    orderBy: [{ requestedAt: "desc" }],
    take: 50,
    select: {
      id: true,
      status: true,
      requestedAt: true,
      assignedAt: true,
      lastActiveOn: true,
      endedAt: true,
      endedReason: true,
      pool: { select: { id: true, name: true, platform: true, reclaimAfterDays: true } },
    },
  });
  const live = (s: string) => (s === "ASSIGNED" ? 0 : s === "REQUESTED" ? 1 : 2);
  return rows
    .map((r) => ({
      id: r.id,
      poolId: r.pool.id,
      pool: r.pool.name,
      platform: r.pool.platform,
      status: r.status,
      since: r.status === "ASSIGNED" ? r.assignedAt : r.status === "REQUESTED" ? r.requestedAt : r.endedAt,
      lastActive: r.status === "ASSIGNED" ? lastActiveDay(r) : null,
      reclaimAfterDays: r.pool.reclaimAfterDays,
      outlook: r.status === "ASSIGNED" ? reclaimOutlook(r, r.pool.reclaimAfterDays, asOf) : null,
      endedReason: r.endedReason,
    }))
    .sort((a, b) => live(a.status) - live(b.status));
}

/**
 * Asks for a licence of a pool. One live request or licence per person and pool: asking again (a double click, a
 * retry) answers the one there is. A pool that assigns automatically gives a free seat at once; else the request waits.
 */
export async function requestLicence(actor: Pick<Actor, "id">, poolId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const pool = await lockPool(tx, poolId);
    if (!poolOpen(pool, asOf)) throw new AppError("CONFLICT", "licences.poolClosed");
    const live = await tx.licence.findFirst({ where: { poolId, staffId: actor.id, status: { in: ["REQUESTED", "ASSIGNED"] } }, select: { id: true, status: true } });
    if (live) return { ...live, created: false };
    const free = pool.autoAssign && pool.used < pool.seats;
    const licence = await tx.licence.create({
      data: {
        poolId,
        staffId: actor.id,
        status: free ? "ASSIGNED" : "REQUESTED",
        requestedAt: asOf,
        ...(free ? { assignedAt: asOf, lastActiveOn: new Date(`${toIsoDate(asOf)}T00:00:00Z`) } : {}),
      },
      select: { id: true, status: true, staff: { select: { email: true, fullName: true } } },
    });
    if (free) await queueLicenceMails(tx, [assignedMail({ id: licence.id, ...licence.staff }, pool)]);
    return { id: licence.id, status: licence.status, created: true };
  });
}

/** The person gives their licence back (or withdraws their request); in an automatic pool the seat goes to the oldest request. */
export async function giveBackLicence(actor: Pick<Actor, "id">, poolId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const pool = await lockPool(tx, poolId);
    const live = await tx.licence.findFirst({ where: { poolId, staffId: actor.id, status: { in: ["REQUESTED", "ASSIGNED"] } }, select: { id: true, status: true } });
    if (!live) throw new AppError("NOT_FOUND", "licences.noLicence");
    await tx.licence.update({ where: { id: live.id }, data: { status: "RELEASED", endedAt: asOf, endedReason: live.status === "ASSIGNED" ? "given back" : "withdrawn" } });
    if (live.status === "ASSIGNED") pool.used--;
    await fillFreeSeats(tx, pool, asOf);
    return { id: live.id, status: "RELEASED" as const };
  });
}
