import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { BackLink } from "~/components/ui/link";
import { PathForm } from "~/components/paths/admin/path-form";

export async function generateMetadata() {
  const t = await getTranslations("paths.admin");
  return { title: t("newTitle") };
}

/** A new path: a draft until it has steps and L&D publishes it. */
export default async function NewPathPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("paths.admin");
  return (
    <>
      <BackLink href="/admin/paths" label={t("backLabel")}>
        {t("back")}
      </BackLink>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card className="max-w-2xl">
        <PathForm />
      </Card>
    </>
  );
}
