import "server-only";
import { db } from "~/server/db";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { AppError } from "~/server/errors";
import { audit, type AuditSnapshot } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { Prisma } from "~/server/generated/prisma/client";
import type { CreatePoolInput, DeclineRequestInput, ReleaseLicenceInput, UpdatePoolInput } from "~/lib/schemas/licences";
import { assignedMail, fillFreeSeats, lockPool } from "~/server/licences/seats";
import { queueLicenceMails } from "~/server/licences/mail";
import { lastActiveDay } from "~/server/licences/requests";

type PoolRow = {
  id: string;
  platform: string;
  name: string;
  seats: number;
  validFrom: Date;
  validUntil: Date;
  costPerSeat: string | null;
  currency: string | null;
  reclaimAfterDays: number;
  autoAssign: boolean;
  categoryId: string;
  category: string;
  used: number;
  waiting: number;
  reclaimed: number;
};

const money = (v: Prisma.Decimal | string | null, times: number) => (v === null ? null : new Prisma.Decimal(v).times(times).toFixed(2));

function present(p: PoolRow, asOf: Date) {
  const today = toIsoDate(asOf);
  return {
    ...p,
    validFrom: toIsoDate(p.validFrom),
    validUntil: toIsoDate(p.validUntil),
    free: Math.max(0, p.seats - p.used),
    current: toIsoDate(p.validFrom) <= today && today <= toIsoDate(p.validUntil),
    totalCost: money(p.costPerSeat, p.seats),
    usedCost: money(p.costPerSeat, p.used),
  };
}

/** Every pool with its seats used, free, waiting requests and reclaimed licences (all time), and their cost: one query. */
export async function listPools(asOf: Date, poolId?: string) {
  const rows = await db.$queryRaw<PoolRow[]>`
    SELECT p.id, p.platform, p.name, p.seats, p."validFrom", p."validUntil", p."costPerSeat"::text AS "costPerSeat", p.currency,
           p."reclaimAfterDays", p."autoAssign", p."categoryId", c.name AS category,
           count(l.id) FILTER (WHERE l.status = 'ASSIGNED')::int AS used,
           count(l.id) FILTER (WHERE l.status = 'REQUESTED')::int AS waiting,
           count(l.id) FILTER (WHERE l.status = 'RECLAIMED')::int AS reclaimed
    FROM "LicencePool" p JOIN "Category" c ON c.id = p."categoryId" LEFT JOIN "Licence" l ON l."poolId" = p.id
    WHERE (${poolId ?? null}::text IS NULL OR p.id = ${poolId ?? null}::text)
    GROUP BY p.id, c.name
    ORDER BY p."validUntil" DESC, p.name`;
  return rows.map((r) => present(r, asOf));
}

export type HolderSort = "inactive" | "name";

/** One pool for L&D: its figures, the waiting requests (oldest first), the holders with their last activity, and who a reclaim run would take back today. */
export async function poolDetail(poolId: string, asOf: Date, sort: HolderSort = "inactive") {
  const [pool] = await listPools(asOf, poolId);
  if (!pool) throw new AppError("NOT_FOUND", "licences.poolNotFound");
  const staff = { select: { fullName: true, email: true, grade: true, department: { select: { name: true } } } } as const;
  const [requests, holders, ended] = await Promise.all([
    db.licence.findMany({ where: { poolId, status: "REQUESTED" }, orderBy: [{ requestedAt: "asc" }, { id: "asc" }], take: 500, select: { id: true, requestedAt: true, staff } }),
    db.licence.findMany({ where: { poolId, status: "ASSIGNED" }, select: { id: true, assignedAt: true, lastActiveOn: true, staff } }),
    db.licence.findMany({
      where: { poolId, status: { in: ["RECLAIMED", "RELEASED", "DECLINED"] } },
      orderBy: { endedAt: "desc" },
      take: 20,
      select: { id: true, status: true, endedAt: true, endedReason: true, staff: { select: { fullName: true } } },
    }),
  ]);
  const today = toIsoDate(asOf);
  const rows = holders.map((h) => {
    const last = lastActiveDay(h) ?? today;
    const inactiveDays = Math.max(0, Math.round((parseIsoDate(today).getTime() - parseIsoDate(last).getTime()) / 86_400_000));
    return { id: h.id, name: h.staff.fullName, email: h.staff.email, grade: h.staff.grade, department: h.staff.department?.name ?? null, assignedAt: h.assignedAt, lastActive: last, inactiveDays, wouldReclaim: inactiveDays > pool.reclaimAfterDays };
  });
  rows.sort((a, b) => (sort === "name" ? a.name.localeCompare(b.name) : b.inactiveDays - a.inactiveDays || a.name.localeCompare(b.name)));
  return {
    pool,
    requests: requests.map((r) => ({ id: r.id, requestedAt: r.requestedAt, name: r.staff.fullName, email: r.staff.email, grade: r.staff.grade, department: r.staff.department?.name ?? null })),
    holders: rows,
    reclaimPreview: rows.filter((r) => r.wouldReclaim),
    ended: ended.map((e) => ({ id: e.id, status: e.status, endedAt: e.endedAt, reason: e.endedReason, name: e.staff.fullName })),
  };
}

