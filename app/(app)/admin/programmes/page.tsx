import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { cohortPhase, listProgrammes } from "~/server/programmes/admin";
import { PageHeader } from "~/components/ui/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { ButtonLink } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { TextLink } from "~/components/ui/link";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { ProgrammeStatusBadge } from "~/components/programmes/admin/status-badge";

export async function generateMetadata() {
  const t = await getTranslations("programmeAdmin.list");
  return { title: t("title") };
}

/** L&D's programmes with their cohorts: calls, places, applications and selection; auditors read. */
export default async function ProgrammesAdminPage() {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canChange = hasRole(actor, "LD_ADMIN");
  const t = await getTranslations("programmeAdmin");
  const programmes = await listProgrammes();
  const asOf = new Date();
  const format = await getFormatter();
  /** A calendar day ("2026-11-23") as the reader's language writes it. */
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={canChange ? <ButtonLink href="/admin/programmes/new">{t("list.newProgramme")}</ButtonLink> : undefined}
      />
      {programmes.length === 0 ? (
        <EmptyState title={t("list.empty")}>{t("list.emptyHint")}</EmptyState>
      ) : (
        <div className="space-y-6">
          {programmes.map((p) => (
            <Card key={p.id} aria-labelledby={`programme-${p.id}`}>
              <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <h2 id={`programme-${p.id}`} className="text-lg font-semibold text-slate-900">
                    {p.name}
                  </h2>
                  <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    <span className="font-mono text-xs">{p.code}</span>
                    <ProgrammeStatusBadge status={p.status} />
                    <span>{t("list.duration", { months: p.durationMonths })}</span>
                  </p>
                  {p.summary && <p className="mt-2 max-w-3xl text-sm text-slate-700">{p.summary}</p>}
                </div>
                <TextLink href={`/admin/programmes/${p.id}`} className="text-sm whitespace-nowrap">
                  {canChange ? t("list.edit", { name: p.name }) : p.name}
                </TextLink>
              </div>
              {p.cohorts.length === 0 ? (
                <p className="text-sm text-slate-600">{t("list.noCohorts")}</p>
              ) : (
                <Table caption={t("list.cohortsCaption", { programme: p.name })}>
                  <thead>
                    <tr>
                      <Th>{t("list.cohort")}</Th>
                      <Th>{t("list.call")}</Th>
                      <Th numeric>{t("list.places")}</Th>
                      <Th numeric>{t("list.applications")}</Th>
                      <Th numeric>{t("list.selected")}</Th>
                      <Th>{t("list.phase")}</Th>
                      <Th>{t("list.actions")}</Th>
                    </tr>
                  </thead>
                  <TBody>
                    {p.cohorts.map((c) => {
                      const phase = cohortPhase(c, asOf);
                      return (
                        <tr key={c.id}>
                          <Td className="font-medium whitespace-nowrap">{c.name}</Td>
                          <Td className="whitespace-nowrap">{t("list.range", { from: day(c.opensOn), to: day(c.closesOn) })}</Td>
                          <Td numeric>{c.places}</Td>
                          <Td numeric>{c.applications}</Td>
                          <Td numeric>{c.selected}</Td>
                          <Td>
                            <Badge tone={phase === "open" ? "info" : phase === "completed" ? "success" : phase === "reviewing" ? "warning" : "neutral"}>{t(`phase.${phase}`)}</Badge>
                          </Td>
                          <Td>
                            <div className="flex flex-col gap-1">
                              <TextLink href={`/admin/programmes/cohorts/${c.id}`} className="whitespace-nowrap">
                                {t("list.review")}
                                <span className="sr-only">
                                  {" "}
                                  — {p.name} {c.name}
                                </span>
                              </TextLink>
                              {c.selectionPublishedAt && (
                                <TextLink href={`/admin/programmes/cohorts/${c.id}/run`} className="whitespace-nowrap">
                                  {t("list.run")}
                                  <span className="sr-only">
                                    {" "}
                                    — {p.name} {c.name}
                                  </span>
                                </TextLink>
                              )}
                            </div>
                          </Td>
                        </tr>
                      );
                    })}
                  </TBody>
                </Table>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
