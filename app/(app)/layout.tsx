import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { rememberBrowserLocale } from "~/server/people/people";
import { requireActor } from "~/server/auth/guards";
import { navBadges } from "~/server/home/nav-badges";
import { AppShell } from "~/components/layout/app-shell";
import { NotificationBell } from "~/components/notifications/notification-bell";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // Until the person chooses a language, their mail follows the one their browser asks for.
  const [badges] = await Promise.all([navBadges(actor), rememberBrowserLocale(actor, localeOr(await getLocale()))]);
  return (
    <AppShell actor={actor} badges={badges} headerExtras={<NotificationBell staffId={actor.id} />}>
      {children}
    </AppShell>
  );
}
