import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import type { listTeam } from "~/server/people/people";

export async function TeamCard({ team }: { team: Awaited<ReturnType<typeof listTeam>> }) {
  const t = await getTranslations("home");
  return (
    <Card aria-labelledby="team-title">
      <CardTitle id="team-title" action={<ButtonLink href="/team" variant="secondary" size="sm">{t("viewTeam")}</ButtonLink>}>
        {t("teamTitle")}
      </CardTitle>
      <p className="text-sm text-slate-600">{t("teamCount", { count: team.length })}</p>
      <ul className="mt-3 divide-y divide-slate-100">
        {team.slice(0, 6).map((m) => (
          <li key={m.id} className="flex justify-between gap-4 py-2 text-sm">
            <span className="font-medium text-slate-900">{m.fullName}</span>
            <span className="text-slate-600">{m.grade}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
