import type { ReactNode } from "react";
import { requireActor } from "~/server/auth/guards";
import { AppShell } from "~/components/layout/app-shell";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
