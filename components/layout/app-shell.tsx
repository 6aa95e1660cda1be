import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Actor } from "~/server/auth/roles";
import { primaryRole } from "~/server/auth/roles";
import { hasOwnLabel, navFor, type NavItem } from "~/components/layout/nav-items";
import { NavLink, type NavEntry } from "~/components/layout/nav-link";
import { PhoneMenu } from "~/components/layout/phone-menu";
import { SignOutButton } from "~/components/layout/sign-out-button";
import { LanguageSwitcher } from "~/components/layout/language-switcher";
import { Badge } from "~/components/ui/badge";

/**
 * The frame of every signed-in page. From `md` up: the person's own pages in the header and L&D's on a second bar,
 * both wrapping rather than scrolling; below `md`: one menu behind a button, in a header that stays at the top.
 * `badges` puts a count on the entry with that href ("/mentoring": 2 → "2 waiting"); `headerExtras` sits in the
 * header at every width (the notification bell).
 */
export async function AppShell({
  actor,
  badges,
  headerExtras,
  children,
}: {
  actor: Actor;
  badges?: Partial<Record<string, number>>;
  headerExtras?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations();
  const entries = (items: NavItem[]): NavEntry[] =>
    items.map((i) => {
      const count = badges?.[i.href] ?? 0;
      return { href: i.href, label: hasOwnLabel(i.labelKey) ? t(i.labelKey) : t(`nav.${i.labelKey}`), badge: count > 0 ? { count, text: t("nav.waiting", { count }) } : undefined };
    });
  const me = entries(navFor(actor.roles, "me"));
  const ld = entries(navFor(actor.roles, "ld"));
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("common.skipToContent")}
      </a>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white md:static">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:px-6 md:h-auto md:gap-4 md:py-3">
          <Link href="/" className="flex shrink-0 items-center gap-2 text-lg font-semibold text-brand-700">
            <span aria-hidden className="grid size-8 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">P</span>
            {/* On a phone the mark alone: the width goes to the person's name and the menu. */}
            <span className="max-sm:sr-only">{t("common.appName")}</span>
          </Link>
          <nav aria-label={t("common.mainNav")} className="hidden min-w-0 flex-1 flex-wrap gap-1 md:flex">
            {me.map((e) => (
              <NavLink key={e.href} entry={e} />
            ))}
          </nav>
          <div className="ml-auto flex min-w-0 items-center gap-3">
            {headerExtras}
            <div className="min-w-0 text-right">
              <p className="truncate text-sm font-medium text-slate-900" data-testid="current-user">
                {/* "Your account / your data" (app/(app)/account): the person's own data and its download */}
                <Link href="/account" className="hover:underline">
                  {actor.fullName}
                </Link>
              </p>
              <Badge tone="info">{t(`roles.${primaryRole(actor.roles)}`)}</Badge>
            </div>
            <LanguageSwitcher signedIn className="hidden md:flex" />
            <div className="hidden md:block">
              <SignOutButton />
            </div>
            <PhoneMenu me={me} ld={ld} mainLabel={t("common.mainNav")} ldLabel={t("common.ldNav")} ldHeading={t("common.ldNavShort")} />
          </div>
        </div>
        {ld.length > 0 && (
          // L&D's and auditors' pages on a bar of their own: one row of fifteen links overflowed every screen.
          <div className="hidden border-t border-slate-100 bg-slate-50 md:block">
            <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-1.5 sm:px-6">
              <span aria-hidden className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                {t("common.ldNavShort")}
              </span>
              <nav aria-label={t("common.ldNav")} className="flex min-w-0 flex-1 flex-wrap gap-1">
                {ld.map((e) => (
                  <NavLink key={e.href} entry={e} />
                ))}
              </nav>
            </div>
          </div>
        )}
      </header>
      {/* tabIndex -1: the skip link moves the focus here (not only the scroll), so the next Tab goes on inside. */}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