function snapshot(p: { platform: string; name: string; seats: number; validFrom: Date | string; validUntil: Date | string; costPerSeat: unknown; currency: string | null; reclaimAfterDays: number; autoAssign: boolean; categoryId: string }): AuditSnapshot {
  const day = (d: Date | string) => (typeof d === "string" ? d : toIsoDate(d));
  return {
    platform: p.platform,
    name: p.name,
    seats: p.seats,
    validFrom: day(p.validFrom),
    validUntil: day(p.validUntil),
    costPerSeat: p.costPerSeat === null || p.costPerSeat === "" ? null : String(p.costPerSeat),
    currency: p.currency || null,
    reclaimAfterDays: p.reclaimAfterDays,
    autoAssign: p.autoAssign,
    categoryId: p.categoryId,
  };
}

async function assertCategory(categoryId: string) {
  const category = await db.category.findUnique({ where: { id: categoryId }, select: { retiredAt: true } });
  if (!category || category.retiredAt) throw new AppError("INVALID", "licences.categoryUnknown", {}, { field: "categoryId" });
}

function poolData(input: CreatePoolInput) {
  return {
    platform: input.platform,
    name: input.name,
    seats: input.seats,
    validFrom: parseIsoDate(input.validFrom),
    validUntil: parseIsoDate(input.validUntil),
    costPerSeat: input.costPerSeat ? input.costPerSeat : null,
    currency: input.currency || null,
    reclaimAfterDays: input.reclaimAfterDays,
    autoAssign: input.autoAssign,
    categoryId: input.categoryId,
  };
}

function uniqueClash(e: unknown): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CONFLICT", "licences.poolExists", {}, { field: "validFrom" });
  throw e;
}

export async function createPool(actor: Actor, input: CreatePoolInput) {
  await assertCategory(input.categoryId);
  try {
    return await db.$transaction(async (tx) => {
      const pool = await tx.licencePool.create({ data: poolData(input), select: { id: true } });
      await audit(tx, actor, "licencePool.create", "LicencePool", pool.id, { after: snapshot(input) });
      return pool;
    });
  } catch (e) {
    uniqueClash(e);
  }
}

/** Changes a pool; never below the seats in use. More seats in an automatic pool go to the waiting requests at once. */
export async function updatePool(actor: Actor, input: UpdatePoolInput, asOf: Date = new Date()) {
  await assertCategory(input.categoryId);
  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockPool(tx, input.poolId);
      if (input.seats < locked.used) throw new AppError("INVALID", "licences.seatsBelowUsed", { used: locked.used }, { field: "seats" });
      const before = await tx.licencePool.findUniqueOrThrow({ where: { id: input.poolId } });
      const after = await tx.licencePool.update({ where: { id: input.poolId }, data: poolData(input) });
      const b = snapshot(before);
      const a = snapshot(after);
      if (JSON.stringify(a) !== JSON.stringify(b)) await audit(tx, actor, "licencePool.update", "LicencePool", input.poolId, { before: b, after: a });
      await fillFreeSeats(tx, { ...locked, seats: after.seats, autoAssign: after.autoAssign, validFrom: after.validFrom, validUntil: after.validUntil }, asOf);
      return { id: after.id };
    });
  } catch (e) {
    uniqueClash(e);
  }
}

