import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Stat } from "~/components/ui/card";
import { formatDays } from "~/lib/training-days";
import type { TeamTrainingDays } from "~/server/team/compliance";

/** The team's training days this calendar year and last, exact decimals from the ledger. */
export async function TeamTrainingDaysStats({ years }: { years: TeamTrainingDays }) {
  const t = await getTranslations("team.days");
  const f = await getFormatter();
  const locale = await getLocale();
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {years.map((y) => (
        <Stat key={y.year} label={t("year", { year: String(y.year) })} value={t("value", { days: formatDays(y.trainingDays, locale) })} hint={t("participants", { count: y.participants, n: f.number(y.participants) })} />
      ))}
    </dl>
  );
}
