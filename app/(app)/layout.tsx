import type { ReactNode } from "react";
import { requireActor } from "~/server/auth/guards";
import { navBadges } from "~/server/home/nav-badges";
import { AppShell } from "~/components/layout/app-shell";
import { NotificationBell } from "~/components/notifications/notification-bell";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const badges = await navBadges(actor);
  return (
    <AppShell actor={actor} badges={badges} headerExtras={<NotificationBell staffId={actor.id} />}>
      {children}
    </AppShell>
  );
}
