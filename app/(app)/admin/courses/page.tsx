import { getLocale, getTranslations } from "next-intl/server";
import { localizeCategoryName } from "~/lib/categories/i18n";
import { requireRole } from "~/server/auth/guards";
import { listCoursesForAdmin } from "~/server/courses/authoring";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { TextLink } from "~/components/ui/link";
import { StatusBadge } from "~/components/ui/status-badge";

export async function generateMetadata() {
  const t = await getTranslations("courses.admin");
  return { title: t("title") };
}


export default async function AdminCoursesPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("courses");
  const ts = await getTranslations("scormImport");
  const [courses, locale] = await Promise.all([listCoursesForAdmin(), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("admin.title")}
        description={t("admin.description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/admin/courses/import-package" variant="secondary">
              {ts("link")}
            </ButtonLink>
            <ButtonLink href="/admin/courses/new">{t("admin.new")}</ButtonLink>
          </div>
        } />
      {courses.length === 0 ? (
        <EmptyState title={t("admin.empty")} />
      ) : (
        <Table caption={t("admin.table")}>
          <thead>
            <tr>
              <Th>{t("admin.code")}</Th>
              <Th>{t("admin.titleCol")}</Th>
              <Th>{t("admin.category")}</Th>
              <Th>{t("admin.mode")}</Th>
              <Th>{t("admin.status")}</Th>
              <Th>{t("admin.version")}</Th>
              <Th>{t("admin.learners")}</Th>
            </tr>
          </thead>
          <TBody>
            {courses.map((c) => (
              <tr key={c.id}>
                <Td className="font-mono text-xs font-medium">{c.code}</Td>
                <Td>
                  <TextLink href={`/admin/courses/${c.id}`} className="font-medium">
                    {c.title}
                  </TextLink>
                  {c.mandatory && (
                    <span className="ml-2">
                      <Badge tone="warning">{t("mandatory")}</Badge>
                    </span>
                  )}
                </Td>
                <Td>{localizeCategoryName(c.category.name, c.category.translations, locale)}</Td>
                <Td>{t(`mode.${c.mode}`)}</Td>
                <Td>
                  <StatusBadge kind="course" status={c.status}>{t(`status.${c.status}`)}</StatusBadge>
                </Td>
                <Td className="whitespace-nowrap text-xs">
                  {c.liveVersion && <span className="mr-2">{t("admin.live", { version: c.liveVersion })}</span>}
                  {c.draftVersion && <Badge tone="warning">{t("admin.draft", { version: c.draftVersion })}</Badge>}
                </Td>
                <Td className="whitespace-nowrap text-xs text-slate-600">{t("admin.learnersCount", { underway: c.learnersUnderway, completed: c.completions })}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
