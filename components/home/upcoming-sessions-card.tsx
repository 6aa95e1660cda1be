import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { ButtonLink, buttonClass } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import { sessionWhen } from "~/components/enrolment/when";
import type { UpcomingSession } from "~/server/home/learner";

/** The learner's next sessions: dates in the session's own time zone, where (or the join link), the calendar file. */
export async function UpcomingSessionsCard({ sessions }: { sessions: UpcomingSession[] }) {
  const t = await getTranslations("home.upcoming");
  const te = await getTranslations("enrolment");
  const when = await Promise.all(sessions.map((s) => sessionWhen(s.days, s.timeZone)));
  return (
    <Card aria-labelledby="upcoming-title">
      <CardTitle id="upcoming-title" action={sessions.length > 0 && <ButtonLink href="/sessions" variant="secondary" size="sm">{t("all")}</ButtonLink>}>
        {t("title")}
      </CardTitle>
      {sessions.length === 0 ? (
        <div className="text-sm text-slate-600">
          <p className="font-medium text-slate-900">{t("empty")}</p>
          <p className="mt-1">{t("emptyHint")}</p>
          <ButtonLink href="/sessions" variant="secondary" size="sm" className="mt-3">
            {t("toSessions")}
          </ButtonLink>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="upcoming-sessions">
          {sessions.map((s, i) => {
            const w = when[i]!;
            return (
              <li key={s.enrollmentId} className="py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <TextLink href={`/sessions/${s.sessionId}`} className="font-medium">
                    {s.courseTitle}
                  </TextLink>
                  {s.state === "WAITLISTED" ? <Badge tone="warning">{t("waitlisted")}</Badge> : <Badge tone="success">{t("enrolled")}</Badge>}
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {w.lines[0]}
                  {w.lines.length > 1 && ` (+${w.lines.length - 1})`} · {w.zone}
                </p>
                <p className="text-sm text-slate-600">
                  {s.delivery === "VIRTUAL" ? te("delivery.VIRTUAL") : te("where", { kind: s.location ? "place" : "tba", location: s.location ?? "" })}
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  {s.meetingUrl && (
                    <a href={s.meetingUrl} target="_blank" rel="noreferrer" className={buttonClass("primary", "sm")} aria-label={t("joinLabel", { course: s.courseTitle })}>
                      {t("join")}
                    </a>
                  )}
                  <a href={`/api/sessions/${s.sessionId}/ics`} download className={buttonClass("secondary", "sm")} aria-label={t("calendarLabel", { course: s.courseTitle })}>
                    {t("calendar")}
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
