import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { renderError } from "~/server/errors";
import { getSessionForViewer } from "~/server/enrolment/sessions";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { EnrolButton } from "~/components/enrolment/enrol-button";
import { WithdrawButton } from "~/components/enrolment/withdraw-button";
import { durationText, sessionWhen } from "~/components/enrolment/when";
import { BackLink, TextLink } from "~/components/ui/link";
import { sessionPageTitle } from "~/components/enrolment/session-title";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("enrolment.session");
  return { title: await sessionPageTitle("session", (await params).id, t("title")) };
}

export default async function SessionPage({ params }: Params) {
  const actor = await requireActor();
  const { id } = await params;
  const s = await getSessionForViewer(actor, id, new Date(), localeOr(await getLocale()));
  if (!s) notFound();
  const t = await getTranslations("enrolment");
  const duration = await durationText();
  const format = await getFormatter();
  const w = await sessionWhen(s.days, s.timeZone);
  const others = await Promise.all(s.others.map(async (o) => ({ ...o, when: await sessionWhen([{ startsAt: o.startsAt, endsAt: o.startsAt }], o.timeZone) })));
  const cancelled = s.status === "CANCELLED";
  const what = `${s.course.title}, ${w.range}`;

  return (
    <>
      <BackLink href="/sessions" label={t("session.breadcrumb")}>
        {t("session.back")}
      </BackLink>
      <PageHeader
        title={s.course.title}
        description={`${w.range} · ${s.delivery === "VIRTUAL" ? t("delivery.VIRTUAL") : t("where", s.where)}`}
        actions={
          <>
            {s.canTakeAttendance && <ButtonLink href={`/sessions/${s.id}/attendance`}>{t("session.takeAttendance")}</ButtonLink>}
            {s.isAdmin && (
              <ButtonLink href={`/admin/sessions/${s.id}`} variant="secondary">
                {t("session.manage")}
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="mb-6 flex flex-wrap gap-2">
        <Badge tone="info">{t(`delivery.${s.delivery}`)}</Badge>
        <Badge>{s.course.category}</Badge>
        <Badge>{t("languageBadge", { language: s.language.toUpperCase() })}</Badge>
        {cancelled && <Badge tone="danger">{t("state.CANCELLED")}</Badge>}
      </div>
      {cancelled && (
        <div className="mb-6">
          <Alert tone="warning" title={t("session.cancelledTitle")}>
            {t("sessions.cancelledOn", { date: format.dateTime(s.cancelledAt ?? s.startsAt, { dateStyle: "medium" }), reason: s.cancelReason ?? "none" })}
          </Alert>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="session-when">
            <CardTitle id="session-when" action={<span className="text-sm text-slate-600">{w.zone}</span>}>
              {t("session.when")}
            </CardTitle>
            <ol className="space-y-1 text-sm text-slate-800">
              {w.lines.map((line, i) => (
                <li key={i} className="flex gap-3">
                  <span className="w-14 shrink-0 text-slate-500">{t("dayShort", { n: i + 1 })}</span>
                  <span>{line}</span>
                </li>
              ))}
            </ol>
            <p className="mt-3 text-sm text-slate-600">{t("session.credits", { duration: duration(s.trainingDays) })}</p>
          </Card>
          <Card aria-labelledby="session-about">
            <CardTitle id="session-about">{t("session.about")}</CardTitle>
            <p className="text-sm text-slate-700">{s.summary}</p>
            {s.notes && <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{s.notes}</p>}
            <p className="mt-3 text-sm">
              <TextLink href={`/courses/${encodeURIComponent(s.course.code)}`}>
                {t("session.courseLink")}
              </TextLink>
            </p>
          </Card>
          {s.others.length > 0 && (
            <Card aria-labelledby="session-others">
              <CardTitle id="session-others">{t("session.others")}</CardTitle>
              <ul className="divide-y divide-slate-100 text-sm">
                {others.map((o) => (
                  <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <TextLink href={`/sessions/${o.id}`}>
                      {o.when.range} · {t("where", o.where)}
                    </TextLink>
                    <span className="text-slate-600">{o.seatsLeft > 0 ? t("seatsLeftShort", { count: o.seatsLeft }) : t("fullWaitlist")}</span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
        <div className="space-y-6">
          <Card aria-labelledby="session-place">
            <CardTitle id="session-place">{t("session.yourPlace")}</CardTitle>
            <div className="space-y-3 text-sm text-slate-700">
              {s.mine && (s.mine.state === "ENROLLED" || s.mine.state === "WAITLISTED") && !cancelled ? (
                <p data-testid="my-place">{s.mine.state === "ENROLLED" ? t("session.youAreEnrolled") : t("session.youAreWaiting", { rank: s.mine.waitlistRank ?? 0 })}</p>
              ) : s.mine && s.mine.state !== "WITHDRAWN" ? (
                <p data-testid="my-place">{t(`session.state.${s.mine.state}`)}</p>
              ) : (
                <p>{s.enrolProblem ? renderError(actor.locale, s.enrolProblem.key, s.enrolProblem.params) : (s.seatsLeft > 0 ? t("session.seatsOpen", { count: s.seatsLeft }) : t("session.fullHint", { waiting: s.waitlisted }))}</p>
              )}
              <div className="flex flex-wrap gap-2">
                {s.canEnrol && <EnrolButton sessionId={s.id} full={s.seatsLeft === 0} label={s.seatsLeft > 0 ? t("enrol") : t("joinWaitlist")} />}
                {s.canWithdraw && s.mine && <WithdrawButton enrollmentId={s.mine.enrollmentId} waitlisted={s.mine.state === "WAITLISTED"} what={what} />}
                {!cancelled && (
                  <a href={`/api/sessions/${s.id}/ics`} download className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
                    {t("addToCalendar")}
                  </a>
                )}
              </div>
            </div>
          </Card>
          <Card aria-labelledby="session-details">
            <CardTitle id="session-details">{t("session.details")}</CardTitle>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-600">{t("session.where")}</dt>
              <dd className="text-slate-900">
                {s.delivery === "VIRTUAL" ? (
                  s.meetingUrl ? (
                    <a href={s.meetingUrl} className="break-all text-brand-700 hover:underline">
                      {t("session.joinLink")}
                    </a>
                  ) : (
                    t("session.linkForParticipants")
                  )
                ) : (
                  t("where", s.where)
                )}
              </dd>
              <dt className="text-slate-600">{t("session.trainer")}</dt>
              <dd className="text-slate-900">{s.trainer ?? t("session.trainerTba")}</dd>
              <dt className="text-slate-600">{t("session.seats")}</dt>
              <dd className="text-slate-900">{t("session.seatsTaken", { enrolled: s.enrolled, capacity: s.capacity })}</dd>
              <dt className="text-slate-600">{t("session.waiting")}</dt>
              <dd className="text-slate-900">{s.waitlisted}</dd>
              <dt className="text-slate-600">{t("session.deadline")}</dt>
              <dd className="text-slate-900">
                {s.enrolmentClosesAt.getTime() === s.startsAt.getTime()
                  ? t("session.closesAtStart")
                  : format.dateTime(new Date(s.enrolmentClosesAt.getTime() - 60_000), { timeZone: s.timeZone, dateStyle: "medium", timeStyle: "short" })}
              </dd>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
