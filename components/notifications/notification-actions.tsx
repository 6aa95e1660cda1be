"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";

/**
 * A notification's title, linking to its page; following it marks it read. The mark is sent as the page changes
 * (not awaited, so the link is as quick as any other), and the header's count refreshes once it is stored.
 */
export function NotificationLink({ id, href, read, children }: { id: string; href: string; read: boolean; children: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Link
      href={href}
      onClick={() => {
        if (!read) markRead.mutate({ id });
      }}
      className={cn("hover:underline", read ? "font-normal text-slate-700" : "font-semibold text-slate-900")}
    >
      {children}
    </Link>
  );
}

/** Marks one notification read without leaving the list. */
export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const markRead = useAction(trpc.notifications.markRead.mutationOptions(), { success: null });
  return (
    <Button variant="ghost" size="sm" busy={markRead.pending} disabled={!markRead.hydrated} aria-label={`${t("markRead")}: ${title}`} onClick={() => void markRead.run({ id })}>
      {t("markRead")}
    </Button>
  );
}

/** Marks every unread notification read. */
export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const markAll = useAction(trpc.notifications.markAllRead.mutationOptions(), { success: (r) => t("allMarkedRead", { count: r.count }) });
  return (
    <Button variant="secondary" busy={markAll.pending} disabled={!markAll.hydrated} onClick={() => void markAll.run()}>
      {t("markAllRead")}
    </Button>
  );
}
