import { z } from "zod";
import { LOCALES, type Locale } from "~/lib/i18n/locales";

/**
 * A training category's name in several languages. `Category.name` is the English name (what the API, the CLI and
 * imports by name read); every other language is in `Category.translations`: {"fr": {"name": …}, "zh": {"name": …}}.
 * A reader whose language has no name reads the English one.
 */
export const CATEGORY_BASE_LOCALE = "en" satisfies Locale;

/** The languages a category is named in besides English, in the order the admin page asks for them. */
export const CATEGORY_TRANSLATED_LOCALES = LOCALES.filter((l) => l !== CATEGORY_BASE_LOCALE) as Exclude<Locale, typeof CATEGORY_BASE_LOCALE>[];
export type CategoryTranslatedLocale = (typeof CATEGORY_TRANSLATED_LOCALES)[number];

const CategoryText = z.object({ name: z.string().max(200).optional() });
export type CategoryTranslations = Partial<Record<CategoryTranslatedLocale, { name?: string }>>;

/** A `Category.translations` column as data: unknown languages and malformed entries are dropped. */
export function readCategoryTranslations(value: unknown): CategoryTranslations {
  const out: CategoryTranslations = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const locale of CATEGORY_TRANSLATED_LOCALES) {
    const parsed = CategoryText.safeParse((value as Record<string, unknown>)[locale]);
    if (parsed.success && parsed.data.name?.trim()) out[locale] = { name: parsed.data.name };
  }
  return out;
}

/** The category's name as a reader of `locale` reads it: its translation when there is one, else the English name. */
export function localizeCategoryName(name: string, translations: unknown, locale: string): string {
  if (locale === CATEGORY_BASE_LOCALE) return name;
  const translated = readCategoryTranslations(translations)[locale as CategoryTranslatedLocale]?.name?.trim();
  return translated || name;
}

/** A row with its `name` in `locale` (and its translations dropped: a reader needs one name). */
export function localizeCategory<T extends { name: string; translations: unknown }>(row: T, locale: string): Omit<T, "translations"> {
  const { translations, ...rest } = row;
  return { ...rest, name: localizeCategoryName(row.name, translations, locale) };
}

/**
 * `translations` with the names of `names` set: a non-empty name replaces that language's, an empty one removes it,
 * an absent one leaves it as it was. Other text of a language's entry is kept (anything not text is dropped).
 */
export function withCategoryNames(translations: unknown, names: Partial<Record<CategoryTranslatedLocale, string | undefined>>): Record<string, Record<string, string>> {
  const current: Record<string, Record<string, string>> = {};
  if (translations && typeof translations === "object" && !Array.isArray(translations)) {
    for (const [k, v] of Object.entries(translations as Record<string, unknown>)) {
      if (!v || typeof v !== "object" || Array.isArray(v)) continue;
      current[k] = Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"));
    }
  }
  for (const locale of CATEGORY_TRANSLATED_LOCALES) {
    const value = names[locale];
    if (value === undefined) continue;
    const entry = { ...(current[locale] ?? {}) };
    if (value.trim() === "") delete entry.name;
    else entry.name = value.trim();
    if (Object.keys(entry).length === 0) delete current[locale];
    else current[locale] = entry;
  }
  return current;
}
