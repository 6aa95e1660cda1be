/** Languages the interface is offered in; adding one is a messages/<locale>/ folder, messages/<locale>.ts and an entry here. */
export const LOCALES = ["en", "fr", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, for the switcher ("Français" reads right to a French speaker whatever the page's language). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", zh: "中文" };

/** The BCP 47 tag of `<html lang>` and of documents: Simplified Chinese is zh-Hans. */
export const HTML_LANG: Record<Locale, string> = { en: "en", fr: "fr", zh: "zh-Hans" };

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

/** A locale or the default one. */
export function localeOr(value: string | undefined | null, fallback: Locale = DEFAULT_LOCALE): Locale {
  return isLocale(value) ? value : fallback;
}

/**
 * The Intl locale numbers and dates are formatted in: British English for English (24 November 2026, as the
 * organisation writes), French as in France ("2,5 jours", "24 novembre 2026"), Simplified Chinese as in China.
 */
export function formattingLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale === "fr" ? "fr-FR" : "zh-CN";
}

/** The PostgreSQL ICU collation that sorts names the way a reader of `locale` expects (zh: by pinyin). */
export const ICU_COLLATION: Record<Locale, string> = { en: "en-x-icu", fr: "fr-x-icu", zh: "zh-x-icu" };

/**
 * The best offered language for an Accept-Language header ("fr-CH,fr;q=0.9,en;q=0.8" → fr; "zh-TW" → zh), or null
 * when it names none of them. Quality values order the candidates; a region falls back to its language.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const candidates = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((c) => c.tag && c.tag !== "*" && c.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of candidates) {
    const language = tag.split("-")[0];
    if (isLocale(language)) return language;
  }
  return null;
}
