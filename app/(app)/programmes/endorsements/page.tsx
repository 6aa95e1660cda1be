import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { endorsementsFor } from "~/server/programmes/endorsement";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { BackLink } from "~/components/ui/link";
import { EndorsementBadge } from "~/components/programmes/status";
import { EndorsementForm } from "~/components/programmes/endorsement-form";

export async function generateMetadata() {
  const t = await getTranslations("programmes.endorsements");
  return { title: t("title") };
}

/** A manager's endorsements. Anyone may open it: it lists only applications naming them as manager. */
export default async function EndorsementsPage() {
  const actor = await requireActor();
  const locale = await getLocale();
  const t = await getTranslations("programmes");
  const tf = await getTranslations("format");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const { waiting, decided } = await endorsementsFor(actor.id, locale);
  return (
    <>
      <BackLink href="/programmes" label={t("detail.back")}>
        {t("detail.back")}
      </BackLink>
      <PageHeader title={t("endorsements.title")} description={t("endorsements.description")} />

      <section aria-labelledby="waiting-heading" className="space-y-4">
        <h2 id="waiting-heading" className="text-lg font-semibold text-slate-900">
          {t("endorsements.waiting")}
        </h2>
        {waiting.length === 0 ? (
          <p className="text-sm text-slate-600">{t("endorsements.emptyWaiting")}</p>
        ) : (
          <ul className="space-y-4">
            {waiting.map((a) => (
              <li key={a.id}>
                <Card as="article" aria-labelledby={`application-${a.id}`}>
                  <h3 id={`application-${a.id}`} className="text-base font-semibold text-slate-900">
                    {t("endorsements.applicant", { name: a.applicant, grade: a.grade })}
                  </h3>
                  <p className="text-sm text-slate-700">{t("endorsements.applyingTo", { programme: a.programmeName, cohort: a.cohortName })}</p>
                  <p className="mb-3 text-sm text-slate-600">{t("endorsements.callCloses", { date: day(a.closesOn) })}</p>
                  <h4 className="text-sm font-semibold text-slate-900">{t("endorsements.motivation")}</h4>
                  <p className="mb-3 text-sm whitespace-pre-line text-slate-800">{a.motivation}</p>
                  <h4 className="text-sm font-semibold text-slate-900">{t("endorsements.goals")}</h4>
                  <p className="mb-4 text-sm whitespace-pre-line text-slate-800">{a.goals}</p>
                  <EndorsementForm applicationId={a.id} applicant={a.applicant} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="decided-heading" className="mt-8 space-y-4">
        <h2 id="decided-heading" className="text-lg font-semibold text-slate-900">
          {t("endorsements.decided")}
        </h2>
        {decided.length === 0 ? (
          <p className="text-sm text-slate-600">{t("endorsements.emptyDecided")}</p>
        ) : (
          <ul className="space-y-3">
            {decided.map((a) => (
              <li key={a.id} className="rounded-lg bg-white p-4 text-sm shadow-xs ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-slate-900">{t("endorsements.applicant", { name: a.applicant, grade: a.grade })}</span>
                  <EndorsementBadge status={a.endorsement}>{a.endorsement === "ENDORSED" || a.endorsement === "DECLINED" ? t(`endorsements.answer.${a.endorsement}`) : a.endorsement}</EndorsementBadge>
                </div>
                <p className="text-slate-700">{t("endorsements.applyingTo", { programme: a.programmeName, cohort: a.cohortName })}</p>
                {a.endorsedAt && <p className="text-slate-600">{t("endorsements.answeredOn", { date: format.dateTime(a.endorsedAt, { dateStyle: "long" }) })}</p>}
                {a.comment && <p className="mt-1 text-slate-800">{tf("quoted", { text: a.comment })}</p>}
                {a.withdrawn && <p className="mt-1 text-slate-600">{t("endorsements.withdrawn")}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
