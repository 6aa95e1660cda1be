import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getMentoringSettings } from "~/server/mentoring/settings";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { SettingsForm } from "~/components/mentoring/admin/settings-form";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.admin");
  return { title: t("title") };
}

export default async function MentoringSettingsPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("mentoring.admin");
  const settings = await getMentoringSettings();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card aria-labelledby="settings-title">
        <CardTitle id="settings-title">{t("settingsTitle")}</CardTitle>
        <SettingsForm initial={settings} />
      </Card>
    </>
  );
}
