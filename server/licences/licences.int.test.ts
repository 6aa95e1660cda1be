import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { actorOf, createActorWithRole, createCategory, createStaff, uniq } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { giveBackLicence, myLicences, requestLicence } from "~/server/licences/requests";
import { assignRequest, createPool, declineRequest, listPools, poolDetail, releaseLicence, updatePool } from "~/server/licences/pools";

const db = testDb();
const asOf = new Date("2026-03-10T09:00:00Z");

async function pool(o: { seats?: number; autoAssign?: boolean; validFrom?: string; validUntil?: string; reclaimAfterDays?: number } = {}) {
  const category = await createCategory(db);
  return db.licencePool.create({
    data: {
      platform: uniq("plat-"),
      name: `Platform ${uniq()}`,
      seats: o.seats ?? 5,
      validFrom: new Date(`${o.validFrom ?? "2026-01-01"}T00:00:00Z`),
      validUntil: new Date(`${o.validUntil ?? "2026-12-31"}T00:00:00Z`),
      autoAssign: o.autoAssign ?? true,
      reclaimAfterDays: o.reclaimAfterDays ?? 60,
      categoryId: category.id,
      costPerSeat: "100.50",
      currency: "CHF",
    },
  });
}

const person = async () => actorOf(await createStaff(db), "LEARNER");

describe("asking for a licence", () => {
  it("gives a free seat at once in an automatic pool, and a double click asks once", async () => {
    const p = await pool({ seats: 2 });
    const amina = await person();
    const [first, second] = await Promise.all([requestLicence(amina, p.id, asOf), requestLicence(amina, p.id, asOf)]);
    expect(first.id).toBe(second.id);
    expect(await db.licence.count({ where: { poolId: p.id, staffId: amina.id } })).toBe(1);
    const [mine] = await myLicences(amina.id, asOf);
    expect(mine).toMatchObject({ status: "ASSIGNED", lastActive: "2026-03-10" });
    expect(mine!.outlook).toMatchObject({ reclaimOn: "2026-05-10" });
    // She is told, once.
    expect(await db.emailMessage.count({ where: { to: amina.email, dedupeKey: `licence-assigned:${first.id}` } })).toBe(1);
    expect(await db.notification.count({ where: { staffId: amina.id, namespace: "licences.mail" } })).toBe(1);
  });

  it("10 people asking at once for 3 free seats: exactly 3 are assigned, the others wait in order", async () => {
    const p = await pool({ seats: 3 });
    const people = await Promise.all(Array.from({ length: 10 }, person));
    const results = await Promise.all(people.map((a) => requestLicence(a, p.id, asOf)));
    expect(results.filter((r) => r.status === "ASSIGNED")).toHaveLength(3);
    expect(await db.licence.count({ where: { poolId: p.id, status: "ASSIGNED" } })).toBe(3);
    expect(await db.licence.count({ where: { poolId: p.id, status: "REQUESTED" } })).toBe(7);
    const [row] = await listPools(asOf, p.id);
    expect(row).toMatchObject({ seats: 3, used: 3, free: 0, waiting: 7, totalCost: "301.50", usedCost: "301.50" });

    // A holder gives hers back: the oldest request gets the seat.
    const holder = people[results.findIndex((r) => r.status === "ASSIGNED")]!;
    const oldest = await db.licence.findFirstOrThrow({ where: { poolId: p.id, status: "REQUESTED" }, orderBy: [{ requestedAt: "asc" }, { id: "asc" }] });
    await giveBackLicence(holder, p.id, asOf);
    expect(await db.licence.findUniqueOrThrow({ where: { id: oldest.id } })).toMatchObject({ status: "ASSIGNED" });
    expect(await db.licence.count({ where: { poolId: p.id, status: "ASSIGNED" } })).toBe(3);
    expect((await myLicences(holder.id, asOf))[0]).toMatchObject({ status: "RELEASED" });
  });

  it("queues the request in a pool L&D assigns by hand; L&D assigns or declines with a reason, audited", async () => {
    const p = await pool({ seats: 1, autoAssign: false });
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const [a, b] = await Promise.all([person(), person()]);
    const ra = await requestLicence(a, p.id, asOf);
    const rb = await requestLicence(b, p.id, asOf);
    expect([ra.status, rb.status]).toEqual(["REQUESTED", "REQUESTED"]);
    await assignRequest(admin, ra.id, asOf);
    await expect(assignRequest(admin, rb.id, asOf)).rejects.toMatchObject({ code: "CONFLICT", key: "licences.noFreeSeat" });
    await declineRequest(admin, { licenceId: rb.id, reason: "The pool is full this year." }, asOf);
    expect(await db.licence.findUniqueOrThrow({ where: { id: rb.id } })).toMatchObject({ status: "DECLINED", endedReason: "The pool is full this year." });
    expect(await db.auditEntry.count({ where: { entityId: { in: [ra.id, rb.id] }, action: { in: ["licence.assign", "licence.decline"] } } })).toBe(2);
    // L&D releases a's licence: the pool is free again, and it shows in the holders no more.
    await releaseLicence(admin, { licenceId: ra.id, reason: "" }, asOf);
    const detail = await poolDetail(p.id, asOf);
    expect(detail.pool).toMatchObject({ used: 0, free: 1 });
    expect(detail.holders).toEqual([]);
  });

  it("refuses a pool that is not valid today", async () => {
    const p = await pool({ validFrom: "2025-01-01", validUntil: "2025-12-31" });
    await expect(requestLicence(await person(), p.id, asOf)).rejects.toMatchObject({ code: "CONFLICT", key: "licences.poolClosed" });
  });
});

describe("L&D keeps the pools", () => {
  it("creates and edits a pool, never below the seats in use, with before and after audited", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const category = await createCategory(db);
    const input = { platform: uniq("lang-"), name: "Language platform", seats: 2, validFrom: "2026-01-01", validUntil: "2026-12-31", costPerSeat: "", currency: "", reclaimAfterDays: 30, autoAssign: true, categoryId: category.id };
    const created = (await createPool(admin, input))!;
    await expect(createPool(admin, input)).rejects.toMatchObject({ code: "CONFLICT", key: "licences.poolExists" });
    const [a, b] = await Promise.all([person(), person()]);
    await requestLicence(a, created.id, asOf);
    await requestLicence(b, created.id, asOf);
    const err = await updatePool(admin, { ...input, poolId: created.id, seats: 1 }, asOf).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ key: "licences.seatsBelowUsed", field: "seats" });
    // More seats go to the waiting requests at once.
    const c = await person();
    expect((await requestLicence(c, created.id, asOf)).status).toBe("REQUESTED");
    await updatePool(admin, { ...input, poolId: created.id, seats: 3 }, asOf);
    expect(await db.licence.findFirstOrThrow({ where: { staffId: c.id } })).toMatchObject({ status: "ASSIGNED" });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: created.id, action: "licencePool.update" } });
    expect(entry.before).toMatchObject({ seats: 2 });
    expect(entry.after).toMatchObject({ seats: 3 });
  });
});
