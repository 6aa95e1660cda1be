import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { listNotifications } from "~/server/notifications/list";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { TextLink } from "~/components/ui/link";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/components/ui/cn";
import { MarkAllReadButton, MarkReadButton, NotificationLink } from "~/components/notifications/notification-actions";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

/** What Pathway has mailed the person, newest first, unread ones marked; each links to the page it is about. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const [t, format, locale] = await Promise.all([getTranslations("notifications"), getFormatter(), getLocale()]);
  const list = await listNotifications(actor.id, locale, { page: Number(sp.page) || 1 });
  const pageHref = (page: number) => (page > 1 ? `/notifications?page=${page}` : "/notifications");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={list.unread > 0 ? <MarkAllReadButton /> : undefined} />
      {list.total === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" data-testid="unread-summary">
            {t("unreadSummary", { count: list.unread })}
          </p>
          <ul aria-label={t("listLabel")} className="divide-y divide-slate-200 overflow-hidden rounded-lg bg-white shadow-xs ring-1 ring-slate-200">
            {list.items.map((n) => (
              <li key={n.id} className={cn("flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between", !n.read && "bg-brand-50/60")}>
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 break-words">
                    {!n.read && <Badge tone="info">{t("unread")}</Badge>}
                    <NotificationLink id={n.id} href={n.path} read={n.read}>
                      {n.title}
                    </NotificationLink>
                  </p>
                  {n.line && <p className="mt-0.5 text-sm break-words text-slate-600">{n.line}</p>}
                  <p className="mt-0.5 text-xs text-slate-600">
                    <time dateTime={n.createdAt.toISOString()}>{t("received", { date: format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</time>
                  </p>
                </div>
                {!n.read && (
                  <div className="shrink-0">
                    <MarkReadButton id={n.id} title={n.title} />
                  </div>
                )}
              </li>
            ))}
          </ul>
          {list.pageCount > 1 && (
            <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between gap-3 text-sm">
              {list.page > 1 ? <TextLink href={pageHref(list.page - 1)}>← {t("newer")}</TextLink> : <span />}
              <span className="text-slate-600">{t("pageOf", { page: list.page, pages: list.pageCount })}</span>
              {list.page < list.pageCount ? <TextLink href={pageHref(list.page + 1)}>{t("older")} →</TextLink> : <span />}
            </nav>
          )}
        </>
      )}
    </>
  );
}
