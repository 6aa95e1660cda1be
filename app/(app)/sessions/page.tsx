import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { listMySessions, listOpenSessions } from "~/server/enrolment/sessions";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { ButtonLink } from "~/components/ui/button";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { EnrolButton } from "~/components/enrolment/enrol-button";
import { WithdrawButton } from "~/components/enrolment/withdraw-button";
import { durationText, sessionWhen } from "~/components/enrolment/when";
import { TextLink } from "~/components/ui/link";

export async function generateMetadata() {
  const t = await getTranslations("enrolment.sessions");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ course?: string | string[] }> };

/** A learner's sessions (upcoming, waiting, recently cancelled) and the sessions open for enrolment. */
export default async function SessionsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const sp = await searchParams;
  const courseCode = (Array.isArray(sp.course) ? sp.course[0] : sp.course)?.trim().toUpperCase() || undefined;
  const t = await getTranslations("enrolment");
  const duration = await durationText();
  const format = await getFormatter();
  const locale = localeOr(await getLocale());
  const [mine, open] = await Promise.all([listMySessions(actor.id, new Date(), locale), listOpenSessions(actor, { courseCode }, new Date(), locale)]);
  const mineWhen = await Promise.all(mine.map((m) => sessionWhen(m.session.days, m.session.timeZone)));
  const openWhen = await Promise.all(open.map((s) => sessionWhen(s.days, s.timeZone)));

  return (
    <>
      <PageHeader title={t("sessions.title")} description={t("sessions.description")} actions={<ButtonLink href="/history" variant="secondary">{t("sessions.toHistory")}</ButtonLink>} />

      <section aria-labelledby="my-sessions" className="mb-10">
        <h2 id="my-sessions" className="mb-3 text-lg font-semibold text-slate-900">
          {t("sessions.mine")}
        </h2>
        {mine.length === 0 ? (
          <EmptyState title={t("sessions.mineEmpty")}>{t("sessions.mineEmptyHint")}</EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {mine.map((m, i) => {
              const s = m.session;
              const w = mineWhen[i]!;
              const cancelled = s.status === "CANCELLED";
              // Closed for the person by L&D: the session was cancelled, or its waiting list closed before a seat came free.
              const closed = cancelled || m.state === "WAITLIST_CLOSED";
              return (
                <li key={m.enrollmentId}>
                  <Card as="article" className="flex h-full flex-col" aria-labelledby={`mine-${m.enrollmentId}`}>
                    <div className="flex items-start justify-between gap-3">
                      <h3 id={`mine-${m.enrollmentId}`} className="font-semibold text-slate-900">
                        <Link href={`/sessions/${s.id}`} className="hover:underline">
                          {s.course.title}
                        </Link>
                      </h3>
                      {cancelled ? (
                        <Badge tone="danger">{t("state.CANCELLED")}</Badge>
                      ) : m.state === "WAITLIST_CLOSED" ? (
                        <Badge tone="neutral">{t("state.WAITLIST_CLOSED")}</Badge>
                      ) : m.state === "WAITLISTED" ? (
                        <Badge tone="warning">{t("waitlistRank", { rank: m.waitlistRank ?? 0 })}</Badge>
                      ) : (
                        <Badge tone="success">{t("state.ENROLLED")}</Badge>
                      )}
                    </div>
                    <p className="mt-1 text-sm text-slate-700">
                      {w.range} · {w.zone}
                    </p>
                    <p className="text-sm text-slate-600">{t("where", s.where)}</p>
                    {cancelled && (
                      <p className="mt-2 text-sm text-red-800">
                        {t("sessions.cancelledOn", { date: format.dateTime(s.cancelledAt ?? m.stateChangedAt, { dateStyle: "medium" }), reason: s.cancelReason ?? "none" })}
                      </p>
                    )}
                    {!cancelled && m.state === "WAITLIST_CLOSED" && (
                      <p className="mt-2 text-sm text-slate-700">
                        {t("sessions.waitlistClosedOn", { date: format.dateTime(s.waitlistClosedAt ?? m.stateChangedAt, { dateStyle: "medium" }), reason: s.waitlistCloseReason ?? "none" })}
                      </p>
                    )}
                    <div className="mt-4 flex flex-wrap gap-2">
                      {closed ? (
                        <ButtonLink href={`/sessions?course=${encodeURIComponent(s.course.code)}`} size="sm">
                          {t("sessions.chooseAnother")}
                        </ButtonLink>
                      ) : (
                        <>
                          <a href={`/api/sessions/${s.id}/ics`} download className="inline-flex items-center rounded-md px-2.5 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
                            {t("addToCalendar")}
                            <span className="sr-only"> — {s.course.title}</span>
                          </a>
                          {m.canWithdraw && <WithdrawButton size="sm" enrollmentId={m.enrollmentId} waitlisted={m.state === "WAITLISTED"} what={`${s.course.title}, ${w.range}`} />}
                        </>
                      )}
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="open-sessions">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="open-sessions" className="text-lg font-semibold text-slate-900">
            {courseCode ? t("sessions.openForCourse", { code: courseCode }) : t("sessions.open")}
          </h2>
          {courseCode && (
            <TextLink href="/sessions" className="text-sm">
              {t("sessions.allCourses")}
            </TextLink>
          )}
        </div>
        {open.length === 0 ? (
          <EmptyState title={t("sessions.openEmpty")}>{t("sessions.openEmptyHint")}</EmptyState>
        ) : (
          <Table caption={t("sessions.open")}>
            <thead>
              <tr>
                <Th>{t("col.course")}</Th>
                <Th>{t("col.dates")}</Th>
                <Th>{t("col.where")}</Th>
                <Th>{t("col.language")}</Th>
                <Th numeric>{t("col.trainingDays")}</Th>
                <Th>{t("col.seats")}</Th>
                <Th className="text-right">{t("col.action")}</Th>
              </tr>
            </thead>
            <TBody>
              {open.map((s, i) => {
                const w = openWhen[i]!;
                return (
                  <tr key={s.id}>
                    <Td>
                      <TextLink href={`/sessions/${s.id}`} className="font-medium">
                        {s.course.title}
                      </TextLink>
                      <div className="text-xs text-slate-500">{s.course.category}</div>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {w.range}
                      <div className="text-xs text-slate-500">{t("dayCount", { count: w.dateCount })} · {w.zone}</div>
                      {s.inProgress && <Badge tone="info">{t("sessions.lateRegistration")}</Badge>}
                    </Td>
                    <Td>{s.delivery === "VIRTUAL" ? t("delivery.VIRTUAL") : t("where", s.where)}</Td>
                    <Td className="uppercase">{s.language}</Td>
                    <Td numeric>{duration(s.trainingDays)}</Td>
                    <Td className="whitespace-nowrap">{s.seatsLeft > 0 ? t("seatsLeft", { count: s.seatsLeft, capacity: s.capacity }) : <Badge tone="warning">{t("fullWaitlist")}</Badge>}</Td>
                    <Td className="text-right whitespace-nowrap">
                      {s.myState === "ENROLLED" ? (
                        <Badge tone="success">{t("state.ENROLLED")}</Badge>
                      ) : s.myState === "WAITLISTED" ? (
                        <Badge tone="warning">{t("state.WAITLISTED")}</Badge>
                      ) : (
                        <EnrolButton size="sm" sessionId={s.id} full={s.seatsLeft === 0} label={s.seatsLeft > 0 ? t("enrol") : t("joinWaitlist")} context={`${s.course.title}, ${w.range}`} />
                      )}
                    </Td>
                  </tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </section>
    </>
  );
}
