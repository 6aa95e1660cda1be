import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listExpertiseWithUse } from "~/server/mentoring/expertise";
import { PageHeader } from "~/components/ui/page-header";
import { ExpertiseManager } from "~/components/mentoring/admin/expertise-manager";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.expertise");
  return { title: t("title") };
}

export default async function ExpertisePage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("mentoring.expertise");
  const areas = await listExpertiseWithUse();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ExpertiseManager areas={areas} />
    </>
  );
}
