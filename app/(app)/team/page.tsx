import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { buttonClass } from "~/components/ui/button";
import { TeamCompliance } from "~/components/compliance/team-compliance";
import { TeamFigures } from "~/components/team/team-figures";
import { TeamFilters } from "~/components/team/team-filters";
import { TeamTrainingDaysStats } from "~/components/team/team-training-days";
import { teamCompliance, teamTrainingDays } from "~/server/team/compliance";
import { teamFilterFromSearchParams, teamFilterToQuery } from "~/lib/schemas/team";
import { toIsoDate } from "~/lib/dates";
import { TeamCertificatesCard } from "~/components/certificates/team-certificates-card";

export async function generateMetadata() {
  const t = await getTranslations("team");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The manager's team: compliance at a glance, the filtered person × course list with reminders, CSV, training days. */
export default async function TeamPage({ searchParams }: Props) {
  const actor = await requireRole("MANAGER");
  const t = await getTranslations("team");
  const filter = teamFilterFromSearchParams(await searchParams);
  const today = toIsoDate(new Date());
  const [team, days] = await Promise.all([teamCompliance(actor.id, today, filter), teamTrainingDays(actor.id, today, filter.scope)]);
  const query = teamFilterToQuery(filter);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href={`/api/exports/team${query ? `?${query}` : ""}`} download className={buttonClass("secondary")} aria-label={t("csv.downloadLabel")}>
            {t("csv.download")}
          </a>
        }
      />
      <TeamFilters filter={filter} requirements={team.figures} count={team.rows.length} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card aria-labelledby="figures-title" className="lg:col-span-2">
          <CardTitle id="figures-title">{t("figures.title")}</CardTitle>
          <p className="-mt-2 mb-3 text-sm text-slate-600">{t("figures.description")}</p>
          <TeamFigures figures={team.figures} />
        </Card>
        <Card aria-labelledby="days-title">
          <CardTitle id="days-title">{t("days.title")}</CardTitle>
          <p className="-mt-2 mb-3 text-sm text-slate-600">{t("days.description")}</p>
          <TeamTrainingDaysStats years={days} />
        </Card>
      </div>
      <TeamCompliance rows={team.rows} showManager={filter.scope === "all"} />
      <TeamCertificatesCard managerId={actor.id} />
    </>
  );
}
