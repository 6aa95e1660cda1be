import { beforeAll, describe, expect, it } from "vitest";
import { createCategory, listCategories, listCategoriesForEditing, renameCategory, setCategoryRetired } from "~/server/categories/categories";
import { addShippedCategoryTranslations, DEFAULT_CATEGORIES, ensureDefaultCategories } from "~/server/categories/bootstrap";
import { createCaller } from "~/server/api/root";
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

describe("categories in English, French and Chinese", () => {
  const names = async (id: string) => (await listCategoriesForEditing()).find((c) => c.id === id)!;

  it("renames a category in three languages, shows each reader their own, and records what changed", async () => {
    const made = await createCategory(admin, { code: newCode(), name: "Negotiation" });
    expect((await names(made.id)).names).toEqual({ fr: "", zh: "" });
    // Untranslated: every reader sees the English name.
    expect((await listCategories({ locale: "fr" })).find((c) => c.id === made.id)?.name).toBe("Negotiation");

    const renamed = await renameCategory(admin, { id: made.id, name: "Negotiation skills", fr: "Techniques de négociation", zh: "谈判技巧" });
    expect(renamed).toEqual({ ...made, name: "Negotiation skills" });
    expect(await names(made.id)).toMatchObject({ name: "Negotiation skills", names: { fr: "Techniques de négociation", zh: "谈判技巧" } });
    expect((await listCategories({ locale: "fr" })).find((c) => c.id === made.id)).toEqual({ ...made, name: "Techniques de négociation" });
    expect((await listCategories({ locale: "zh" })).find((c) => c.id === made.id)?.name).toBe("谈判技巧");
    // The API's list (no locale) keeps the English name.
    expect((await listCategories()).find((c) => c.id === made.id)?.name).toBe("Negotiation skills");
    expect((await auditOf(made.id)).at(-1)).toEqual({
      action: "category.rename",
      actorId: admin.id,
      data: { from: "Negotiation", to: "Negotiation skills", names: { from: { fr: "", zh: "" }, to: { fr: "Techniques de négociation", zh: "谈判技巧" } } },
    });

    // An empty name removes that language's (its readers see English again); an absent one leaves it.
    await renameCategory(admin, { id: made.id, name: "Negotiation skills", zh: "" });
    expect((await names(made.id)).names).toEqual({ fr: "Techniques de négociation", zh: "" });
    expect((await listCategories({ locale: "zh" })).find((c) => c.id === made.id)?.name).toBe("Negotiation skills");
    await renameCategory(admin, { id: made.id, name: "Negotiation" });
    expect((await names(made.id)).names).toEqual({ fr: "Techniques de négociation", zh: "" });
    expect((await auditOf(made.id)).at(-1)?.data).toEqual({ from: "Negotiation skills", to: "Negotiation" });
  });

  it("through the procedure: L&D only; bad names refused with nothing changed", async () => {
    const made = await createCategory(admin, { code: newCode(), name: "Protocol" });
    const before = await db.category.findUniqueOrThrow({ where: { id: made.id } });
    for (const role of ["LEARNER", "MANAGER", "AUDITOR"] as const) {
      const api = createCaller({ actor: await createActorWithRole(db, role) });
      await expect(api.categories.rename({ id: made.id, name: "Protocole", fr: "Protocole", zh: "礼宾" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const api = createCaller({ actor: admin });
    for (const bad of [
      { id: made.id, name: "Protocol", fr: "P", zh: "礼宾" }, // too short
      { id: made.id, name: "Protocol", fr: "Protocole", zh: "礼".repeat(81) }, // too long
      { id: made.id, name: " ", fr: "Protocole" }, // no English name
      { id: made.id, name: "Protocol", fr: 42 },
    ]) {
      await expect(api.categories.rename(bad as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await db.category.findUniqueOrThrow({ where: { id: made.id } })).toEqual(before);
    expect((await auditOf(made.id)).map((a) => a.action)).toEqual(["category.create"]);

    expect(await api.categories.rename({ id: made.id, name: "Protocol", fr: " Protocole ", zh: "礼宾" })).toMatchObject({ name: "Protocol" });
    expect((await names(made.id)).names).toEqual({ fr: "Protocole", zh: "礼宾" });
  });

  it("ships the default categories named in French and Chinese", async () => {
    const shipped = await listCategoriesForEditing();
    for (const d of DEFAULT_CATEGORIES) {
      expect(d.translations.fr?.name && d.translations.zh?.name).toBeTruthy();
      const row = shipped.find((c) => c.code === d.code)!;
      expect(row.names).toEqual({ fr: d.translations.fr!.name, zh: d.translations.zh!.name });
    }
    expect(shipped.find((c) => c.code === "HSS")?.names).toEqual({ fr: "Santé, sûreté et sécurité", zh: "健康、安全与安保" });
  });

  it("names an existing install's default categories once, only those still as shipped and never translated", async () => {
    const asShipped = { code: newCode(), name: "Travel and Meetings", translations: { fr: { name: "Voyages et réunions" }, zh: { name: "差旅与会议" } } };
    const renamed = { code: newCode(), name: "Statistics", translations: { fr: { name: "Statistiques" }, zh: { name: "统计" } } };
    const translated = { code: newCode(), name: "Protocol", translations: { fr: { name: "Protocole" }, zh: { name: "礼宾" } } };
    // As an install bootstrapped before categories had translations has them.
    await db.category.createMany({
      data: [
        { code: asShipped.code, name: asShipped.name },
        { code: renamed.code, name: "Data and Statistics" },
        { code: translated.code, name: translated.name, translations: { fr: { name: "Protocole et cérémonial" } } },
      ],
    });
    const list = [asShipped, renamed, translated];
    expect(await addShippedCategoryTranslations(list)).toEqual([asShipped.code]);
    expect(await addShippedCategoryTranslations(list)).toEqual([]);
    const rows = await db.category.findMany({ where: { code: { in: list.map((c) => c.code) } }, select: { code: true, name: true, translations: true } });
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get(asShipped.code)).toEqual({ code: asShipped.code, name: asShipped.name, translations: asShipped.translations });
    expect(byCode.get(renamed.code)).toEqual({ code: renamed.code, name: "Data and Statistics", translations: {} });
    expect(byCode.get(translated.code)?.translations).toEqual({ fr: { name: "Protocole et cérémonial" } });

    // Bootstrapping again changes nothing L&D changed: a default category renamed in French stays so.
    const hss = (await listCategoriesForEditing()).find((c) => c.code === "HSS")!;
    await renameCategory(admin, { id: hss.id, name: hss.name, fr: "Santé et sécurité au travail" });
    await ensureDefaultCategories();
    expect((await names(hss.id)).names.fr).toBe("Santé et sécurité au travail");
    await renameCategory(admin, { id: hss.id, name: hss.name, fr: hss.names.fr });
  });
});