async function licenceInPool(licenceId: string) {
  const l = await db.licence.findUnique({ where: { id: licenceId }, select: { poolId: true } });
  if (!l) throw new AppError("NOT_FOUND", "licences.licenceNotFound");
  return l.poolId;
}

/** L&D gives a waiting request a seat (if one is free). Assigning an already assigned licence changes nothing. */
export async function assignRequest(actor: Actor, licenceId: string, asOf: Date = new Date()) {
  const poolId = await licenceInPool(licenceId);
  return db.$transaction(async (tx) => {
    const pool = await lockPool(tx, poolId);
    const l = await tx.licence.findUniqueOrThrow({ where: { id: licenceId }, select: { id: true, status: true, staff: { select: { email: true, fullName: true } } } });
    if (l.status === "ASSIGNED") return { id: l.id, status: l.status };
    if (l.status !== "REQUESTED") throw new AppError("CONFLICT", "licences.notWaiting");
    if (pool.used >= pool.seats) throw new AppError("CONFLICT", "licences.noFreeSeat");
    await tx.licence.update({ where: { id: l.id }, data: { status: "ASSIGNED", assignedAt: asOf, assignedById: actor.id, lastActiveOn: parseIsoDate(toIsoDate(asOf)) } });
    await audit(tx, actor, "licence.assign", "Licence", l.id, { before: { status: "REQUESTED" }, after: { status: "ASSIGNED" } });
    await queueLicenceMails(tx, [assignedMail({ id: l.id, ...l.staff }, pool)]);
    return { id: l.id, status: "ASSIGNED" as const };
  });
}

/** L&D declines a waiting request with a reason the person is told. */
export async function declineRequest(actor: Actor, input: DeclineRequestInput, asOf: Date = new Date()) {
  const poolId = await licenceInPool(input.licenceId);
  return db.$transaction(async (tx) => {
    const pool = await lockPool(tx, poolId);
    const l = await tx.licence.findUniqueOrThrow({ where: { id: input.licenceId }, select: { id: true, status: true, staff: { select: { email: true, fullName: true } } } });
    if (l.status === "DECLINED") return { id: l.id, status: l.status };
    if (l.status !== "REQUESTED") throw new AppError("CONFLICT", "licences.notWaiting");
    await tx.licence.update({ where: { id: l.id }, data: { status: "DECLINED", endedAt: asOf, endedReason: input.reason } });
    await audit(tx, actor, "licence.decline", "Licence", l.id, { reason: input.reason, before: { status: "REQUESTED" }, after: { status: "DECLINED" } });
    await queueLicenceMails(tx, [
      { to: l.staff.email, template: "declined", values: { name: l.staff.fullName, pool: pool.name, reason: input.reason }, path: "/licences", dedupeKey: `licence-declined:${l.id}` },
    ]);
    return { id: l.id, status: "DECLINED" as const };
  });
}

/** L&D takes a licence back; in an automatic pool the seat goes to the oldest request. */
export async function releaseLicence(actor: Actor, input: ReleaseLicenceInput, asOf: Date = new Date()) {
  const poolId = await licenceInPool(input.licenceId);
  return db.$transaction(async (tx) => {
    const pool = await lockPool(tx, poolId);
    const l = await tx.licence.findUniqueOrThrow({ where: { id: input.licenceId }, select: { id: true, status: true } });
    if (l.status === "RELEASED") return { id: l.id, status: l.status };
    if (l.status !== "ASSIGNED") throw new AppError("CONFLICT", "licences.notAssigned");
    await tx.licence.update({ where: { id: l.id }, data: { status: "RELEASED", endedAt: asOf, endedReason: input.reason || "released by L&D" } });
    await audit(tx, actor, "licence.release", "Licence", l.id, { reason: input.reason || undefined, before: { status: "ASSIGNED" }, after: { status: "RELEASED" } });
    pool.used--;
    await fillFreeSeats(tx, pool, asOf);
    return { id: l.id, status: "RELEASED" as const };
  });
}

/** The categories a pool's completed courses may count in (the per-platform rule), for the pool form. */
export function poolCategories() {
  return db.category.findMany({ where: { retiredAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
