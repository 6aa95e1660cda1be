import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { TextLink } from "~/components/ui/link";
import { formatDays } from "~/lib/training-days";
import type { PathView } from "~/server/paths/learner";
import { PathProgressBar } from "~/components/paths/progress-bar";

/** One published path in the list: what it is, how long, and where the person stands in it. */
export async function PathCard({ path }: { path: PathView }) {
  const t = await getTranslations("paths");
  const locale = await getLocale();
  const format = await getFormatter();
  const done = path.enrolment?.completedAt;
  return (
    <Card as="article" className="flex flex-col gap-3" aria-labelledby={`path-${path.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`path-${path.id}`} className="text-base font-semibold text-slate-900">
          <TextLink href={`/paths/${path.code}`}>{path.title}</TextLink>
        </h2>
        {done ? <Badge tone="success">{t("badge.completed")}</Badge> : path.enrolment ? <Badge tone="info">{t("badge.enrolled")}</Badge> : null}
      </div>
      {path.summary && <p className="text-sm text-slate-600">{path.summary}</p>}
      <p className="text-sm text-slate-600">
        {t("facts", { steps: path.steps.length, days: formatDays(path.totalDays, locale) })}
      </p>
      {done ? (
        <p className="text-sm text-green-800">{t("completedOn", { date: format.dateTime(done, { dateStyle: "long" }) })}</p>
      ) : (
        path.enrolment && <PathProgressBar done={path.progress.done} required={path.progress.required} label={t("progress", { done: Math.min(path.progress.done, path.progress.required), total: path.progress.required })} />
      )}
    </Card>
  );
}
