import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createCategory, createStaff, uniq } from "~/tests/factories";
import { runLicencesDaily } from "~/server/licences/daily";

const db = testDb();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T04:00:00Z`);

describe("the daily licence run", () => {
  it("warns a week before, once; reclaims after N days without activity, once; then gives the seat to the oldest request", async () => {
    const category = await createCategory(db);
    const p = await db.licencePool.create({
      data: { platform: uniq("plat-"), name: "Daily platform", seats: 2, validFrom: day("2026-01-01"), validUntil: day("2026-12-31"), reclaimAfterDays: 30, autoAssign: true, categoryId: category.id },
    });
    const [idle, busy, waiting] = await Promise.all([createStaff(db), createStaff(db), createStaff(db)]);
    const idleLicence = await db.licence.create({ data: { poolId: p.id, staffId: idle.id, status: "ASSIGNED", assignedAt: at("2026-01-05"), lastActiveOn: day("2026-02-01") } });
    // No activity reported: counts from the assignment day.
    const busyLicence = await db.licence.create({ data: { poolId: p.id, staffId: busy.id, status: "ASSIGNED", assignedAt: at("2026-02-20") } });
    const request = await db.licence.create({ data: { poolId: p.id, staffId: waiting.id, status: "REQUESTED", requestedAt: at("2026-02-10") } });

    // 2026-02-25: idle has been inactive 24 days (reclaimed after more than 30, on 4 March): warned a week before.
    const before = await runLicencesDaily(at("2026-02-25"));
    expect(before).toMatchObject({ reclaimed: 0 });
    const warnings = await db.emailMessage.findMany({ where: { to: idle.email, dedupeKey: { startsWith: "licence-reclaim-warning:" } } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.subject).toContain("4 March 2026");
    expect(await db.emailMessage.count({ where: { to: busy.email, dedupeKey: { startsWith: "licence-reclaim-warning:" } } })).toBe(0);
    // The next day: no second warning.
    expect((await runLicencesDaily(at("2026-02-26"))).warned).toBe(0);

    // 2026-03-03: exactly 30 days is not yet more than 30: kept.
    expect((await runLicencesDaily(at("2026-03-03"))).reclaimed).toBe(0);
    expect(await db.licence.findUniqueOrThrow({ where: { id: idleLicence.id } })).toMatchObject({ status: "ASSIGNED" });

    // 2026-03-04: 31 days: reclaimed with a notice, and the seat goes to the waiting request.
    const after = await runLicencesDaily(at("2026-03-04"));
    expect(after).toMatchObject({ reclaimed: 1, assigned: 1 });
    expect(await db.licence.findUniqueOrThrow({ where: { id: idleLicence.id } })).toMatchObject({ status: "RECLAIMED", endedReason: "inactive" });
    expect(await db.licence.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "ASSIGNED" });
    expect(await db.licence.findUniqueOrThrow({ where: { id: busyLicence.id } })).toMatchObject({ status: "ASSIGNED" });
    expect(await db.emailMessage.count({ where: { to: idle.email, dedupeKey: `licence-reclaimed:${idleLicence.id}` } })).toBe(1);
    expect(await db.notification.count({ where: { staffId: idle.id, template: "reclaimed" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityId: idleLicence.id, action: "licence.reclaim" } })).toBe(1);

    // Idempotent: the same day again does nothing.
    expect(await runLicencesDaily(at("2026-03-04"))).toEqual({ warned: 0, reclaimed: 0, assigned: 0 });
  });
});
