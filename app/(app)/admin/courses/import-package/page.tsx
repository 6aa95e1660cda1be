import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listCategories } from "~/server/categories/categories";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink } from "~/components/ui/link";
import { PackageImport } from "~/components/scorm-import/package-import";

export async function generateMetadata() {
  const t = await getTranslations("scormImport");
  return { title: t("title") };
}

export default async function ImportPackagePage() {
  await requireRole("LD_ADMIN");
  const [t, tc, locale] = await Promise.all([getTranslations("scormImport"), getTranslations("courses"), getLocale()]);
  const categories = await listCategories({ locale });
  return (
    <div className="max-w-4xl">
      <BackLink href="/admin/courses" label={tc("course.breadcrumb")}>
        {tc("admin.title")}
      </BackLink>
      <PageHeader title={t("title")} description={t("description")} />
      <PackageImport mode="course" categories={categories.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
