import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import type { MentoringState } from "~/server/home/learner";

/** MentorNet from the mentee's side: requests pending or answered, the current pairing and its next step, an open round. */
export async function MentoringCard({ state }: { state: MentoringState }) {
  const t = await getTranslations("home.mentoring");
  const f = await getFormatter();
  const day = (d: Date | string) => f.dateTime(typeof d === "string" ? new Date(`${d}T00:00:00Z`) : d, { dateStyle: "medium", timeZone: "UTC" });
  const p = state.pairing;
  return (
    <Card aria-labelledby="mentoring-title">
      <CardTitle id="mentoring-title" action={<ButtonLink href="/mentoring" variant="secondary" size="sm">{t("open")}</ButtonLink>}>
        {t("title")}
      </CardTitle>
      <div className="space-y-4 text-sm text-slate-700" data-testid="mentoring-state">
        {p && (
          <div>
            <p className="font-medium text-slate-900">{p.status === "PROPOSED" ? t("proposed", { mentor: p.mentor }) : t("pairing", { mentor: p.mentor })}</p>
            {p.startedOn && p.endsOn && <p>{t("since", { date: day(p.startedOn), end: day(p.endsOn) })}</p>}
            {p.status === "ACTIVE" && <p>{p.lastMeetingOn ? t("lastMeeting", { date: day(p.lastMeetingOn) }) : t("noMeeting")}</p>}
            {p.next?.kind === "confirm" && <p className="font-medium text-amber-800">{t("confirm")}</p>}
            {p.next?.kind === "checkIn" && <p className={p.next.due ? "font-medium text-amber-800" : undefined}>{p.next.due ? t("checkInDue", { date: day(p.next.on) }) : t("checkIn", { date: day(p.next.on) })}</p>}
            {p.next?.kind === "end" && <p className={p.next.due ? "font-medium text-amber-800" : undefined}>{p.next.due ? t("endDue", { date: day(p.next.on) }) : t("end", { date: day(p.next.on) })}</p>}
            <TextLink href={`/mentoring/pairings/${p.id}`} className="mt-1 inline-block">
              {t("openPairing")}
            </TextLink>
          </div>
        )}
        {state.pending.length > 0 && (
          <div>
            <p className="font-medium text-slate-900">{t("pending", { count: state.pending.length })}</p>
            <ul className="mt-1 list-inside list-disc">
              {state.pending.map((r) => (
                <li key={r.id}>{t("pendingItem", { mentor: r.mentor, date: day(r.expiresAt) })}</li>
              ))}
            </ul>
          </div>
        )}
        {state.answered.length > 0 && (
          <ul className="space-y-1">
            {state.answered.map((r) => (
              <li key={r.id}>{r.status === "ACCEPTED" ? t("accepted", { mentor: r.mentor, date: day(r.respondedAt) }) : t("declined", { mentor: r.mentor, date: day(r.respondedAt) })}</li>
            ))}
          </ul>
        )}
        {state.round && (
          <div>
            <p className="font-medium text-slate-900">{t("round", { name: state.round.name, date: day(state.round.closesOn) })}</p>
            <p>{t("ranked", { count: state.round.ranked })}</p>
            <ButtonLink href="/mentoring/round" variant="secondary" size="sm" className="mt-2">
              {t("rank")}
            </ButtonLink>
          </div>
        )}
        {!p && state.pending.length === 0 && !state.round &&
          (state.hasMenteeProfile ? (
            <div>
              <p>{t("idle")}</p>
              <ButtonLink href="/mentoring/mentors" variant="secondary" size="sm" className="mt-2">
                {t("findMentor")}
              </ButtonLink>
            </div>
          ) : (
            <div>
              <p className="font-medium text-slate-900">{t("noProfile")}</p>
              <p>{t("noProfileHint")}</p>
              <ButtonLink href="/mentoring/profile" variant="secondary" size="sm" className="mt-2">
                {t("createProfile")}
              </ButtonLink>
            </div>
          ))}
      </div>
    </Card>
  );
}
