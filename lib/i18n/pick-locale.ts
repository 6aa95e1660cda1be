import { DEFAULT_LOCALE, isLocale, negotiateLocale, type Locale } from "~/lib/i18n/locales";

/**
 * The language a request is answered in. A language the person chose in their profile wins; then the switcher's
 * cookie on this browser (someone not signed in, or who switched before signing in); then the browser's
 * Accept-Language; then the language recorded for the person; then English.
 */
export function pickLocale(input: {
  profile: { locale: string; chosen: boolean } | null;
  cookie: string | null | undefined;
  acceptLanguage: string | null | undefined;
}): Locale {
  const { profile, cookie, acceptLanguage } = input;
  if (profile?.chosen && isLocale(profile.locale)) return profile.locale;
  if (isLocale(cookie)) return cookie;
  const browser = negotiateLocale(acceptLanguage);
  if (browser) return browser;
  if (profile && isLocale(profile.locale)) return profile.locale;
  return DEFAULT_LOCALE;
}
