import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { xapiOverview } from "~/server/xapi/overview";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { TextLink } from "~/components/ui/link";
import { SendNowButton } from "~/components/xapi/send-now-button";
import { FailingTable, RecentTable } from "~/components/xapi/statement-tables";

export async function generateMetadata() {
  const t = await getTranslations("xapi");
  return { title: t("title") };
}

/** The xAPI outbox for L&D (auditors read it): configured or not, counts, failing statements with the LRS's answer, recent ones. */
export default async function XapiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const sp = await searchParams;
  const pageParam = Array.isArray(sp.page) ? sp.page[0] : sp.page;
  const t = await getTranslations("xapi");
  const format = await getFormatter();
  const o = await xapiOverview({ page: Number(pageParam ?? 1) || 1 });
  const pages = Math.max(1, Math.ceil(o.failing.total / o.failing.pageSize));
  const page = Math.min(o.failing.page, pages);
  const canSend = o.configured && actor.roles.includes("LD_ADMIN");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={canSend ? <SendNowButton /> : undefined} />
      <div className="mb-6">
        <Alert tone={o.configured ? "success" : "info"}>{o.configured ? t("configured", { host: o.host ?? "" }) : t("notConfigured")}</Alert>
      </div>
      <section aria-labelledby="xapi-counts" className="mb-6">
        <h2 id="xapi-counts" className="sr-only">
          {t("counts.title")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat label={t("counts.sent")} value={format.number(o.counts.SENT)} />
          <Stat label={t("counts.waiting")} value={format.number(o.counts.WAITING)} />
          <Stat label={t("counts.failing")} value={format.number(o.counts.FAILING)} />
          <Stat
            label={t("counts.oldest")}
            value={<span className="text-base">{o.oldestUnsentAt ? format.dateTime(o.oldestUnsentAt, { dateStyle: "medium", timeStyle: "short" }) : t("counts.nothingWaiting")}</span>}
          />
        </dl>
      </section>
      <Card className="mb-6" aria-labelledby="xapi-failing">
        <CardTitle id="xapi-failing">{t("failing.title")}</CardTitle>
        {o.failing.rows.length === 0 ? (
          <EmptyState title={t("failing.empty")} />
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-600">{t("failing.help")}</p>
            <FailingTable rows={o.failing.rows} />
          </>
        )}
        {pages > 1 && (
          <nav aria-label={t("failing.pages", { page, pages })} className="mt-4 flex items-center justify-between text-sm">
            {page > 1 ? <TextLink href={`/admin/xapi?page=${page - 1}`}>{t("failing.previous")}</TextLink> : <span />}
            <span className="text-slate-600">{t("failing.pages", { page, pages })}</span>
            {page < pages ? <TextLink href={`/admin/xapi?page=${page + 1}`}>{t("failing.next")}</TextLink> : <span />}
          </nav>
        )}
      </Card>
      <Card aria-labelledby="xapi-recent">
        <CardTitle id="xapi-recent">{t("recent.title")}</CardTitle>
        {o.recent.length === 0 ? <EmptyState title={t("recent.empty")} /> : <RecentTable rows={o.recent} />}
      </Card>
    </>
  );
}
