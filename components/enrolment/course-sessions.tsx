import { getTranslations } from "next-intl/server";
import type { CourseSessionRow } from "~/server/enrolment/sessions";
import { renderError } from "~/server/errors";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { TextLink } from "~/components/ui/link";
import { EnrolButton } from "~/components/enrolment/enrol-button";
import { sessionWhen } from "~/components/enrolment/when";

/**
 * A classroom, virtual or blended course's upcoming sessions on its page: when (in each session's own time zone),
 * where, seats or the waiting list, the person's own place, and the same Enrol button as /sessions.
 */
export async function CourseSessions({ course, sessions, locale }: { course: { code: string; title: string }; sessions: CourseSessionRow[]; locale: string }) {
  const t = await getTranslations("enrolment");
  const when = await Promise.all(sessions.map((s) => sessionWhen(s.days, s.timeZone)));
  const holdsPlace = sessions.some((s) => s.mine?.state === "ENROLLED" || s.mine?.state === "WAITLISTED");
  return (
    <Card aria-labelledby="course-sessions">
      <CardTitle id="course-sessions" action={<TextLink href={`/sessions?course=${encodeURIComponent(course.code)}`} className="text-sm">{t("courseSessions.all")}</TextLink>}>
        {t("courseSessions.title")}
      </CardTitle>
      {sessions.length === 0 ? (
        <EmptyState title={t("courseSessions.none")}>{t("sessions.openEmptyHint")}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">{holdsPlace ? t("courseSessions.oneAtATime") : t("courseSessions.intro")}</p>
          <ul className="divide-y divide-slate-100" aria-label={t("courseSessions.title")}>
            {sessions.map((s, i) => {
              const w = when[i]!;
              const label = `${course.title}, ${w.range}`;
              return (
                <li key={s.id} className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between" aria-label={label}>
                  <div className="min-w-0 space-y-0.5 text-sm">
                    <p className="font-medium text-slate-900">
                      {/* A one-day session is its one line (date and times); a longer one, its range, then each day. */}
                      <TextLink href={`/sessions/${s.id}`}>{w.lines.length === 1 ? w.lines[0] : w.range}</TextLink>
                    </p>
                    {w.lines.length > 1 && w.lines.map((line) => (
                      <p key={line} className="text-slate-700">
                        {line}
                      </p>
                    ))}
                    <p className="text-slate-600">
                      {w.zone} · {s.delivery === "VIRTUAL" ? t("delivery.VIRTUAL") : t("where", s.where)} · {t("languageBadge", { language: s.language.toUpperCase() })}
                    </p>
                    <p className="text-slate-600">
                      {s.seatsLeft > 0
                        ? t("seatsLeft", { count: s.seatsLeft, capacity: s.capacity })
                        : s.waitlistClosedAt
                          ? t("courseSessions.fullClosed")
                          : t("courseSessions.fullWaiting", { waiting: s.waitlisted })}
                    </p>
                  </div>
                  <div className="flex shrink-0 flex-wrap items-center gap-2 sm:justify-end">
                    {s.mine?.state === "ENROLLED" ? (
                      <Badge tone="success">{t("state.ENROLLED")}</Badge>
                    ) : s.mine?.state === "WAITLISTED" ? (
                      <Badge tone="warning">{t("waitlistRank", { rank: s.mine.waitlistRank ?? 0 })}</Badge>
                    ) : s.mine?.state === "WAITLIST_CLOSED" ? (
                      <Badge>{t("state.WAITLIST_CLOSED")}</Badge>
                    ) : s.canEnrol ? (
                      <EnrolButton size="sm" sessionId={s.id} full={s.seatsLeft === 0} label={s.seatsLeft > 0 ? t("enrol") : t("joinWaitlist")} context={label} />
                    ) : s.enrolProblem ? (
                      <span className="text-sm text-slate-600">{renderError(locale, s.enrolProblem.key, s.enrolProblem.params)}</span>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}
