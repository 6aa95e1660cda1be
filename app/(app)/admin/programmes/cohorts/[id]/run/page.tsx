import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { cohortGrid } from "~/server/programmes/cohort";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink, TextLink } from "~/components/ui/link";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { CompleteCohortButton, OutcomeButtons, ProgressCell } from "~/components/programmes/admin/cohort-run";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("programmeAdmin");
  const grid = await cohortGrid((await params).id);
  return { title: grid ? t("run.title", { programme: grid.programme.name, cohort: grid.name }) : t("list.title") };
}

/** The running cohort: participants × components (status, coaching hours, session attendance), outcomes, completion. */
export default async function CohortRunPage({ params }: Props) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const grid = await cohortGrid((await params).id);
  if (!grid) notFound();
  const canChange = hasRole(actor, "LD_ADMIN") && grid.selectionPublishedAt !== null && grid.completedAt === null;
  const t = await getTranslations("programmeAdmin");
  const format = await getFormatter();
  const title = t("run.title", { programme: grid.programme.name, cohort: grid.name });
  return (
    <>
      <BackLink href="/admin/programmes" label={t("breadcrumb")}>
        {t("back")}
      </BackLink>
      <PageHeader
        title={title}
        description={t("run.description")}
        actions={canChange ? <CompleteCohortButton cohortId={grid.id} cohort={`${grid.programme.name} ${grid.name}`} /> : undefined}
      />
      <p className="mb-4 text-sm">
        <TextLink href={`/admin/programmes/cohorts/${grid.id}`}>{t("run.reviewLink")}</TextLink>
      </p>
      {grid.completedAt && <p className="mb-4 rounded-md bg-green-50 px-4 py-3 text-sm text-green-800">{t("run.cohortCompleted", { date: format.dateTime(grid.completedAt, { dateStyle: "long" }) })}</p>}
      {!grid.selectionPublishedAt ? (
        <EmptyState title={t("run.notPublished")} />
      ) : grid.participants.length === 0 ? (
        <EmptyState title={t("run.empty")} />
      ) : (
        <Table caption={t("run.caption")}>
          <thead>
            <tr>
              <Th>{t("run.participant")}</Th>
              {grid.components.map((k) => (
                <Th key={k.id} className="min-w-40">
                  {k.title}
                  <span className="block text-xs font-normal text-slate-500">
                    {t(`kind.${k.kind}`)}
                    {k.coachingHours !== null && ` · ${t("run.offered", { hours: k.coachingHours })}`}
                  </span>
                </Th>
              ))}
              <Th>{t("run.outcome")}</Th>
            </tr>
          </thead>
          <TBody>
            {grid.participants.map((p) => (
              <tr key={p.applicationId}>
                <Td className="font-medium">{p.name}</Td>
                {p.cells.map((cell, i) => {
                  const k = grid.components[i]!;
                  return (
                    <Td key={cell.componentId} className="align-top">
                      {canChange && p.status === "SELECTED" ? (
                        <ProgressCell applicationId={p.applicationId} name={p.name} component={k.title} cell={cell} coaching={k.kind === "COACHING"} />
                      ) : (
                        <span>
                          {t(`run.progress.${cell.status}`)}
                          {cell.hours !== null && <span className="block text-xs text-slate-500">{t("components.hours", { hours: cell.hours })}</span>}
                        </span>
                      )}
                      {cell.suggestedHours !== null && cell.suggestedHours > 0 && <span className="mt-1 block text-xs text-slate-500">{t("run.suggested", { hours: cell.suggestedHours })}</span>}
                      {cell.attendedDays !== null && k.sessionDays !== null && (
                        <span className="mt-1 block text-xs text-slate-500">{t("run.attended", { days: cell.attendedDays, total: k.sessionDays })}</span>
                      )}
                    </Td>
                  );
                })}
                <Td className="align-top">
                  <Badge tone={p.status === "COMPLETED" ? "success" : p.status === "DROPPED" ? "danger" : "info"}>{t(`review.appStatus.${p.status}`, { position: 0 })}</Badge>
                  {canChange && (
                    <div className="mt-2">
                      <OutcomeButtons applicationId={p.applicationId} name={p.name} status={p.status} />
                    </div>
                  )}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
