import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireRole } from "~/server/auth/guards";
import { sessionRoster } from "~/server/enrolment/attendance";
import { getSessionForViewer } from "~/server/enrolment/sessions";
import { audienceOptions } from "~/server/enrolment/audience-options";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { WithdrawButton } from "~/components/enrolment/withdraw-button";
import { CancelSessionButton } from "~/components/enrolment/cancel-session-button";
import { CloseWaitlistButton } from "~/components/enrolment/close-waitlist-button";
import { EnrolPeoplePanel } from "~/components/enrolment/enrol-people-panel";
import { durationText, sessionWhen } from "~/components/enrolment/when";
import { BackLink } from "~/components/ui/link";
import { StatusBadge } from "~/components/ui/status-badge";
import { sessionPageTitle } from "~/components/enrolment/session-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("enrolment.admin");
  return { title: await sessionPageTitle("manageSession", (await params).id, t("manageTitle")) };
}


/** One session for L&D: seats, participants and their attendance, the waiting list in order, enrolment, changes and cancellation. */
export default async function AdminSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("LD_ADMIN");
  const { id } = await params;
  const s = await getSessionForViewer(actor, id, new Date(), localeOr(await getLocale()));
  if (!s) notFound();
  const [roster, choices] = await Promise.all([sessionRoster(actor, id, undefined, localeOr(await getLocale())), audienceOptions()]);
  const t = await getTranslations("enrolment");
  const duration = await durationText();
  const format = await getFormatter();
  const w = await sessionWhen(s.days, s.timeZone);
  const now = new Date();
  const started = now >= s.startsAt;
  const cancelled = s.status === "CANCELLED";
  const what = (name: string) => `${name} — ${s.course.title}, ${w.range}`;

  return (
    <>
      <BackLink href="/admin/sessions" label={t("session.breadcrumb")}>
        {t("admin.back")}
      </BackLink>
      <PageHeader
        title={s.course.title}
        description={`${w.range} · ${s.delivery === "VIRTUAL" ? t("delivery.VIRTUAL") : t("where", s.where)} · ${w.zone}`}
        actions={
          cancelled ? undefined : (
            <>
              {started && <ButtonLink href={`/sessions/${id}/attendance`}>{t("session.takeAttendance")}</ButtonLink>}
              <ButtonLink href={`/admin/sessions/${id}/edit`} variant="secondary">
                {t("admin.edit")}
              </ButtonLink>
              <ButtonLink href={`/sessions/${id}`} variant="secondary">
                {t("admin.learnerView")}
              </ButtonLink>
              {!started && <CancelSessionButton sessionId={id} people={s.enrolled + s.waitlisted} />}
            </>
          )
        }
      />
      {cancelled && (
        <div className="mb-6">
          <Alert tone="warning" title={t("session.cancelledTitle")}>
            {t("sessions.cancelledOn", { date: format.dateTime(s.cancelledAt ?? s.startsAt, { dateStyle: "medium" }), reason: s.cancelReason ?? "none" })}
          </Alert>
        </div>
      )}
      {!cancelled && s.waitlistClosedAt && (
        <div className="mb-6">
          <Alert title={t("admin.waitlistClosedTitle")}>
            {t("sessions.waitlistClosedOn", { date: format.dateTime(s.waitlistClosedAt, { dateStyle: "medium" }), reason: s.waitlistCloseReason ?? "none" })}
          </Alert>
        </div>
      )}
      <dl className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label={t("admin.stat.enrolled")} value={`${s.enrolled} / ${s.capacity}`} />
        <Stat label={t("admin.stat.waiting")} value={format.number(s.waitlisted)} />
        <Stat label={t("admin.stat.days")} value={format.number(s.days.length)} hint={w.lines.join(" · ")} />
        <Stat label={t("admin.stat.credits")} value={duration(s.trainingDays)} />
      </dl>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="participants">
            <h2 id="participants" className="mb-3 text-lg font-semibold text-slate-900">
              {t("admin.participants")}
            </h2>
            {roster.participants.length === 0 ? (
              <EmptyState title={t("admin.noParticipants")} />
            ) : (
              <Table caption={t("admin.participants")}>
                <thead>
                  <tr>
                    <Th>{t("col.person")}</Th>
                    <Th>{t("col.grade")}</Th>
                    <Th>{t("col.status")}</Th>
                    <Th numeric>{t("col.credited")}</Th>
                    <Th className="text-right">{t("col.action")}</Th>
                  </tr>
                </thead>
                <TBody>
                  {roster.participants.map((p) => (
                    <tr key={p.id}>
                      <Td>
                        <span className="font-medium text-slate-900">{p.staff.fullName}</span>
                        <span className="block text-xs text-slate-500">
                          {p.staff.employeeId}
                          {p.staff.department ? ` · ${p.staff.department.code}` : ""}
                          {p.origin === "ADMIN" ? ` · ${t("admin.byLd")}` : ""}
                        </span>
                      </Td>
                      <Td>{p.staff.grade}</Td>
                      <Td>
                        <StatusBadge kind="participation" status={p.state}>{t(`state.${p.state}`)}</StatusBadge>
                        {p.state === "ENROLLED" && started && p.attendance.length > 0 && (
                          <span className="ml-2 text-xs text-slate-500">{t("admin.marked", { done: p.attendance.length, total: s.days.length })}</span>
                        )}
                      </Td>
                      <Td numeric>{p.record ? duration(p.record.trainingDays) : "—"}</Td>
                      <Td className="text-right">
                        {!started && !cancelled && p.state === "ENROLLED" && <WithdrawButton size="sm" enrollmentId={p.id} what={what(p.staff.fullName)} label={t("admin.withdraw")} />}
                      </Td>
                    </tr>
                  ))}
                </TBody>
              </Table>
            )}
          </section>

          <section aria-labelledby="waitlist">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="waitlist" className="text-lg font-semibold text-slate-900">
                {t("admin.waitlist")}
              </h2>
              {!cancelled && roster.waitlist.length > 0 && <CloseWaitlistButton sessionId={id} people={roster.waitlist.length} />}
            </div>
            {roster.waitlist.length === 0 ? (
              <EmptyState title={t("admin.noWaitlist")} />
            ) : (
              <Table caption={t("admin.waitlist")}>
                <thead>
                  <tr>
                    <Th numeric>{t("col.position")}</Th>
                    <Th>{t("col.person")}</Th>
                    <Th>{t("col.since")}</Th>
                    <Th className="text-right">{t("col.action")}</Th>
                  </tr>
                </thead>
                <TBody>
                  {roster.waitlist.map((p, i) => (
                    <tr key={p.id}>
                      <Td numeric>{i + 1}</Td>
                      <Td>
                        <span className="font-medium text-slate-900">{p.staff.fullName}</span>
                        <span className="block text-xs text-slate-500">{p.staff.employeeId}</span>
                      </Td>
                      <Td>{format.dateTime(p.stateChangedAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                      <Td className="text-right">
                        {!started && !cancelled && <WithdrawButton size="sm" enrollmentId={p.id} waitlisted what={what(p.staff.fullName)} label={t("admin.removeFromWaitlist")} />}
                      </Td>
                    </tr>
                  ))}
                </TBody>
              </Table>
            )}
          </section>

          {(
            [
              ["cancelledPeople", roster.cancelled],
              ["waitlistClosedPeople", roster.waitlistClosed],
              ["withdrawn", roster.withdrawn],
            ] as const
          ).map(
            ([key, people]) =>
              people.length > 0 && (
                <details key={key} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
                  <summary className="cursor-pointer text-sm font-medium text-slate-800">{t(`admin.${key}`, { count: people.length })}</summary>
                  <ul className="mt-3 space-y-1 text-sm text-slate-700">
                    {people.map((p) => (
                      <li key={p.id}>
                        {p.staff.fullName} ({p.staff.employeeId}) · {format.dateTime(p.stateChangedAt, { dateStyle: "medium" })}
                      </li>
                    ))}
                  </ul>
                </details>
              ),
          )}
        </div>

        <div className="space-y-6">
          {!cancelled && (
            <Card aria-labelledby="enrol-people">
              <CardTitle id="enrol-people">{t("admin.enrolPeople")}</CardTitle>
              {started && <p className="mb-3 text-sm text-slate-600">{t("admin.walkIns")}</p>}
              <EnrolPeoplePanel target={{ kind: "session", sessionId: id }} choices={choices} />
            </Card>
          )}
          <Card aria-labelledby="session-details">
            <CardTitle id="session-details">{t("session.details")}</CardTitle>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-600">{t("session.trainer")}</dt>
              <dd>{s.trainer ?? t("session.trainerTba")}</dd>
              <dt className="text-slate-600">{t("session.where")}</dt>
              <dd className="break-all">{s.delivery === "VIRTUAL" ? (s.meetingUrl ?? "—") : t("where", s.where)}</dd>
              <dt className="text-slate-600">{t("col.language")}</dt>
              <dd className="uppercase">{s.language}</dd>
              <dt className="text-slate-600">{t("session.deadline")}</dt>
              <dd>
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
