import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { durationText } from "~/components/enrolment/when";
import type { recentCompletions } from "~/server/home/learner";

/** The last participations the ledger counts, with what they credited as people say it ("2 hours", "1 day"). */
export async function CompletionsCard({ rows }: { rows: Awaited<ReturnType<typeof recentCompletions>> }) {
  const t = await getTranslations("home.completions");
  const f = await getFormatter();
  const duration = await durationText();
  return (
    <Card aria-labelledby="completions-title">
      <CardTitle id="completions-title" action={<ButtonLink href="/history" variant="secondary" size="sm">{t("all")}</ButtonLink>}>
        {t("title")}
      </CardTitle>
      {rows.length === 0 ? (
        <div className="text-sm text-slate-600">
          <p className="font-medium text-slate-900">{t("empty")}</p>
          <p className="mt-1">{t("emptyHint")}</p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {rows.map((r) => (
            <li key={r.id} className="py-2">
              <p className="font-medium text-slate-900">{r.courseTitle}</p>
              <p className="text-slate-600">
                {f.dateTime(new Date(`${r.endDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })} · {duration(r.trainingDays)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
