import "server-only";
import { db } from "~/server/db";
import type { CategoryTranslations } from "~/lib/categories/i18n";

type DefaultCategory = { code: string; name: string; translations: CategoryTranslations };

/**
 * Categories every installation starts with (L&D can rename, retire and add more), named in English, French and
 * Chinese as the HR department prints them in the annual report.
 */
export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  { code: "HSS", name: "Health, Safety and Security", translations: { fr: { name: "Santé, sûreté et sécurité" }, zh: { name: "健康、安全与安保" } } },
  { code: "IP", name: "Intellectual Property", translations: { fr: { name: "Propriété intellectuelle" }, zh: { name: "知识产权" } } },
  { code: "IT", name: "Information Technology", translations: { fr: { name: "Technologies de l’information" }, zh: { name: "信息技术" } } },
  { code: "LANG", name: "Languages", translations: { fr: { name: "Langues" }, zh: { name: "语言" } } },
  { code: "LEAD", name: "Management and Leadership", translations: { fr: { name: "Management et leadership" }, zh: { name: "管理与领导力" } } },
  { code: "COMM", name: "Communication and Personal Effectiveness", translations: { fr: { name: "Communication et efficacité personnelle" }, zh: { name: "沟通与个人效能" } } },
  { code: "ETHICS", name: "Ethics, Conduct and Respectful Workplace", translations: { fr: { name: "Éthique, conduite et respect au travail" }, zh: { name: "职业道德、行为操守与相互尊重的工作场所" } } },
  { code: "ADMIN", name: "Administration and Finance", translations: { fr: { name: "Administration et finances" }, zh: { name: "行政与财务" } } },
  { code: "ONBOARD", name: "Onboarding and Orientation", translations: { fr: { name: "Accueil et intégration" }, zh: { name: "新员工入职与岗前引导" } } },
];

/**
 * Creates the default categories that are missing, then names in French and Chinese those an install created before
 * categories had translations (addShippedCategoryTranslations). Idempotent; never overwrites what L&D has changed.
 */
export async function ensureDefaultCategories(categories: readonly DefaultCategory[] = DEFAULT_CATEGORIES): Promise<void> {
  await db.category.createMany({ data: categories.map((c) => ({ code: c.code, name: c.name, translations: c.translations })), skipDuplicates: true });
  await addShippedCategoryTranslations(categories);
}

/**
 * Gives the default categories of an existing install their French and Chinese names: only a category still named
 * as shipped (its English name unchanged) and never translated (translations '{}'), so a name L&D chose is never
 * replaced and a translation L&D wrote never overwritten. One statement; returns the codes it translated.
 */
export async function addShippedCategoryTranslations(categories: readonly DefaultCategory[] = DEFAULT_CATEGORIES): Promise<string[]> {
  if (categories.length === 0) return [];
  const rows = JSON.stringify(categories.map((c) => ({ code: c.code, name: c.name, translations: c.translations })));
  const updated = await db.$queryRaw<{ code: string }[]>`
    UPDATE "Category" AS c SET translations = shipped.translations, "updatedAt" = now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS shipped(code text, name text, translations jsonb)
    WHERE c.code = shipped.code AND c.name = shipped.name AND c.translations = '{}'::jsonb
    RETURNING c.code`;
  return updated.map((r) => r.code).sort();
}
