import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TeamFigures } from "~/components/team/team-figures";
import { TeamTrainingDaysStats } from "~/components/team/team-training-days";
import type { TeamCompliance, TeamTrainingDays } from "~/server/team/compliance";

/** The manager's home: the team's compliance at a glance and its training days, with the way to /team. */
export async function TeamSummaryCard({ team, days }: { team: TeamCompliance; days: TeamTrainingDays }) {
  const t = await getTranslations("team.home");
  const tm = await getTranslations("home.managerHome");
  const overdue = new Set(team.rows.filter((r) => r.state === "OVERDUE").map((r) => r.staffId)).size;
  const due = new Set(team.rows.filter((r) => r.state === "DUE").map((r) => r.staffId)).size;
  return (
    <Card aria-labelledby="team-summary-title">
      <CardTitle id="team-summary-title" action={<ButtonLink href={overdue > 0 ? "/team?state=OVERDUE" : "/team"} variant="secondary" size="sm">{t("open")}</ButtonLink>}>
        {t("title")}
      </CardTitle>
      <p className={overdue > 0 ? "mb-3 text-sm font-medium text-red-700" : "mb-3 text-sm text-slate-600"}>
        {overdue === 0 && due === 0 ? t("allGood") : t("summary", { overdue: t("overdue", { count: overdue }), due: t("due", { count: due }) })}
      </p>
      <TeamFigures figures={team.figures} />
      <h3 className="mb-2 mt-5 text-sm font-semibold text-slate-900">{tm("daysTitle")}</h3>
      <TeamTrainingDaysStats years={days} />
    </Card>
  );
}
