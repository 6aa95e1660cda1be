import { getFormatter, getTranslations } from "next-intl/server";
import { Stat } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { reportFormatters } from "~/components/reports/format";
import type { Period } from "~/lib/dates";
import { MIN_SATISFACTION_ANSWERS, mentoringStats } from "~/server/mentoring/stats";

/** MentorNet and coaching-network figures for the same periods, from the mentoring module's mentoringStats(). */
export async function MentoringSection({ period, comparePeriod }: { period: Period; comparePeriod: Period | null }) {
  const t = await getTranslations("reports.sections");
  const tm = await getTranslations("mentoring.stats");
  const tr = await getTranslations("reports.summary");
  const format = await getFormatter();
  const f = await reportFormatters();
  const [s, p] = await Promise.all([mentoringStats(period), comparePeriod ? mentoringStats(comparePeriod) : null]);
  const n = (v: number) => format.number(v);
  const hours = (v: string) => format.number(Number(v), { maximumFractionDigits: 2 });
  const previous = (v: string | null) => (p && v !== null ? tr("previous", { value: v }) : undefined);
  const share = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));

  return (
    <section aria-labelledby="mentoring-title" className="space-y-4" data-testid="report-mentoring">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="mentoring-title" className="text-lg font-semibold text-slate-900">
            {t("mentoringTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("mentoringDescription", { period: f.period(period) })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/api/exports/mentoring?from=${period.from}&to=${period.to}`} variant="secondary" size="sm" prefetch={false}>
            {t("mentoringCsv")}
          </ButtonLink>
          <ButtonLink href={`/admin/mentoring/stats?from=${period.from}&to=${period.to}`} variant="secondary" size="sm">
            {t("mentoringDetails")}
          </ButtonLink>
        </div>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={tm("active")} value={n(s.activePairings)} hint={previous(p && n(p.activePairings)) ?? tm("activeHint")} />
        <Stat label={tm("started")} value={n(s.pairingsStarted)} hint={previous(p && n(p.pairingsStarted))} />
        <Stat label={tm("completed")} value={n(s.pairingsCompleted)} hint={tm("endedEarly", { n: s.pairingsEndedEarly })} />
        <Stat
          label={tm("medianDuration")}
          value={s.medianDurationDays === null ? "—" : tm("days", { n: Math.round(s.medianDurationDays) })}
          hint={previous(p && (p.medianDurationDays === null ? "—" : tm("days", { n: Math.round(p.medianDurationDays) })))}
        />
        <Stat
          label={tm("answered")}
          value={share(s.answeredInTimeShare)}
          hint={tm("answeredHint", { answered: s.answeredInTime, requests: s.requests })}
        />
        <Stat
          label={tm("satisfaction")}
          value={s.satisfaction.average === null ? "—" : format.number(s.satisfaction.average, { maximumFractionDigits: 1 })}
          hint={
            s.satisfaction.average === null
              ? tm("satisfactionHidden", { n: s.satisfaction.answers, min: MIN_SATISFACTION_ANSWERS })
              : tm("satisfactionHint", { n: s.satisfaction.answers })
          }
        />
        <Stat label={tm("atCapacity")} value={n(s.mentorsAtCapacity)} hint={tm("atCapacityHint", { listed: s.mentorsListed })} />
        <Stat label={tm("coached")} value={n(s.coaching.people)} hint={previous(p && n(p.coaching.people))} />
        <Stat label={tm("hours")} value={hours(s.coaching.hours)} hint={previous(p && hours(p.coaching.hours))} />
        <Stat label={tm("sessions")} value={n(s.coaching.sessions)} hint={previous(p && n(p.coaching.sessions))} />
      </dl>
    </section>
  );
}
