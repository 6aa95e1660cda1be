import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { CreateCategoryInput, RenameCategoryInput } from "~/lib/schemas/categories";
import { CATEGORY_TRANSLATED_LOCALES, localizeCategoryName, readCategoryTranslations, withCategoryNames, type CategoryTranslatedLocale } from "~/lib/categories/i18n";

/**
 * The categories, in code order. With `locale`, each `name` is as a reader of that language reads it (the English
 * name when the category has none in it); without, the English name (the API's and the CLI's).
 */
export async function listCategories(opts: { includeRetired?: boolean; locale?: string } = {}) {
  const rows = await db.category.findMany({
    where: opts.includeRetired ? {} : { retiredAt: null },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, retiredAt: true, translations: true },
  });
  return rows.map(({ translations, ...c }) => ({ ...c, name: opts.locale ? localizeCategoryName(c.name, translations, opts.locale) : c.name }));
}

/** Every category with its names in each language, for L&D's categories page (the rename dialog shows all three). */
export async function listCategoriesForEditing() {
  const rows = await db.category.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true, retiredAt: true, translations: true } });
  return rows.map(({ translations, ...c }) => ({ ...c, names: translatedNames(translations) }));
}

/** The French and Chinese names of a `translations` column ("" when there is none). */
function translatedNames(translations: unknown): Record<CategoryTranslatedLocale, string> {
  const read = readCategoryTranslations(translations);
  return Object.fromEntries(CATEGORY_TRANSLATED_LOCALES.map((l) => [l, read[l]?.name ?? ""])) as Record<CategoryTranslatedLocale, string>;
}

export async function createCategory(actor: Actor, input: CreateCategoryInput) {
  const existing = await db.category.findUnique({ where: { code: input.code }, select: { id: true } });
  if (existing) throw new AppError("CATEGORY_EXISTS", "categories.codeTaken", { code: input.code }, { field: "code" });
  return db.$transaction(async (tx) => {
    const c = await tx.category.create({ data: input, select: { id: true, code: true, name: true, retiredAt: true } });
    await audit(tx, actor, "category.create", "Category", c.id, { data: input });
    return c;
  });
}

/**
 * Renames a category in English and, when the input has them, in French and Chinese (an empty name removes that
 * language's). The audit entry has the English names before and after, and the other languages' when they changed.
 */
export async function renameCategory(actor: Actor, input: RenameCategoryInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.category.findUnique({ where: { id: input.id }, select: { name: true, translations: true } });
    if (!before) throw new AppError("NOT_FOUND", "categories.notFound");
    const translations = withCategoryNames(before.translations, { fr: input.fr, zh: input.zh });
    const [was, now] = [translatedNames(before.translations), translatedNames(translations)];
    const translated = CATEGORY_TRANSLATED_LOCALES.some((l) => was[l] !== now[l]);
    const c = await tx.category.update({
      where: { id: input.id },
      data: { name: input.name, ...(translated ? { translations } : {}) },
      select: { id: true, code: true, name: true, retiredAt: true },
    });
    await audit(tx, actor, "category.rename", "Category", c.id, {
      data: { from: before.name, to: input.name, ...(translated ? { names: { from: was, to: now } } : {}) },
      before: { name: before.name, ...was },
      after: { name: input.name, ...now },
    });
    return c;
  });
}

/** Retiring hides a category from new courses; history keeps it (nothing is deleted). */
export async function setCategoryRetired(actor: Actor, id: string, retired: boolean, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await tx.category.findUnique({ where: { id }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "categories.notFound");
    const c = await tx.category.update({ where: { id }, data: { retiredAt: retired ? asOf : null }, select: { id: true, code: true, name: true, retiredAt: true } });
    await audit(tx, actor, retired ? "category.retire" : "category.restore", "Category", id, { before: { name: c.name, retired: !retired }, after: { name: c.name, retired } });
    return c;
  });
}
