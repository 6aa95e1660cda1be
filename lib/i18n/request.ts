import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "~/lib/i18n/locales";
import { en } from "~/messages/en";

const catalogues = { en } as const;

// No locale in the URL: the language comes from the person's choice (a cookie set from their profile).
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  return { locale, timeZone: "Europe/Zurich", messages: catalogues[locale] };
});
