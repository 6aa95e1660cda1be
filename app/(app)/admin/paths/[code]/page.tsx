import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { courseOptions, pathForAdmin, pathProgressReport } from "~/server/paths/admin";
import { PathCodeInput } from "~/lib/schemas/paths";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle, Stat } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { BackLink, TextLink } from "~/components/ui/link";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { PathForm } from "~/components/paths/admin/path-form";
import { StepEditor } from "~/components/paths/admin/step-editor";
import { PathStatusActions } from "~/components/paths/admin/status-actions";
import { AssignForm } from "~/components/paths/admin/assign-form";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("paths.admin");
  const parsed = PathCodeInput.safeParse({ code: decodeURIComponent((await params).code) });
  return { title: parsed.success ? t("editTitle", { code: parsed.data.code }) : t("title") };
}

const TONE = { PUBLISHED: "success", DRAFT: "warning", RETIRED: "neutral" } as const;

/** One path for L&D: progress (auditors too), and for L&D its details, steps, status and assignment. */
export default async function AdminPathPage({ params }: Props) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canChange = hasRole(actor, "LD_ADMIN");
  const parsed = PathCodeInput.safeParse({ code: decodeURIComponent((await params).code) });
  if (!parsed.success) notFound();
  const locale = await getLocale();
  const t = await getTranslations("paths.admin");
  const loaded = await Promise.all([pathForAdmin(parsed.data.code, locale), pathProgressReport(parsed.data.code, new Date(), locale), canChange ? courseOptions(locale) : []]).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const [path, progress, courses] = loaded;
  return (
    <>
      <BackLink href="/admin/paths" label={t("backLabel")}>
        {t("back")}
      </BackLink>
      <PageHeader
        title={path.title}
        description={<Badge tone={TONE[path.status]}>{t(`statusName.${path.status}`)}</Badge>}
        actions={
          <>
            {path.status === "PUBLISHED" && <TextLink href={`/paths/${path.code}`}>{t("viewAsLearner")}</TextLink>}
            {canChange && <PathStatusActions pathId={path.id} status={path.status} />}
          </>
        }
      />
      <div className="space-y-6">
        <section aria-labelledby="progress-title" className="space-y-3">
          <h2 id="progress-title" className="text-base font-semibold text-slate-900">
            {t("progressTitle")}
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:max-w-md">
            <Stat label={t("enrolled")} value={progress.enrolled} />
            <Stat label={t("completed")} value={progress.completed} />
          </dl>
          {progress.steps.length > 0 && (
            <Table caption={t("perStepCaption")}>
              <thead>
                <tr>
                  <Th>{t("step")}</Th>
                  <Th numeric>{t("doneBy")}</Th>
                </tr>
              </thead>
              <TBody>
                {progress.steps.map((s, i) => (
                  <tr key={s.id}>
                    <Td>{t("stepLine", { n: i + 1, title: s.title })}</Td>
                    <Td numeric>{s.done}</Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </section>
        {canChange && (
          <>
            <Card aria-labelledby="details-title">
              <CardTitle id="details-title">{t("details")}</CardTitle>
              <PathForm path={{ id: path.id, code: path.code, title: path.base.title, summary: path.base.summary, order: path.order, requiredSteps: path.requiredSteps }} />
            </Card>
            <Card aria-labelledby="steps-title">
              <CardTitle id="steps-title">{t("stepsTitle")}</CardTitle>
              <StepEditor pathId={path.id} steps={path.steps.map((s) => ({ id: s.id, title: s.title, external: s.external, provider: s.provider }))} courses={courses} />
            </Card>
            {path.status === "PUBLISHED" && (
              <Card aria-labelledby="assign-title">
                <CardTitle id="assign-title">{t("assignTitle")}</CardTitle>
                <AssignForm pathId={path.id} />
              </Card>
            )}
          </>
        )}
      </div>
    </>
  );
}
