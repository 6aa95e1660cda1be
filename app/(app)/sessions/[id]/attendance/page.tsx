import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireActor } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { sessionRoster } from "~/server/enrolment/attendance";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { EmptyState } from "~/components/ui/empty-state";
import { AttendanceSheet } from "~/components/enrolment/attendance-sheet";
import { durationText, sessionWhen } from "~/components/enrolment/when";
import { BackLink } from "~/components/ui/link";
import { sessionPageTitle } from "~/components/enrolment/session-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("enrolment.attendance");
  return { title: await sessionPageTitle("attendance", (await params).id, t("title")) };
}

/** Attendance per day for the session's trainer or L&D. */
export default async function AttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  let roster;
  try {
    roster = await sessionRoster(actor, id, undefined, localeOr(await getLocale()));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    if (e instanceof AppError && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
  const t = await getTranslations("enrolment");
  const duration = await durationText();
  const { session } = roster;
  const w = await sessionWhen(session.days, session.timeZone);
  return (
    <>
      <BackLink href={`/sessions/${session.id}`} label={t("session.breadcrumb")}>
        {t("attendance.back")}
      </BackLink>
      <PageHeader title={t("attendance.heading", { course: session.course.title })} description={t("attendance.description", { range: w.range, duration: duration(session.trainingDays) })} />
      <div className="mb-4 space-y-3">
        {session.status === "CANCELLED" && <Alert tone="warning">{t("attendance.cancelled")}</Alert>}
        {!roster.canMark && session.status !== "CANCELLED" && <Alert>{t("attendance.notYet")}</Alert>}
        <Alert>{t("attendance.rule")}</Alert>
      </div>
      {roster.participants.length === 0 ? (
        <EmptyState title={t("attendance.nobody")} />
      ) : (
        <AttendanceSheet
          sessionId={session.id}
          caption={t("attendance.caption", { course: session.course.title })}
          days={session.days.map((d, i) => ({ id: d.id, label: w.dayLabels[i]!, hours: d.minutes / 60, started: d.started && session.status === "SCHEDULED" }))}
          participants={roster.participants.map((p) => ({
            enrollmentId: p.id,
            name: p.staff.fullName,
            employeeId: p.staff.employeeId,
            marks: Object.fromEntries(p.attendance.map((a) => [a.dayId, { mark: a.mark, hours: a.minutes / 60 }])),
            record: p.record,
          }))}
        />
      )}
    </>
  );
}
