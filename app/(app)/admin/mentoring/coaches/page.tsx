import { getLocale, getTranslations } from "next-intl/server";
import { localeOr } from "~/lib/i18n/locales";
import { requireRole } from "~/server/auth/guards";
import { listCoaches } from "~/server/mentoring/coaching";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { AddCoachForm, CoachListedToggle } from "~/components/mentoring/admin/coach-admin";
import { LanguageList } from "~/components/mentoring/language-list";

export async function generateMetadata() {
  const t = await getTranslations("mentoring.coaches");
  return { title: t("title") };
}

export default async function CoachesAdminPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("mentoring.coaches");
  const coaches = await listCoaches({ includeUnlisted: true }, localeOr(await getLocale()));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {coaches.length === 0 ? (
            <EmptyState title={t("none")} />
          ) : (
            <Table caption={t("title")}>
              <thead>
                <tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("languages")}</Th>
                  <Th numeric>{t("sessions")}</Th>
                  <Th>{t("status")}</Th>
                  <Th className="text-right">{t("actions")}</Th>
                </tr>
              </thead>
              <TBody>
                {coaches.map((c) => (
                  <tr key={c.id}>
                    <Td className="font-medium">
                      {c.staff.fullName} <span className="text-slate-500">({c.staff.grade})</span>
                    </Td>
                    <Td>
                      <LanguageList codes={c.languages} />
                    </Td>
                    <Td numeric>{c._count.sessions}</Td>
                    <Td>{c.listed ? <Badge tone="success">{t("listed")}</Badge> : <Badge>{t("unlisted")}</Badge>}</Td>
                    <Td className="text-right">
                      <CoachListedToggle coachId={c.id} listed={c.listed} name={c.staff.fullName} />
                    </Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </div>
        <Card aria-labelledby="add-coach">
          <CardTitle id="add-coach">{t("addTitle")}</CardTitle>
          <AddCoachForm />
        </Card>
      </div>
    </>
  );
}
