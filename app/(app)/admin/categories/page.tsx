import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listCategoriesForEditing } from "~/server/categories/categories";
import { PageHeader } from "~/components/ui/page-header";
import { CategoryManager } from "~/components/categories/category-manager";

export async function generateMetadata() {
  const t = await getTranslations("categories");
  return { title: t("title") };
}

export default async function CategoriesPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("categories");
  const categories = await listCategoriesForEditing();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CategoryManager initial={categories} />
    </>
  );
}
