import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "~/messages";
import { getActor } from "~/server/auth/session";
import { pickLocale } from "~/lib/i18n/pick-locale";

// No locale in the URL (links stay the same in every language): the language of a request is the person's choice
// (their profile, or the switcher's cookie on this browser), else what their browser asks for, else English.
export default getRequestConfig(async () => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const cookie = jar.get("NEXT_LOCALE")?.value;
  // The session is read only when it can decide: a chosen profile language beats the browser's.
  const actor = jar.getAll().some((c) => c.name.includes("next-auth.session-token")) ? await getActor() : null;
  const locale = pickLocale({ profile: actor ? { locale: actor.locale, chosen: !!actor.localeChosen } : null, cookie, acceptLanguage: head.get("accept-language") });
  return { locale, timeZone: "Europe/Zurich", messages: catalogues[locale] };
});
