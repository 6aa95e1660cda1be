import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { StatsPeriodInput } from "~/lib/schemas/mentoring";
import { periodPreset } from "~/lib/dates";
import { MIN_SATISFACTION_ANSWERS, mentoringStats } from "~/server/mentoring/stats";
import { PageHeader } from "~/components/ui/page-header";
import { Stat } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { Alert } from "~/components/ui/alert";
import { StatsPeriodForm } from "~/components/mentoring/admin/stats-period-form";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.stats");
  return { title: t("title") };
}

export default async function MentoringStatsPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  await requireRole("LD_ADMIN", "AUDITOR");
  const t = await getTranslations("mentoring.stats");
  const format = await getFormatter();
  const sp = await searchParams;
  const asOf = new Date();
  const fallback = periodPreset("reportYear", { asOf });
  const parsed = StatsPeriodInput.safeParse({ from: sp.from, to: sp.to });
  const period = parsed.success ? parsed.data : fallback;
  const invalid = (sp.from !== undefined || sp.to !== undefined) && !parsed.success;
  const s = await mentoringStats(period);
  const presets = [
    { label: t("thisReportYear"), ...fallback },
    { label: t("lastReportYear"), ...periodPreset("reportYear", { asOf, year: Number(fallback.from.slice(0, 4)) - 1 }) },
    { label: t("calendarYear"), ...periodPreset("calendarYear", { asOf }) },
    { label: t("pilotYear"), from: "2019-07-01", to: "2020-06-30" },
  ];
  const n = (v: number) => format.number(v);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { from: day(period.from), to: day(period.to) })}
        actions={
          <ButtonLink href={`/api/exports/mentoring?from=${period.from}&to=${period.to}`} variant="secondary" prefetch={false}>
            {t("csv")}
          </ButtonLink>
        }
      />
      {invalid && <Alert tone="warning">{t("invalidPeriod")}</Alert>}
      <div className="mb-6 flex flex-wrap items-end gap-4">
        <StatsPeriodForm from={period.from} to={period.to} />
        <nav aria-label={t("presets")} className="flex flex-wrap gap-2">
          {presets.map((p) => (
            <Link key={p.label} href={`/admin/mentoring/stats?from=${p.from}&to=${p.to}`} className="rounded-full bg-white px-3 py-1 text-sm text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50">
              {p.label}
            </Link>
          ))}
        </nav>
      </div>
      <h2 className="mb-3 text-base font-semibold text-slate-900">{t("mentoring")}</h2>
      <dl className="mb-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("active")} value={n(s.activePairings)} hint={t("activeHint")} />
        <Stat label={t("started")} value={n(s.pairingsStarted)} />
        <Stat label={t("completed")} value={n(s.pairingsCompleted)} hint={t("endedEarly", { n: s.pairingsEndedEarly })} />
        <Stat label={t("medianDuration")} value={s.medianDurationDays === null ? "—" : t("days", { n: Math.round(s.medianDurationDays) })} />
        <Stat
          label={t("answered")}
          value={s.answeredInTimeShare === null ? "—" : format.number(s.answeredInTimeShare, { style: "percent", maximumFractionDigits: 0 })}
          hint={t("answeredHint", { answered: s.answeredInTime, requests: s.requests })}
        />
        <Stat
          label={t("satisfaction")}
          value={s.satisfaction.average === null ? "—" : format.number(s.satisfaction.average, { maximumFractionDigits: 1 })}
          hint={s.satisfaction.average === null ? t("satisfactionHidden", { n: s.satisfaction.answers, min: MIN_SATISFACTION_ANSWERS }) : t("satisfactionHint", { n: s.satisfaction.answers })}
        />
        <Stat label={t("atCapacity")} value={n(s.mentorsAtCapacity)} hint={t("atCapacityHint", { listed: s.mentorsListed })} />
      </dl>
      <h2 className="mb-3 text-base font-semibold text-slate-900">{t("coaching")}</h2>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label={t("coached")} value={n(s.coaching.people)} />
        <Stat label={t("hours")} value={format.number(Number(s.coaching.hours), { maximumFractionDigits: 2 })} />
        <Stat label={t("sessions")} value={n(s.coaching.sessions)} />
      </dl>
    </>
  );
}
