import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HTML_LANG, LOCALE_NAMES, isLocale } from "~/lib/i18n/locales";
import { languageName } from "~/components/courses/labels";
import { cn } from "~/components/ui/cn";

/** A course language's BCP 47 tag for `lang` / `hrefLang` (zh → zh-Hans). */
export function htmlLang(code: string): string {
  return isLocale(code) ? HTML_LANG[code] : code;
}

/** A language named in itself ("Français", "中文"): right for its reader whatever the page's language. */
function ownName(code: string): string {
  return isLocale(code) ? LOCALE_NAMES[code] : languageName(code, code);
}

/**
 * The languages a course is offered in, as links that reload the page with `?lang=<code>` (the current one marked
 * aria-current). Progress is the course's, so switching changes only the text. With a single language, it only says
 * which. When the reader's own language is not offered, a note says in which one the course is shown.
 */
export async function CourseLanguageSwitcher({ language, hrefFor, className }: { language: { current: string; offered: string[] }; hrefFor: (lang: string) => string; className?: string }) {
  const t = await getTranslations("courseLanguages");
  const locale = await getLocale();
  const offered = language.offered.length ? language.offered : [language.current];
  const notOffered = !offered.includes(locale);
  return (
    <div className={cn("text-sm", className)}>
      {offered.length > 1 ? (
        <nav aria-label={t("switcherLabel")} className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="text-slate-600">{t("offeredIn")}</span>
          <ul className="flex flex-wrap gap-1">
            {offered.map((code) => {
              const current = code === language.current;
              return (
                <li key={code}>
                  <Link
                    href={hrefFor(code)}
                    lang={htmlLang(code)}
                    hrefLang={htmlLang(code)}
                    aria-current={current ? "true" : undefined}
                    className={cn(
                      "inline-block rounded-md px-2 py-1 ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                      current ? "bg-brand-700 font-semibold text-white ring-brand-700" : "text-brand-700 ring-slate-300 hover:bg-slate-50",
                    )}
                  >
                    {ownName(code)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : (
        <p className="text-slate-600">
          {t("offeredIn")} <span lang={htmlLang(offered[0]!)}>{ownName(offered[0]!)}</span>
        </p>
      )}
      {notOffered && isLocale(locale) && (
        <p className="mt-1 text-slate-600">{t("notInYourLanguage", { language: languageName(locale, locale), shown: languageName(language.current, locale) })}</p>
      )}
    </div>
  );
}
