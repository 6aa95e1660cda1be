import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { eligibilityOptions } from "~/server/programmes/admin";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink } from "~/components/ui/link";
import { ProgrammeForm } from "~/components/programmes/admin/programme-form";

export async function generateMetadata() {
  const t = await getTranslations("programmeAdmin.form");
  return { title: t("newTitle") };
}

export default async function NewProgrammePage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("programmeAdmin");
  return (
    <>
      <BackLink href="/admin/programmes" label={t("breadcrumb")}>
        {t("back")}
      </BackLink>
      <PageHeader title={t("form.newTitle")} />
      <ProgrammeForm initial={null} options={await eligibilityOptions()} />
    </>
  );
}
