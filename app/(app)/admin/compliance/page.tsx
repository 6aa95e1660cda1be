import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireRole } from "~/server/auth/guards";
import { listRequirements } from "~/server/compliance/requirements";
import { complianceFilterOptions, dashboardOverview, sumCounts, type PersonStateRow, type StateCounts } from "~/server/compliance/dashboard";
import { getComplianceSettings } from "~/server/compliance/settings";
import { escalationFilter } from "~/server/compliance/reminders";
import { toIsoDate } from "~/lib/dates";
import { listFilterToQuery } from "~/lib/schemas/compliance";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Badge } from "~/components/ui/badge";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { AudienceText, DeadlineText, ValidityText } from "~/components/compliance/audience-text";
import { CountCell } from "~/components/compliance/count-cell";
import { RunRemindersButton } from "~/components/compliance/run-reminders-button";
import { TextLink } from "~/components/ui/link";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";
import { FreshnessNote } from "~/components/reports/freshness-note";

export async function generateMetadata() {
  const t = await getTranslations("compliance.dashboard");
  return { title: t("title") };
}

const EMPTY: StateCounts = { OVERDUE: 0, DUE: 0, NOT_DUE_YET: 0, COMPLIANT: 0, EXEMPT: 0, total: 0 };

/** L&D's compliance dashboard: per requirement, who is compliant, due and overdue (optionally for one department or sector), and the escalation list. */
export default async function ComplianceDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const isAdmin = actor.roles.includes("LD_ADMIN");
  const sp = await searchParams;
  const t = await getTranslations("compliance.dashboard");
  const ts = await getTranslations("compliance.state");
  const format = await getFormatter();
  const today = toIsoDate(new Date());
  const [{ departments, sectors }, settings] = await Promise.all([complianceFilterOptions(), getComplianceSettings()]);
  const departmentId = departments.find((d) => d.id === sp.department)?.id;
  const sectorId = sectors.find((s) => s.id === sp.sector)?.id;
  const [requirements, overview] = await Promise.all([
    listRequirements(),
    dashboardOverview(today, { departmentId, sectorId, escalateAfterDays: settings.escalateAfterDays, escalationLimit: 15 }, localeOr(await getLocale())),
  ]);
  const counts = overview.byRequirement;
  const totals = sumCounts([...counts.values()].map((c) => c.counts));
  const escalatedTotal = overview.escalatedTotal;
  const pct = (n: number) => (totals.total ? format.number(n / totals.total, { style: "percent", maximumFractionDigits: 1 }) : "–");
  const scope = { departmentId, sectorId };

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href={`/admin/compliance/people${listFilterToQuery(scope)}`} variant="secondary">
              {t("people")}
            </ButtonLink>
            <ButtonLink href={`/api/exports/compliance${listFilterToQuery(scope)}`} variant="secondary" prefetch={false}>
              {t("exportCsv")}
            </ButtonLink>
            {isAdmin && (
              <>
                <ButtonLink href="/admin/compliance/settings" variant="secondary">
                  {t("settings")}
                </ButtonLink>
                <ButtonLink href="/admin/compliance/requirements/new">{t("newRequirement")}</ButtonLink>
              </>
            )}
          </>
        }
      />

      <FreshnessNote />

      <FilterBar
        label={t("filterTitle")}
        apply={t("apply")}
        reset={departmentId || sectorId ? { href: "/admin/compliance", label: t("clear") } : null}
        aside={t("asOf", { date: format.dateTime(new Date(`${today}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}
      >
        <FilterSelect className="w-64" label={t("department")} name="department" value={departmentId} any={t("allDepartments")} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        <FilterSelect className="w-64" label={t("sector")} name="sector" value={sectorId} any={t("allSectors")} options={sectors.map((d) => ({ value: d.id, label: d.name }))} />
      </FilterBar>

      <section aria-labelledby="totals" className="mb-8">
        <h2 id="totals" className="sr-only">
          {t("totals")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="compliance-totals">
          <Stat label={t("compliantShare")} value={pct(totals.COMPLIANT)} hint={t("ofAudience", { pct: format.number(totals.COMPLIANT), total: format.number(totals.total) })} />
          <Stat label={t("dueCount")} value={format.number(totals.DUE)} hint={pct(totals.DUE)} />
          <Stat label={t("overdueCount")} value={format.number(totals.OVERDUE)} hint={pct(totals.OVERDUE)} />
          <Stat label={t("escalatedCount")} value={format.number(escalatedTotal)} hint={t("escalatedHint", { days: settings.escalateAfterDays })} />
        </dl>
      </section>

      <section aria-labelledby="requirements-title" className="mb-10">
        <h2 id="requirements-title" className="mb-3 text-lg font-semibold text-slate-900">
          {t("requirements")}
        </h2>
        {requirements.length === 0 ? (
          <EmptyState title={t("noRequirements")} />
        ) : (
          <Table caption={t("requirements")}>
            <thead>
              <tr>
                <Th>{t("course")}</Th>
                <Th>{t("audience")}</Th>
                <Th>{t("deadline")}</Th>
                <Th>{t("validity")}</Th>
                <Th numeric>{t("inAudience")}</Th>
                <Th numeric>{ts("COMPLIANT")}</Th>
                <Th numeric>{ts("DUE")}</Th>
                <Th numeric>{ts("OVERDUE")}</Th>
                <Th numeric>{ts("NOT_DUE_YET")}</Th>
                <Th numeric>{ts("EXEMPT")}</Th>
              </tr>
            </thead>
            <TBody>
              {requirements.map((r) => {
                const c = counts.get(r.id)?.counts ?? EMPTY;
                return (
                  <tr key={r.id} data-requirement={r.course.code}>
                    <Td className="font-medium">
                      <TextLink href={`/admin/compliance/requirements/${r.id}`} aria-label={t("detailsOf", { course: r.course.title })}>
                        {r.course.title}
                      </TextLink>
                      <span className="ml-2 font-mono text-xs text-slate-500">{r.course.code}</span>
                    </Td>
                    <Td>
                      <AudienceText r={r} />
                    </Td>
                    <Td>
                      <DeadlineText r={r} />
                    </Td>
                    <Td>
                      <ValidityText months={r.validityMonths} />
                    </Td>
                    <Td numeric>{format.number(c.total)}</Td>
                    <CountCell n={c.COMPLIANT} total={c.total} />
                    <CountCell n={c.DUE} total={c.total} />
                    <CountCell n={c.OVERDUE} total={c.total} strong />
                    <CountCell n={c.NOT_DUE_YET} total={c.total} />
                    <CountCell n={c.EXEMPT} total={c.total} />
                  </tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <EscalationList rows={overview.escalation} total={overview.escalatedTotal} days={settings.escalateAfterDays} seeAll={`/admin/compliance/people${listFilterToQuery({ ...scope, ...escalationFilter(settings.escalateAfterDays) })}`} />
        </div>
        {isAdmin && (
          <Card aria-labelledby="reminders-title">
            <CardTitle id="reminders-title">{t("outbox")}</CardTitle>
            <p className="mb-4 text-sm text-slate-600">{t("jobNote")}</p>
            <div className="flex flex-wrap gap-2">
              <RunRemindersButton />
              <ButtonLink href="/admin/outbox" variant="ghost">
                {t("outbox")}
              </ButtonLink>
            </div>
          </Card>
        )}
      </div>
    </>
  );
}

async function EscalationList({
  rows,
  total,
  days,
  seeAll,
}: {
  rows: PersonStateRow[];
  total: number;
  days: number;
  seeAll: string;
}) {
  const t = await getTranslations("compliance.dashboard");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const tp = await getTranslations("compliance.people");
  return (
    <section aria-labelledby="escalation-title">
      <h2 id="escalation-title" className="text-lg font-semibold text-slate-900">
        {t("escalation")} <Badge tone={total ? "danger" : "success"}>{total}</Badge>
      </h2>
      <p className="mb-3 mt-1 text-sm text-slate-600">{t("escalationDescription", { days })}</p>
      {rows.length === 0 ? (
        <EmptyState title={t("escalationEmpty", { days })} />
      ) : (
        <>
          <Table caption={t("escalation")}>
            <thead>
              <tr>
                <Th>{tp("name")}</Th>
                <Th>{t("course")}</Th>
                <Th>{t("department")}</Th>
                <Th>{t("manager")}</Th>
                <Th>{t("dueOn")}</Th>
                <Th numeric>{t("daysOverdue")}</Th>
              </tr>
            </thead>
            <TBody>
              {rows.map((r) => (
                <tr key={`${r.staffId}:${r.requirementId}`}>
                  <Td className="font-medium">
                    <TextLink href={`/compliance/${r.requirementId}?person=${encodeURIComponent(r.staffId)}`}>
                      {r.fullName}
                    </TextLink>
                  </Td>
                  <Td>{r.courseCode}</Td>
                  <Td>{r.department}</Td>
                  <Td>{r.manager}</Td>
                  <Td>{r.dueOn ? day(r.dueOn) : null}</Td>
                  <Td numeric className="font-semibold text-red-800">
                    {r.daysOverdue}
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
          {total > rows.length && (
            <p className="mt-2 text-sm">
              <TextLink href={seeAll}>
                {t("seeAllEscalated", { count: total })}
              </TextLink>
            </p>
          )}
        </>
      )}
    </section>
  );
}
