import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { listMyPairings } from "~/server/mentoring/pairings";
import { PageHeader } from "~/components/ui/page-header";
import { PairingList } from "~/components/mentoring/pairing-list";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.pairings");
  return { title: t("title") };
}

export default async function PairingsPage() {
  const actor = await requireActor();
  const t = await getTranslations("mentoring.pairings");
  const pairings = await listMyPairings(actor);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <PairingList pairings={pairings} />
    </>
  );
}
