import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getComplianceSettings } from "~/server/compliance/settings";
import { PageHeader } from "~/components/ui/page-header";
import { SettingsForm } from "~/components/compliance/settings-form";
import { getPrivacySettings } from "~/server/privacy/settings";
import { PrivacySettingsForm } from "~/components/privacy/privacy-settings-form";

export async function generateMetadata() {
  const t = await getTranslations("compliance.settings");
  return { title: t("title") };
}

export default async function ComplianceSettingsPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("compliance.settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsForm initial={await getComplianceSettings()} />
      <PrivacySettingsForm initial={await getPrivacySettings()} />
    </>
  );
}
