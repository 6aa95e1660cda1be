/** Languages the interface is offered in; adding one is a messages/<locale>.json file and an entry here. */
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

/** The Intl locale numbers and dates are formatted in: British English for English (24 November 2026, as the organisation writes). */
export function formattingLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}
