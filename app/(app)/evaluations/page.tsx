import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { localeOr } from "~/lib/i18n/locales";
import { ensureEvaluationRequests, myEvaluations, type MyEvaluation } from "~/server/evaluations/requests";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";

export async function generateMetadata() {
  const t = await getTranslations("evaluations");
  return { title: t("title") };
}

/** The person's evaluations: open ones to answer, and those answered (never the answers). */
export default async function MyEvaluationsPage() {
  const actor = await requireActor();
  const asOf = new Date();
  await ensureEvaluationRequests({ staffId: actor.id, asOf });
  const { open, answered } = await myEvaluations(actor.id, asOf, localeOr(actor.locale));
  const t = await getTranslations("evaluations");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });

  const item = (e: MyEvaluation) => (
    <li key={e.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium text-slate-900">{e.course}</p>
        <p className="text-sm text-slate-600">
          {t("meta", { date: date(e.date), kind: t(`kind.${e.kind}`) })}
        </p>
        {e.about && <p className="text-sm text-slate-600">{t("open.forPerson", { name: e.about })}</p>}
      </div>
      {e.answered ? (
        <Badge tone="success">{t("answered.done")}</Badge>
      ) : (
        <ButtonLink href={`/evaluations/${e.id}`} size="sm" aria-label={t("open.answerCourse", { course: e.course })}>
          {t("open.answer")}
        </ButtonLink>
      )}
    </li>
  );

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card aria-labelledby="open-evaluations">
          <CardTitle id="open-evaluations">{t("open.title")}</CardTitle>
          {open.length === 0 ? <EmptyState title={t("open.empty")} /> : <ul className="divide-y divide-slate-100">{open.map(item)}</ul>}
        </Card>
        <Card aria-labelledby="answered-evaluations">
          <CardTitle id="answered-evaluations">{t("answered.title")}</CardTitle>
          {answered.length === 0 ? <p className="text-sm text-slate-600">{t("answered.empty")}</p> : <ul className="divide-y divide-slate-100">{answered.map(item)}</ul>}
        </Card>
      </div>
    </>
  );
}
