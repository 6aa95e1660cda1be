// The audit trail is append-only, enforced by the database (triggers of migration 20261207002730_trust) rather than
// by the app's good manners: raw SQL and the Prisma client are refused alike, and a person with entries stays.
import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff, uniq } from "~/tests/factories";
import { audit } from "~/server/audit";

const db = testDb();
const APPEND_ONLY = /append-only/;

async function entry() {
  const admin = await createActorWithRole(db, "LD_ADMIN");
  const entityId = uniq("E");
  await db.$transaction((tx) => audit(tx, admin, "category.rename", "Category", entityId, { reason: "Typo", before: { name: "Ethcs" }, after: { name: "Ethics" } }));
  const row = await db.auditEntry.findFirstOrThrow({ where: { entityId } });
  return { admin, row };
}

describe("the audit trail", () => {
  it("keeps who, what, the object, the reason and before/after", async () => {
    const { admin, row } = await entry();
    expect(row).toMatchObject({ actorId: admin.id, action: "category.rename", entity: "Category", reason: "Typo", before: { name: "Ethcs" }, after: { name: "Ethics" } });
  });

  it("refuses UPDATE, DELETE and TRUNCATE in SQL, leaving the row as it was", async () => {
    const { row } = await entry();
    await expect(db.$executeRaw`UPDATE "AuditEntry" SET reason = 'rewritten' WHERE id = ${row.id}`).rejects.toThrow(APPEND_ONLY);
    await expect(db.$executeRaw`DELETE FROM "AuditEntry" WHERE id = ${row.id}`).rejects.toThrow(APPEND_ONLY);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEntry" CASCADE`)).rejects.toThrow(APPEND_ONLY);
    expect(await db.auditEntry.findUnique({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses the Prisma client's update, delete and deleteMany too", async () => {
    const { row } = await entry();
    await expect(db.auditEntry.update({ where: { id: row.id }, data: { reason: "rewritten" } })).rejects.toThrow(APPEND_ONLY);
    await expect(db.auditEntry.delete({ where: { id: row.id } })).rejects.toThrow(APPEND_ONLY);
    await expect(db.auditEntry.deleteMany({ where: { id: row.id } })).rejects.toThrow(APPEND_ONLY);
    await expect(db.auditEntry.updateMany({ where: { id: row.id }, data: { actorId: null } })).rejects.toThrow(APPEND_ONLY);
    expect(await db.auditEntry.findUnique({ where: { id: row.id } })).toEqual(row);
  });

  it("keeps the staff member who made a change: deleting them is refused", async () => {
    const { admin, row } = await entry();
    await expect(db.staff.delete({ where: { id: admin.id } })).rejects.toThrow();
    expect(await db.staff.findUnique({ where: { id: admin.id }, select: { id: true } })).toEqual({ id: admin.id });
    expect((await db.auditEntry.findUniqueOrThrow({ where: { id: row.id } })).actorId).toBe(admin.id);
    // A person without entries can still be removed (the refusal is the audit trail's, not a general one).
    const other = await createStaff(db);
    await db.staff.delete({ where: { id: other.id } });
  });
});
