import { beforeAll, describe, expect, it } from "vitest";
import { createCategory, listCategories, renameCategory, setCategoryRetired } from "~/server/categories/categories";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { testDb } from "~/tests/db";
import { createActorWithRole, uniq } from "~/tests/factories";

const db = testDb();
let admin: Actor;

beforeAll(async () => {
  admin = await createActorWithRole(db, "LD_ADMIN");
});

/** A code the bootstrap list never uses: 2–16 capitals and digits. */
const newCode = () => uniq("T").toUpperCase();

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

const auditOf = (entityId: string) => db.auditEntry.findMany({ where: { entity: "Category", entityId }, orderBy: { at: "asc" }, select: { action: true, actorId: true, data: true } });

describe("categories", () => {
  it("creates a category that then appears in the list, in code order, with who did it in the audit trail", async () => {
    const code = newCode();
    const made = await createCategory(admin, { code, name: "Negotiation skills" });
    expect(made).toEqual({ id: expect.any(String), code, name: "Negotiation skills", retiredAt: null });

    const list = await listCategories();
    expect(list).toContainEqual(made);
    const codes = list.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(await auditOf(made.id)).toEqual([{ action: "category.create", actorId: admin.id, data: { code, name: "Negotiation skills" } }]);
  });

  it("refuses a second category with the same code, naming the code on its field, and keeps the first", async () => {
    const code = newCode();
    const first = await createCategory(admin, { code, name: "First" });
    const e = await rejection(createCategory(admin, { code, name: "Second" }));
    expect(e).toMatchObject({ code: "CATEGORY_EXISTS", key: "categories.codeTaken", field: "code" });
    expect(e.message).toBe(`A category with code ${code} already exists.`);
    expect(await db.category.findMany({ where: { code }, select: { id: true, name: true } })).toEqual([{ id: first.id, name: "First" }]);
  });

  it("refuses a code the bootstrap list already has", async () => {
    const e = await rejection(createCategory(admin, { code: "HSS", name: "Another HSS" }));
    expect(e).toMatchObject({ code: "CATEGORY_EXISTS", field: "code" });
  });

  it("renames a category, keeping its code, and records the old and new names", async () => {
    const code = newCode();
    const made = await createCategory(admin, { code, name: "Old name" });
    expect(await renameCategory(admin, { id: made.id, name: "New name" })).toEqual({ ...made, name: "New name" });
    expect((await listCategories()).find((c) => c.id === made.id)).toMatchObject({ code, name: "New name" });
    expect((await auditOf(made.id)).at(-1)).toEqual({ action: "category.rename", actorId: admin.id, data: { from: "Old name", to: "New name" } });
  });

  it("retires a category out of the list for new courses, keeps it in history, and restores it", async () => {
    const made = await createCategory(admin, { code: newCode(), name: "Seasonal" });
    const asOf = new Date("2026-04-01T10:00:00Z");
    expect(await setCategoryRetired(admin, made.id, true, asOf)).toEqual({ ...made, retiredAt: asOf });
    expect((await listCategories()).map((c) => c.id)).not.toContain(made.id);
    expect((await listCategories({ includeRetired: true })).find((c) => c.id === made.id)).toMatchObject({ retiredAt: asOf });

    expect(await setCategoryRetired(admin, made.id, false)).toEqual({ ...made, retiredAt: null });
    expect((await listCategories()).map((c) => c.id)).toContain(made.id);
    expect((await auditOf(made.id)).map((a) => a.action)).toEqual(["category.create", "category.retire", "category.restore"]);
  });

  it("answers NOT_FOUND for renaming or retiring a category that does not exist", async () => {
    for (const attempt of [renameCategory(admin, { id: "no-such-category", name: "Anything" }), setCategoryRetired(admin, "no-such-category", true)]) {
      const e = await rejection(attempt);
      expect(e).toMatchObject({ code: "NOT_FOUND", key: "categories.notFound" });
      expect(e.message).toBe("This category does not exist.");
    }
  });
});
