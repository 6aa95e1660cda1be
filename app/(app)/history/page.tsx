import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { learningHistory, type YearBasis } from "~/server/records/history";
import { listMyExternal } from "~/server/records/external";
import { listCategories } from "~/server/categories/categories";
import { toIsoDate } from "~/lib/dates";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { ButtonLink } from "~/components/ui/button";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { cn } from "~/components/ui/cn";
import { ExternalForm } from "~/components/records/external-form";
import { daysNumber, durationText } from "~/components/enrolment/when";
import { StatusBadge } from "~/components/ui/status-badge";
import type { RECORD_STATUSES } from "~/lib/schemas/records";
import { certificateIdsByRecord } from "~/server/certificates/queries";
import { CertificateLinks } from "~/components/certificates/certificate-links";

export async function generateMetadata() {
  const t = await getTranslations("enrolment.history");
  return { title: t("title") };
}


/** The learner's ledger: every participation by year with the training days that count, and external learning. */
export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ basis?: string }> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const basis: YearBasis = sp.basis === "report" ? "report" : "calendar";
  const t = await getTranslations("enrolment");
  // what one participation credits reads in hours or days; the totals stay exact training days, as in reports
  const duration = await durationText();
  const format = await getFormatter();
  const locale = await getLocale();
  const [history, external, allCategories] = await Promise.all([learningHistory(actor.id, basis), listMyExternal(actor.id), listCategories({ includeRetired: true, locale })]);
  // Categories in the reader's language, by id (a record may be in a category retired since); new declarations only in current ones.
  const categoryName = new Map(allCategories.map((c) => [c.id, c.name]));
  const categories = allCategories.filter((c) => !c.retiredAt);
  const years = [...new Set(history.records.map((r) => r.year))];
  const totalOf = new Map(history.years.map((y) => [y.year, y]));
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { timeZone: "UTC", dateStyle: "medium" });
  const latest = history.years[0];
  const certificates = await certificateIdsByRecord(actor.id);

  return (
    <>
      <PageHeader title={t("history.title")} description={t("history.description")} actions={<ButtonLink href="/sessions" variant="secondary">{t("history.toSessions")}</ButtonLink>} />
      <dl className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label={t("history.totalDays")} value={t("days", { days: daysNumber(history.total) })} />
        <Stat label={t("history.participations")} value={format.number(history.records.filter((r) => r.counted).length)} />
        {latest && <Stat label={t("history.latestYear", { year: latest.label })} value={t("days", { days: daysNumber(latest.trainingDays) })} />}
        <Stat label={t("history.pendingExternal")} value={format.number(external.filter((x) => x.status === "PENDING").length)} />
      </dl>
      <nav aria-label={t("history.basis")} className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{t("history.basis")}:</span>
        {(["calendar", "report"] as const).map((b) => (
          <Link
            key={b}
            href={b === "calendar" ? "/history" : "/history?basis=report"}
            aria-current={basis === b ? "page" : undefined}
            className={cn("rounded-full px-3 py-1 ring-1 ring-inset", basis === b ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50")}
          >
            {t(`history.basisOption.${b}`)}
          </Link>
        ))}
      </nav>

      {years.length === 0 ? (
        <EmptyState title={t("history.empty")}>{t("history.emptyHint")}</EmptyState>
      ) : (
        <div className="space-y-8">
          {years.map((year) => {
            const total = totalOf.get(year);
            const rows = history.records.filter((r) => r.year === year);
            const label = basis === "calendar" ? year : `${year}–${String((Number(year) + 1) % 100).padStart(2, "0")}`;
            return (
              <section key={year} aria-labelledby={`year-${year}`}>
                <h2 id={`year-${year}`} className="mb-3 flex flex-wrap items-baseline gap-x-3 text-lg font-semibold text-slate-900">
                  {basis === "calendar" ? t("history.year", { year: label }) : t("history.reportYear", { year: label })}
                  <span className="text-sm font-normal text-slate-600" data-testid={`year-total-${year}`}>
                    {t("history.yearTotal", { days: daysNumber(total?.trainingDays ?? "0"), count: total?.participations ?? 0 })}
                  </span>
                </h2>
                <Table caption={t("history.caption", { year: label })}>
                  <thead>
                    <tr>
                      <Th>{t("col.course")}</Th>
                      <Th>{t("col.category")}</Th>
                      <Th>{t("col.dates")}</Th>
                      <Th>{t("col.mode")}</Th>
                      <Th>{t("col.status")}</Th>
                      <Th numeric>{t("col.trainingDays")}</Th>
                    </tr>
                  </thead>
                  <TBody>
                    {rows.map((r) => (
                      <tr key={r.id}>
                        <Td>
                          <span className="font-medium text-slate-900">{r.course.title}</span>
                          <span className="block text-xs text-slate-500">{t(`source.${r.source as "ONLINE" | "SESSION" | "EXTERNAL" | "IMPORT"}`)}</span>
                          {certificates.has(r.id) && <CertificateLinks certificateId={certificates.get(r.id)!} course={r.course.title} className="mt-1" />}
                        </Td>
                        <Td>{categoryName.get(r.category.id) ?? r.category.name}</Td>
                        <Td className="whitespace-nowrap">{r.startDate === r.endDate ? date(r.startDate) : `${date(r.startDate)} – ${date(r.endDate)}`}</Td>
                        <Td>{t(`mode.${r.mode as "ONLINE" | "CLASSROOM" | "VIRTUAL" | "BLENDED" | "EXTERNAL"}`)}</Td>
                        <Td>
                          <StatusBadge kind="participation" status={r.status}>{t(`participation.${r.status as (typeof RECORD_STATUSES)[number]}`)}</StatusBadge>
                        </Td>
                        <Td numeric className={r.counted ? undefined : "text-slate-400 line-through"}>
                          {duration(r.trainingDays)}
                        </Td>
                      </tr>
                    ))}
                  </TBody>
                </Table>
              </section>
            );
          })}
        </div>
      )}

      <div className="mt-10 grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="external-declared">
          <CardTitle id="external-declared">{t("external.mine")}</CardTitle>
          {external.length === 0 ? (
            <p className="text-sm text-slate-600">{t("external.none")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {external.map((x) => (
                <li key={x.id} className="py-3 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium text-slate-900">{x.title}</span>
                    <StatusBadge kind="externalLearning" status={x.status}>{t(`external.status.${x.status}`)}</StatusBadge>
                  </div>
                  <p className="text-slate-600">
                    {x.provider} · {categoryName.get(x.category.id) ?? x.category.name} · {date(x.endDate)} · {duration(x.trainingDays)}
                  </p>
                  {x.reviewNote && <p className="mt-1 text-slate-700">{t("external.note", { note: x.reviewNote })}</p>}
                  <a href={`/history/certificates/${x.id}`} className="text-brand-700 hover:underline">
                    {t("external.certificate")}
                    <span className="sr-only"> — {x.title}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="external-declare">
          <CardTitle id="external-declare">{t("external.declare")}</CardTitle>
          <p className="mb-4 text-sm text-slate-600">{t("external.intro")}</p>
          <ExternalForm categories={categories.map((c) => ({ id: c.id, name: c.name }))} today={toIsoDate(new Date())} />
        </Card>
      </div>
    </>
  );
}
