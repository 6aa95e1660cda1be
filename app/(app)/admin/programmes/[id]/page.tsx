import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { componentOptions, eligibilityOptions, programmeForEditing } from "~/server/programmes/admin";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink, TextLink } from "~/components/ui/link";
import { Card, CardTitle } from "~/components/ui/card";
import { ProgrammeForm } from "~/components/programmes/admin/programme-form";
import { ProgrammeStatusActions } from "~/components/programmes/admin/status-actions";
import { ProgrammeStatusBadge } from "~/components/programmes/admin/status-badge";
import { CohortForm } from "~/components/programmes/admin/cohort-form";
import { ComponentEditor } from "~/components/programmes/admin/component-editor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("programmeAdmin.form");
  const p = await programmeForEditing((await params).id);
  return { title: p ? t("editTitle", { name: p.name }) : t("newTitle") };
}

/** A programme: its text and eligibility, its status, and its cohorts with their components. Auditors read. */
export default async function ProgrammePage({ params }: Props) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canChange = hasRole(actor, "LD_ADMIN");
  const programme = await programmeForEditing((await params).id);
  if (!programme) notFound();
  const t = await getTranslations("programmeAdmin");
  const [options, components] = canChange ? await Promise.all([eligibilityOptions(), componentOptions(new Date())]) : [null, { paths: [], courses: [], sessions: [] }];
  return (
    <>
      <BackLink href="/admin/programmes" label={t("breadcrumb")}>
        {t("back")}
      </BackLink>
      <PageHeader
        title={t("form.editTitle", { name: programme.name })}
        description={<ProgrammeStatusBadge status={programme.status} />}
        actions={canChange ? <ProgrammeStatusActions programmeId={programme.id} status={programme.status} /> : undefined}
      />
      {options && (
        <ProgrammeForm
          initial={{ id: programme.id, code: programme.code, name: programme.name, summary: programme.summary, description: programme.description, durationMonths: programme.durationMonths, eligibility: programme.eligibility }}
          options={options}
        />
      )}

      <h2 className="mt-10 mb-4 text-xl font-semibold text-slate-900">{t("cohorts.title")}</h2>
      <div className="space-y-6">
        {programme.cohorts.map((c) => (
          <Card key={c.id} aria-labelledby={`cohort-${c.id}`}>
            <CardTitle
              id={`cohort-${c.id}`}
              action={
                <TextLink href={`/admin/programmes/cohorts/${c.id}`} className="text-sm">
                  {t("list.review")}
                </TextLink>
              }
            >
              {t("cohorts.editCohort", { name: c.name })}
            </CardTitle>
            <CohortForm programmeId={programme.id} cohort={c} disabled={!canChange || c.completedAt !== null} />
            <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-900">{t("cohorts.components")}</h3>
            <ComponentEditor cohortId={c.id} components={c.components} options={components} readOnly={!canChange || c.completedAt !== null} />
          </Card>
        ))}
        {canChange && programme.status !== "RETIRED" && (
          <Card aria-labelledby="new-cohort">
            <CardTitle id="new-cohort">{t("cohorts.newCohort")}</CardTitle>
            <CohortForm programmeId={programme.id} />
          </Card>
        )}
      </div>
    </>
  );
}
