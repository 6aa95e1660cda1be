import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { programmeDetail, programmeNameByCode } from "~/server/programmes/catalogue";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Alert } from "~/components/ui/alert";
import { BackLink } from "~/components/ui/link";
import { ApplicationForm, WithdrawApplicationButton } from "~/components/programmes/application-form";
import { MyApplicationsTable } from "~/components/programmes/my-applications";
import { ApplicationBadge, EndorsementBadge } from "~/components/programmes/status";
import { EligibilityChecklist } from "~/components/programmes/eligibility-checklist";
import { ComponentList, CohortView } from "~/components/programmes/cohort-view";
import { verdictSentence, type EligibilityT } from "~/components/programmes/eligibility-words";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("programmes");
  const name = await programmeNameByCode(decodeURIComponent((await params).code), await getLocale());
  return { title: name ? t("detail.pageTitle", { name }) : t("title") };
}

export default async function ProgrammePage({ params }: Params) {
  const actor = await requireActor();
  const code = decodeURIComponent((await params).code);
  const locale = await getLocale();
  const p = await programmeDetail(actor.id, code, new Date(), locale);
  if (!p) notFound();
  const t = await getTranslations("programmes");
  const te = (await getTranslations("programmes.eligibility")) as unknown as EligibilityT;
  const tf = await getTranslations("format");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const call = p.openCall;
  const mine = p.openApplication;
  return (
    <>
      <BackLink href="/programmes" label={t("detail.back")}>
        {t("detail.back")}
      </BackLink>
      <PageHeader title={p.name} description={p.summary} />

      {p.cohort && <CohortView cohort={p.cohort} />}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="about-heading">
            <CardTitle id="about-heading">{t("detail.about")}</CardTitle>
            <p className="text-sm text-slate-600">{t("detail.duration", { months: p.durationMonths })}</p>
            {p.description && <p className="mt-3 text-sm whitespace-pre-line text-slate-800">{p.description}</p>}
          </Card>

          <Card aria-labelledby="call-heading">
            <CardTitle id="call-heading">{t("detail.call")}</CardTitle>
            {call ? (
              <div className="space-y-3">
                <p className="text-sm text-slate-800">
                  <span className="font-medium">{call.name}</span> · {t("detail.places", { count: call.places })}
                </p>
                <p className="text-sm text-slate-700">{t("detail.callDates", { opens: day(call.opensOn), closes: day(call.closesOn) })}</p>
                <p className="text-sm text-slate-700">{t("detail.cohortDates", { starts: day(call.startsOn), ends: day(call.endsOn) })}</p>
                <h3 className="pt-2 text-sm font-semibold text-slate-900">{t("detail.components")}</h3>
                {call.components.length === 0 ? <p className="text-sm text-slate-600">{t("detail.noComponents")}</p> : <ComponentList components={call.components} />}
              </div>
            ) : (
              <p className="text-sm text-slate-600">{t("detail.noCall")}</p>
            )}
          </Card>

          {call && (
            <Card aria-labelledby="apply-heading">
              <CardTitle id="apply-heading">{mine ? t("application.heading") : t("apply.heading")}</CardTitle>
              {mine ? (
                <div className="space-y-3 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <ApplicationBadge status={mine.status}>{t(`status.${mine.status}`)}</ApplicationBadge>
                    <EndorsementBadge status={mine.endorsement}>{t(`endorsementState.${mine.endorsement}`)}</EndorsementBadge>
                  </div>
                  <p className="text-slate-600">{t("application.submittedOn", { date: format.dateTime(mine.submittedAt, { dateStyle: "long" }) })}</p>
                  {mine.waitlistPosition !== null && <p>{t("application.waitlistPosition", { position: mine.waitlistPosition })}</p>}
                  {mine.endorsementComment && <p className="text-slate-800">{t("application.managerComment", { comment: tf("quoted", { text: mine.endorsementComment }) })}</p>}
                  {mine.canWithdraw && <WithdrawApplicationButton applicationId={mine.id} />}
                </div>
              ) : p.verdict?.eligible ? (
                <div className="space-y-4">
                  <p className="text-sm text-slate-600">{t("apply.intro")}</p>
                  <ApplicationForm cohortId={call.id} />
                </div>
              ) : (
                <Alert tone="warning" title={t("apply.cannot")}>
                  {p.verdict ? verdictSentence(te, locale, p.verdict) : null}
                </Alert>
              )}
            </Card>
          )}

          {p.applications.some((a) => a.id !== mine?.id) && (
            <section aria-labelledby="mine-heading" className="space-y-3">
              <h2 id="mine-heading" className="text-base font-semibold text-slate-900">
                {t("mine.heading")}
              </h2>
              <MyApplicationsTable applications={p.applications.filter((a) => a.id !== mine?.id)} />
            </section>
          )}
        </div>

        <div className="space-y-6">
          {p.verdict && (
            <Card aria-labelledby="eligibility-heading">
              <CardTitle id="eligibility-heading">{t("eligibility.heading")}</CardTitle>
              <p className={p.verdict.eligible ? "mb-3 text-sm font-medium text-green-800" : "mb-3 text-sm text-slate-800"}>{verdictSentence(te, locale, p.verdict)}</p>
              <EligibilityChecklist verdict={p.verdict} />
            </Card>
          )}
          {p.pastCohorts.length > 0 && (
            <Card aria-labelledby="past-heading">
              <CardTitle id="past-heading">{t("detail.pastCohorts")}</CardTitle>
              <ul className="space-y-2 text-sm text-slate-700">
                {p.pastCohorts.map((c) => (
                  <li key={c.name}>{t("detail.pastCohort", { name: c.name, count: c.participants, starts: day(c.startsOn), ends: day(c.endsOn) })}</li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
