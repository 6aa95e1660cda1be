import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { CreateCategoryInput, RenameCategoryInput } from "~/lib/schemas/categories";

export async function listCategories(opts: { includeRetired?: boolean } = {}) {
  return db.category.findMany({
    where: opts.includeRetired ? {} : { retiredAt: null },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, retiredAt: true },
  });
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

export async function renameCategory(actor: Actor, input: RenameCategoryInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.category.findUnique({ where: { id: input.id }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "categories.notFound");
    const c = await tx.category.update({ where: { id: input.id }, data: { name: input.name }, select: { id: true, code: true, name: true, retiredAt: true } });
    await audit(tx, actor, "category.rename", "Category", c.id, { data: { from: before.name, to: input.name } });
    return c;
  });
}

/** Retiring hides a category from new courses; history keeps it (nothing is deleted). */
export async function setCategoryRetired(actor: Actor, id: string, retired: boolean, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await tx.category.findUnique({ where: { id }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "categories.notFound");
    const c = await tx.category.update({ where: { id }, data: { retiredAt: retired ? asOf : null }, select: { id: true, code: true, name: true, retiredAt: true } });
    await audit(tx, actor, retired ? "category.retire" : "category.restore", "Category", id);
    return c;
  });
}
