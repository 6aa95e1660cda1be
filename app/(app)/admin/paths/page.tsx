import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { listPathsForAdmin } from "~/server/paths/admin";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { ButtonLink } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { TextLink } from "~/components/ui/link";
import { Table, TBody, Td, Th } from "~/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("paths.admin");
  return { title: t("title") };
}

const TONE = { PUBLISHED: "success", DRAFT: "warning", RETIRED: "neutral" } as const;

/** Every learning path with its enrolled and completed counts; L&D creates and edits, auditors read. */
export default async function AdminPathsPage() {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const t = await getTranslations("paths.admin");
  const rows = await listPathsForAdmin(await getLocale());
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={hasRole(actor, "LD_ADMIN") ? <ButtonLink href="/admin/paths/new">{t("new")}</ButtonLink> : undefined}
      />
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("pathTitle")}</Th>
              <Th>{t("status")}</Th>
              <Th numeric>{t("steps")}</Th>
              <Th numeric>{t("enrolled")}</Th>
              <Th numeric>{t("completed")}</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <TextLink href={`/admin/paths/${r.code}`} className="font-medium">
                    {r.title}
                  </TextLink>
                  <span className="block text-xs text-slate-500">{r.code}</span>
                </Td>
                <Td>
                  <Badge tone={TONE[r.status]}>{t(`statusName.${r.status}`)}</Badge>
                </Td>
                <Td numeric>{r.steps}</Td>
                <Td numeric>{r.enrolled}</Td>
                <Td numeric>{r.completed}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
