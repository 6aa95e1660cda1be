"use client";

import { useId, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { HTML_LANG, LOCALE_NAMES, LOCALES, isLocale, type Locale } from "~/lib/i18n/locales";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { cn } from "~/components/ui/cn";

const YEAR = 60 * 60 * 24 * 365;

/**
 * The language of every page, on every page (the sign-in page too). Choosing one sets the cookie the server reads,
 * saves it in the signed-in person's profile (their mail follows), and re-renders the server's part of the page in
 * place: what the person typed in a form stays, since nothing reloads.
 */
export function LanguageSwitcher({ signedIn, className, id: givenId }: { signedIn: boolean; className?: string; id?: string }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const trpc = useTRPC();
  const save = useMutation(trpc.me.setLocale.mutationOptions());
  const autoId = useId();
  const id = givenId ?? autoId;

  async function choose(next: Locale) {
    document.cookie = `NEXT_LOCALE=${next}; path=/; max-age=${YEAR}; samesite=lax`;
    document.documentElement.lang = HTML_LANG[next];
    if (signedIn) {
      try {
        await save.mutateAsync({ locale: next });
      } catch {
        // The cookie alone still switches this browser; the profile is saved on the next choice.
      }
    }
    startTransition(() => router.refresh());
  }

  return (
    <div className={cn("flex items-center gap-1.5", className)}>
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        <svg aria-hidden viewBox="0 0 20 20" className="mr-1 inline size-4 align-[-3px]" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2.2 2.1 3.3 4.6 3.3 7.5s-1.1 5.4-3.3 7.5M10 2.5C7.8 4.6 6.7 7.1 6.7 10s1.1 5.4 3.3 7.5" />
        </svg>
        {t("label")}
        {/* Heard, not shown: "Language of Pathway's pages", apart from a form's own language fields. */}
        <span className="sr-only">{t("labelMore")}</span>
      </label>
      <select
        id={id}
        value={locale}
        aria-busy={pending || undefined}
        onChange={(e) => {
          if (isLocale(e.target.value)) void choose(e.target.value);
        }}
        className="rounded-md border border-slate-300 bg-white py-1 pr-7 pl-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={HTML_LANG[l]}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
