import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { mentoringOverview } from "~/server/mentoring/overview";
import { listMyPairings } from "~/server/mentoring/pairings";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { PairingList } from "~/components/mentoring/pairing-list";

export async function generateMetadata() {
  const t = await getTranslations("mentoring");
  return { title: t("title") };
}

export default async function MentoringHomePage() {
  const actor = await requireActor();
  const t = await getTranslations("mentoring");
  const format = await getFormatter();
  const [overview, pairings] = await Promise.all([mentoringOverview(actor), listMyPairings(actor)]);
  const { mentor, round, pairing } = overview;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader title={t("title")} description={t("hub.description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {round && (
            <Card aria-labelledby="round-title" className="bg-brand-50 ring-brand-200">
              <CardTitle id="round-title">{t("hub.roundTitle", { name: round.name })}</CardTitle>
              <p className="text-sm text-slate-700">
                {t("hub.roundText", { date: format.dateTime(new Date(`${round.closesOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }), ranked: round.ranked })}
              </p>
              <div className="mt-4">
                <ButtonLink href="/mentoring/round">{round.ranked > 0 ? t("hub.roundEdit") : t("hub.roundRank")}</ButtonLink>
              </div>
            </Card>
          )}
          <section aria-labelledby="pairings-title">
            <h2 id="pairings-title" className="mb-3 text-base font-semibold text-slate-900">
              {t("hub.pairingsTitle")}
            </h2>
            <PairingList
              pairings={pairings}
              emptyAction={overview.hasMenteeProfile && !pairing ? <ButtonLink href="/mentoring/mentors">{t("hub.browse")}</ButtonLink> : undefined}
            />
          </section>
        </div>
        <div className="space-y-6">
          <Card aria-labelledby="mentee-title">
            <CardTitle id="mentee-title">{pairing ? t("hub.menteePairedTitle") : t("hub.menteeTitle")}</CardTitle>
            {pairing ? (
              <>
                <p className="text-sm text-slate-600">
                  {pairing.status === "ACTIVE"
                    ? t("hub.menteeActive", { name: pairing.mentorName, end: pairing.endsOn ? day(pairing.endsOn) : "none" })
                    : t("hub.menteeProposed", { name: pairing.mentorName, confirmed: pairing.confirmedByMe ? "yes" : "no" })}
                </p>
                {pairing.extensionToAnswer !== null && (
                  <p className="mt-2 text-sm font-medium text-amber-800">{t("hub.menteeExtension", { name: pairing.mentorName, months: pairing.extensionToAnswer })}</p>
                )}
                <div className="mt-4 flex flex-wrap gap-2">
                  <ButtonLink href={`/mentoring/pairings/${pairing.id}`}>{t("hub.openPairing")}</ButtonLink>
                  <ButtonLink href="/mentoring/requests" variant="secondary">
                    {t("hub.myRequests")}
                  </ButtonLink>
                </div>
              </>
            ) : overview.hasMenteeProfile ? (
              <>
                <p className="text-sm text-slate-600">{t("hub.menteeText", { mentors: overview.mentorsWithFreePlaces, open: overview.openRequests })}</p>
                <div className="mt-4 flex flex-wrap gap-2">
                  <ButtonLink href="/mentoring/mentors">{t("hub.browse")}</ButtonLink>
                  <ButtonLink href="/mentoring/requests" variant="secondary">
                    {t("hub.myRequests")}
                  </ButtonLink>
                </div>
              </>
            ) : (
              <>
                <p className="text-sm text-slate-600">{t("hub.menteeStart")}</p>
                <div className="mt-4">
                  <ButtonLink href="/mentoring/profile">{t("hub.menteeStartButton")}</ButtonLink>
                </div>
              </>
            )}
          </Card>
          <Card aria-labelledby="mentor-title">
            <CardTitle id="mentor-title" action={mentor ? <Badge tone={mentor.listed ? "success" : "neutral"}>{mentor.listed ? t("hub.listed") : t("hub.unlisted")}</Badge> : undefined}>
              {t("hub.mentorTitle")}
            </CardTitle>
            {mentor ? (
              <>
                <p className="text-sm text-slate-600">{t("hub.mentorText", { mentees: mentor.mentees, capacity: mentor.capacity, open: mentor.openRequests })}</p>
                <div className="mt-4 flex flex-wrap gap-2">
                  <ButtonLink href="/mentoring/inbox">{t("hub.inbox")}</ButtonLink>
                  <ButtonLink href="/mentoring/mentor-profile" variant="secondary">
                    {t("hub.editMentorProfile")}
                  </ButtonLink>
                </div>
              </>
            ) : (
              <>
                <p className="text-sm text-slate-600">{t("hub.mentorStart")}</p>
                <div className="mt-4">
                  <ButtonLink href="/mentoring/mentor-profile" variant="secondary">
                    {t("hub.mentorStartButton")}
                  </ButtonLink>
                </div>
              </>
            )}
          </Card>
          <Card aria-labelledby="coaching-title">
            <CardTitle id="coaching-title">{t("hub.coachingTitle")}</CardTitle>
            <p className="text-sm text-slate-600">{t("hub.coachingText")}</p>
            <div className="mt-4">
              <ButtonLink href="/coaching" variant="secondary">
                {t("hub.coachingButton")}
              </ButtonLink>
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
