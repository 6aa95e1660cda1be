import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { getPairing } from "~/server/mentoring/pairings";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { MatchReasons } from "~/components/mentoring/match-reasons";
import { CheckInForm, ConfirmProposal, ExtensionProposal, FeedbackForm, GoalsPanel, ManagePairing, MeetingLog } from "~/components/mentoring/pairing-panels";
import { StatusBadge } from "~/components/ui/status-badge";

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, p: await getPairing(actor, id) };
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { p } = await load((await params).id);
  const t = await getTranslations("mentoring.pairing");
  return { title: t("title", { mentee: p.mentee.fullName, mentor: p.mentor.fullName }) };
}

export default async function PairingPage({ params }: { params: Promise<{ id: string }> }) {
  const { p } = await load((await params).id);
  const t = await getTranslations("mentoring");
  const tf = await getTranslations("format");
  const format = await getFormatter();
  const day = (d: Date | string) => format.dateTime(typeof d === "string" ? new Date(`${d}T00:00:00Z`) : d, { dateStyle: "long", timeZone: "UTC" });
  const member = p.view !== "PROGRAMME";
  const names = new Map([
    [p.mentee.id, p.mentee.fullName],
    [p.mentor.id, p.mentor.fullName],
  ]);
  const partner = p.view === "MENTEE" ? p.mentor : p.mentee;
  const otherConfirmed = p.view === "MENTEE" ? p.mentorConfirmedAt !== null : p.menteeConfirmedAt !== null;
  const dates =
    p.status === "ACTIVE" && p.startedOn && p.endsOn
      ? t("pairing.activeDates", { start: day(p.startedOn), end: day(p.endsOn), months: p.durationMonths })
      : p.status === "CLOSED" && p.closedOn
        ? t("pairing.closedDates", { date: day(p.closedOn), outcome: t(`outcomes.${p.outcome ?? "COMPLETED"}`) })
        : t("pairing.proposedDates", { date: day(p.proposedAt), months: p.durationMonths });
  return (
    <>
      <PageHeader
        title={t("pairing.title", { mentee: p.mentee.fullName, mentor: p.mentor.fullName })}
        description={dates}
        actions={<StatusBadge kind="pairing" status={p.status}>{t(`pairingStatus.${p.status}`)}</StatusBadge>}
      />
      <div className="space-y-6">
        {p.view === "PROGRAMME" && <Alert tone="info">{t("pairing.programmeView")}</Alert>}
        {p.checkInDue && (
          <Card aria-labelledby="checkin-title" className="bg-amber-50 ring-amber-200">
            <CardTitle id="checkin-title">{t("pairing.checkInTitle")}</CardTitle>
            <p className="mb-3 text-sm text-slate-700">{t("pairing.checkInText", { name: partner.fullName })}</p>
            <CheckInForm pairingId={p.id} />
          </Card>
        )}
        {member && p.endReached && !p.extension && <Alert tone="warning" title={t("pairing.endReachedTitle")}>{t("pairing.endReached", { date: day(p.endsOn!) })}</Alert>}
        {p.extension && (
          <Card aria-labelledby="extension-title" className={p.extension.toAnswer ? "bg-amber-50 ring-amber-200" : undefined}>
            <CardTitle id="extension-title">{t("pairing.extensionTitle")}</CardTitle>
            {member ? (
              <ExtensionProposal pairingId={p.id} months={p.extension.months} endsOn={day(p.extension.endsOn)} partnerName={partner.fullName} mine={p.extension.mine} />
            ) : (
              <p className="text-sm text-slate-700">{t("pairing.extensionProgramme", { name: p.extension.proposedByName, months: p.extension.months, date: day(p.extension.endsOn) })}</p>
            )}
          </Card>
        )}

        <div className="grid gap-6 lg:grid-cols-3">
          <Card aria-labelledby="who-title">
            <CardTitle id="who-title">{t("pairing.people")}</CardTitle>
            <dl className="space-y-3 text-sm">
              {[
                [t("pairing.mentee"), p.mentee],
                [t("pairing.mentor"), p.mentor],
              ].map(([label, person]) => {
                const s = person as typeof p.mentee;
                return (
                  <div key={s.id}>
                    <dt className="text-slate-500">{label as string}</dt>
                    <dd className="font-medium text-slate-900">{s.fullName}</dd>
                    <dd className="text-slate-600">{[s.grade, s.department?.name, s.dutyStation?.name].filter(Boolean).join(" · ")}</dd>
                    {member && s.id !== (p.view === "MENTEE" ? p.mentee.id : p.mentor.id) && (
                      <dd>
                        <a className="text-brand-700 hover:underline" href={`mailto:${s.email}`}>
                          {s.email}
                        </a>
                      </dd>
                    )}
                  </div>
                );
              })}
            </dl>
          </Card>
          <Card aria-labelledby="why-title" className="lg:col-span-2">
            <CardTitle id="why-title">{p.round ? t("pairing.whyRound", { round: p.round.name }) : t("pairing.why")}</CardTitle>
            <MatchReasons reasons={p.reasons} />
            <dl className="mt-4 grid gap-3 sm:grid-cols-3">
              <Stat label={t("pairing.meetingsStat")} value={p.meetings.length} />
              <Stat label={t("pairing.hoursStat")} value={format.number(p.minutesTotal / 60, { maximumFractionDigits: 1 })} />
              <Stat label={t("pairing.goalsStat")} value={p.goals.length} />
            </dl>
          </Card>
        </div>

        {p.status === "PROPOSED" && member && (
          <Card aria-labelledby="proposal-title">
            <CardTitle id="proposal-title">{t("pairing.proposalTitle")}</CardTitle>
            <p className="mb-4 text-sm text-slate-600">
              {p.myConfirmed ? t("pairing.waitingForOther", { name: partner.fullName }) : otherConfirmed ? t("pairing.otherConfirmed", { name: partner.fullName }) : t("pairing.proposalText")}
            </p>
            <ConfirmProposal pairingId={p.id} durationMonths={p.durationMonths} confirmed={p.myConfirmed} />
          </Card>
        )}

        {p.status !== "PROPOSED" && (
          <div className="grid gap-6 lg:grid-cols-3">
            <Card aria-labelledby="goals-title">
              <CardTitle id="goals-title">{t("pairing.goals")}</CardTitle>
              <GoalsPanel pairingId={p.id} goals={p.goals} editable={member && p.status === "ACTIVE"} />
            </Card>
            <Card aria-labelledby="meetings-title" className="lg:col-span-2">
              <CardTitle id="meetings-title">{t("pairing.meetings")}</CardTitle>
              <MeetingLog
                pairingId={p.id}
                today={p.today}
                editable={member && p.status === "ACTIVE"}
                meetings={p.meetings.map((m) => ({ ...m, authorName: names.get(m.authorId) ?? "" }))}
              />
            </Card>
          </div>
        )}

        {p.checkIns.length > 0 && (
          <Card aria-labelledby="checkins-title">
            <CardTitle id="checkins-title">{t("pairing.checkIns")}</CardTitle>
            <ul className="space-y-2 text-sm">
              {p.checkIns.map((c) => (
                <li key={c.authorId}>
                  <span className="font-medium">{names.get(c.authorId)}</span>: {c.onTrack ? t("pairing.onTrack") : t("pairing.offTrack")}
                  {c.note && <span className="text-slate-600"> — {c.note}</span>}
                </li>
              ))}
            </ul>
          </Card>
        )}

        {p.status === "ACTIVE" && member && (
          <Card aria-labelledby="manage-title">
            <CardTitle id="manage-title">{t("pairing.manage")}</CardTitle>
            <ManagePairing pairingId={p.id} durationMonths={p.durationMonths} endReached={p.endReached} partnerName={partner.fullName} extensionPending={p.extension !== null} />
          </Card>
        )}

        {p.status === "CLOSED" && p.outcome !== "DECLINED" && (
          <Card aria-labelledby="feedback-title">
            <CardTitle id="feedback-title">{t("pairing.feedback")}</CardTitle>
            {p.closeReason && <p className="mb-3 text-sm text-slate-600">{t("pairing.closeReasonWas", { reason: t(`closeReasons.${p.closeReason}`) })}</p>}
            {p.feedbackDue && <FeedbackForm pairingId={p.id} />}
            {p.feedback.length > 0 && (
              <ul className="mt-4 space-y-2 text-sm">
                {p.feedback.map((f) => (
                  <li key={f.id}>
                    <span className="font-medium">{names.get(f.authorId)}</span>: {t("pairing.ratingGiven", { n: f.rating })}
                    {f.comment && <span className="text-slate-600"> — {tf("quoted", { text: f.comment })}</span>}
                    {f.rematchRequested && (
                      <span className="ml-2">
                        <Badge tone="warning">{t("pairing.rematchAsked")}</Badge>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
