import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { getOpenRoundForMentee } from "~/server/mentoring/rounds";
import { getMyMenteeProfile } from "~/server/mentoring/profiles";
import { menteeCurrentPairing } from "~/server/mentoring/overview";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { ButtonLink } from "~/components/ui/button";
import { RankingForm } from "~/components/mentoring/ranking-form";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.round");
  return { title: t("title") };
}

export default async function RoundRankingPage() {
  const actor = await requireActor();
  const t = await getTranslations("mentoring.round");
  const format = await getFormatter();
  const [profile, pairing] = await Promise.all([getMyMenteeProfile(actor), menteeCurrentPairing(actor.id)]);
  // A paired mentee is not offered the ranking (the server refuses it too): the page says who her mentor is.
  if (pairing) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("pairedTitle", { name: pairing.mentorName })} action={<ButtonLink href={`/mentoring/pairings/${pairing.id}`}>{t("openPairing")}</ButtonLink>}>
          {t("pairedText", { status: pairing.status })}
        </EmptyState>
      </>
    );
  }
  if (!profile) redirect("/mentoring/profile");
  const data = await getOpenRoundForMentee(actor);
  if (!data) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("noRound")} action={<ButtonLink href="/mentoring/mentors">{t("browseInstead")}</ButtonLink>}>
          {t("noRoundHint")}
        </EmptyState>
      </>
    );
  }
  const closes = format.dateTime(new Date(`${data.round.closesOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader title={data.round.name} description={t("description", { date: closes })} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card aria-labelledby="rank-title" className="lg:col-span-2">
          <CardTitle id="rank-title">{t("rankTitle")}</CardTitle>
          <RankingForm roundId={data.round.id} options={data.options} initial={data.ranking} />
        </Card>
        <Card aria-labelledby="how-title" className="lg:self-start">
          <CardTitle id="how-title">{t("howTitle")}</CardTitle>
          <ul className="ml-5 list-disc space-y-2 text-sm text-slate-700">
            <li>{t("how1")}</li>
            <li>{t("how2")}</li>
            <li>{t("how3")}</li>
          </ul>
        </Card>
      </div>
    </>
  );
}
