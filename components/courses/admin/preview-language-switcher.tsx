import { useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "~/components/ui/cn";

/**
 * The preview's languages: the base language and every language Pathway has, offered or not yet (a translation in
 * progress can be checked before it is offered). Each is a link keeping the lesson; the current one is marked.
 */
export function PreviewLanguageSwitcher({
  current,
  base,
  offered,
  choices,
  hrefFor,
}: {
  current: string;
  base: string;
  offered: readonly string[];
  choices: readonly string[];
  hrefFor: (locale: string) => string;
}) {
  const t = useTranslations("courseAuthoringLanguages");
  return (
    <nav aria-label={t("preview.switcher")} className="mt-2 space-y-1">
      <p className="text-sm">{t("preview.showing", { language: current, base })}</p>
      <ul className="flex flex-wrap gap-2">
        {choices.map((l) => {
          const name = offered.includes(l) || l === base ? t("language", { language: l }) : t("preview.notOffered", { language: l });
          return (
            <li key={l}>
              <Link
                href={hrefFor(l)}
                aria-current={l === current ? "page" : undefined}
                className={cn(
                  "inline-flex rounded-md px-2.5 py-1 text-sm font-medium ring-1 ring-inset",
                  l === current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-brand-800 ring-brand-200 hover:bg-brand-50",
                )}
              >
                {name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
