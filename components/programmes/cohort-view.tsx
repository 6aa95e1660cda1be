import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammeComponentKind } from "~/server/generated/prisma/enums";
import type { CohortComponent } from "~/server/programmes/participant";
import { Card, CardTitle } from "~/components/ui/card";
import { TextLink } from "~/components/ui/link";
import { ProgressBadge } from "~/components/programmes/status";

type ListedComponent = { id: string; kind: ProgrammeComponentKind; title: string; startsOn: Date | null; endsOn: Date | null; coachingHours: number | null };

/** A cohort's components in order: kind, title, dates (and coaching hours offered). */
export async function ComponentList({ components }: { components: ListedComponent[] }) {
  const t = await getTranslations("programmes");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ol className="space-y-2">
      {components.map((c) => (
        <li key={c.id} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
          <span className="block text-xs font-medium tracking-wide text-slate-500 uppercase">{t(`kind.${c.kind}`)}</span>
          <span className="block font-medium text-slate-900">{c.title}</span>
          {c.startsOn && <span className="block text-slate-600">{t("dates", { starts: day(c.startsOn), ends: day(c.endsOn ?? c.startsOn) })}</span>}
          {c.kind === "COACHING" && c.coachingHours !== null && <span className="block text-slate-600">{t("detail.coachingOffered", { hours: c.coachingHours })}</span>}
        </li>
      ))}
    </ol>
  );
}

type Cohort = {
  name: string;
  startsOn: Date;
  endsOn: Date;
  status: string;
  components: CohortComponent[];
  coachingHoursOffered: number;
  coachingHoursReceived: number;
};

/** "Your cohort": the participant's components in order, with links, dates and their progress. */
export async function CohortView({ cohort }: { cohort: Cohort }) {
  const t = await getTranslations("programmes");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const long = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const hours = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  return (
    <Card aria-labelledby="cohort-heading" className="mb-6">
      <CardTitle id="cohort-heading">{t("cohort.heading")}</CardTitle>
      <p className="mb-3 text-sm text-slate-700">{t("cohort.intro", { name: cohort.name, starts: long(cohort.startsOn), ends: long(cohort.endsOn) })}</p>
      {cohort.coachingHoursOffered > 0 && (
        <p className="mb-3 text-sm text-slate-700">{t("cohort.coaching", { received: hours(cohort.coachingHoursReceived), offered: hours(cohort.coachingHoursOffered) })}</p>
      )}
      <ol className="space-y-2">
        {cohort.components.map((c) => (
          <li key={c.id} className="flex flex-col gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between">
            <div>
              <span className="block text-xs font-medium tracking-wide text-slate-500 uppercase">{t(`kind.${c.kind}`)}</span>
              {c.href ? (
                <TextLink href={c.href} className="font-medium" aria-label={t("cohort.open", { title: c.title })}>
                  {c.title}
                </TextLink>
              ) : (
                <span className="font-medium text-slate-900">{c.title}</span>
              )}
              {c.startsOn && <span className="block text-slate-600">{t("dates", { starts: day(c.startsOn), ends: day(c.endsOn ?? c.startsOn) })}</span>}
              {c.kind === "COACHING" && c.hours !== null && <span className="block text-slate-600">{t("cohort.hours", { hours: hours(c.hours) })}</span>}
            </div>
            <ProgressBadge status={c.status}>{t(`cohort.progress.${c.status}`)}</ProgressBadge>
          </li>
        ))}
      </ol>
    </Card>
  );
}
