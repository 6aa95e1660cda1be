import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Actor } from "~/server/auth/roles";
import { primaryRole } from "~/server/auth/roles";
import { navFor, type NavItem } from "~/components/layout/nav-items";
import { NavLink } from "~/components/layout/nav-link";
import { SignOutButton } from "~/components/layout/sign-out-button";
import { Badge } from "~/components/ui/badge";

export async function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const t = await getTranslations();
  const items = navFor(actor.roles, "me");
  const ldItems = navFor(actor.roles, "ld");
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-700">
            <span aria-hidden className="grid size-8 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">P</span>
            {t("common.appName")}
          </Link>
          <nav aria-label={t("common.mainNav")} className="order-last -mx-2 flex w-full gap-1 overflow-x-auto md:order-none md:mx-0 md:w-auto md:flex-1">
            <NavLinks items={items} label={(key) => t(`nav.${key}`)} />
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <div className="text-right">
              <p className="text-sm font-medium text-slate-900" data-testid="current-user">{actor.fullName}</p>
              <Badge tone="info">{t(`roles.${primaryRole(actor.roles)}`)}</Badge>
            </div>
            <SignOutButton />
          </div>
        </div>
        {ldItems.length > 0 && (
          // L&D's and auditors' pages on a bar of their own: one row of fifteen links overflowed every screen.
          <div className="border-t border-slate-100 bg-slate-50">
            <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-1.5 sm:px-6">
              <span aria-hidden className="hidden text-xs font-semibold tracking-wide text-slate-500 uppercase sm:inline">
                {t("common.ldNavShort")}
              </span>
              <nav aria-label={t("common.ldNav")} className="-mx-2 flex flex-1 gap-1 overflow-x-auto sm:mx-0">
                <NavLinks items={ldItems} label={(key) => t(`nav.${key}`)} />
              </nav>
            </div>
          </div>
        )}
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}

function NavLinks({ items, label }: { items: NavItem[]; label: (key: NavItem["labelKey"]) => string }) {
  return items.map((i) => (
    <NavLink key={i.href} href={i.href}>
      {label(i.labelKey)}
    </NavLink>
  ));
}
