import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireRole } from "~/server/auth/guards";
import { listAdminSessions } from "~/server/enrolment/sessions";
import { AdminSessionsInput } from "~/lib/schemas/enrolment";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { cn } from "~/components/ui/cn";
import { sessionWhen } from "~/components/enrolment/when";
import { TextLink } from "~/components/ui/link";

export async function generateMetadata() {
  const t = await getTranslations("enrolment.admin");
  return { title: t("title") };
}

const VIEWS = ["upcoming", "past", "cancelled"] as const;

/** L&D's sessions: upcoming with seats and waiting lists, past with attendance still to take, cancelled. */
export default async function AdminSessionsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  await requireRole("LD_ADMIN");
  const sp = await searchParams;
  const { view } = AdminSessionsInput.parse({ view: VIEWS.includes(sp.view as (typeof VIEWS)[number]) ? sp.view : "upcoming" });
  const t = await getTranslations("enrolment");
  const format = await getFormatter();
  const rows = await listAdminSessions({ view }, new Date(), localeOr(await getLocale()));
  const when = await Promise.all(rows.map((r) => sessionWhen(r.days, r.timeZone)));
  return (
    <>
      <PageHeader title={t("admin.title")} description={t("admin.description")} actions={
          <>
            <ButtonLink href="/admin/sessions/assign" variant="secondary">
              {t("admin.assignOnline")}
            </ButtonLink>
            <ButtonLink href="/admin/sessions/new">{t("admin.schedule")}</ButtonLink>
          </>
        } />
      <nav aria-label={t("admin.views")} className="mb-4 flex gap-1 border-b border-slate-200">
        {VIEWS.map((v) => (
          <Link
            key={v}
            href={v === "upcoming" ? "/admin/sessions" : `/admin/sessions?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className={cn("-mb-px border-b-2 px-3 py-2 text-sm font-medium", v === view ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900")}
          >
            {t(`admin.view.${v}`)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t(`admin.empty.${view}`)} />
      ) : (
        <Table caption={t(`admin.view.${view}`)}>
          <thead>
            <tr>
              <Th>{t("col.course")}</Th>
              <Th>{t("col.dates")}</Th>
              <Th>{t("col.where")}</Th>
              <Th>{t("col.trainer")}</Th>
              <Th numeric>{t("col.enrolled")}</Th>
              <Th numeric>{t("col.waiting")}</Th>
              <Th>{t("col.status")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <Td>
                  <TextLink href={`/admin/sessions/${r.id}`} className="font-medium">
                    {r.course.title}
                  </TextLink>
                  <div className="font-mono text-xs text-slate-500">{r.course.code}</div>
                </Td>
                <Td className="whitespace-nowrap">
                  {when[i]!.range}
                  <div className="text-xs text-slate-500">{t("dayCount", { count: when[i]!.dateCount })}</div>
                </Td>
                <Td>{r.delivery === "VIRTUAL" ? t("delivery.VIRTUAL") : t("where", r.where)}</Td>
                <Td>{r.trainer ?? "—"}</Td>
                <Td numeric>
                  {r.enrolled} / {r.capacity}
                </Td>
                <Td numeric>{r.waitlisted}</Td>
                <Td className="whitespace-nowrap">
                  {r.status === "CANCELLED" ? (
                    <>
                      <Badge tone="danger">{t("state.CANCELLED")}</Badge>
                      <div className="mt-1 max-w-xs whitespace-normal text-xs text-slate-600">
                        {t("sessions.cancelledOn", { date: format.dateTime(r.cancelledAt ?? r.startsAt, { dateStyle: "medium" }), reason: r.cancelReason ?? "none" })}
                      </div>
                    </>
                  ) : view === "past" ? (
                    r.attendancePending > 0 ? <Badge tone="warning">{t("admin.attendancePending", { count: r.attendancePending })}</Badge> : <Badge tone="success">{t("admin.attendanceDone")}</Badge>
                  ) : r.seatsLeft === 0 ? (
                    <Badge tone="warning">{t("admin.full")}</Badge>
                  ) : (
                    <Badge tone="info">{t("seatsLeftShort", { count: r.seatsLeft })}</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
