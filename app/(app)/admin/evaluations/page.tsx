import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { localeOr } from "~/lib/i18n/locales";
import { EVALUATION_KINDS } from "~/lib/evaluations/questionnaire";
import { EvaluationResultsFilter, RESULT_FILTER_KEYS } from "~/lib/schemas/evaluations";
import { evaluationResults, resultFilterOptions } from "~/server/evaluations/results";
import { getEvaluationSettings } from "~/server/evaluations/settings";
import { PageHeader } from "~/components/ui/page-header";
import { ButtonLink } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";
import { ResultsView } from "~/components/evaluations/results-view";
import { EvaluationSettingsForm } from "~/components/evaluations/settings-form";

export async function generateMetadata() {
  const t = await getTranslations("evaluations.admin");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Evaluation results for L&D and auditors (every scope), and for trainers (their own sessions, without comments). */
export default async function EvaluationResultsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = EvaluationResultsFilter.safeParse(Object.fromEntries(RESULT_FILTER_KEYS.map((k) => [k, one(sp[k])])));
  const filter = parsed.success ? parsed.data : EvaluationResultsFilter.parse({});
  const locale = localeOr(actor.locale);
  const asOf = new Date();
  let loaded;
  try {
    loaded = await Promise.all([evaluationResults(actor, filter, asOf, locale), resultFilterOptions(actor, filter.courseId, asOf, locale)]);
  } catch (e) {
    if (e instanceof AppError && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
  const [results, options] = loaded;
  const admin = hasRole(actor, "LD_ADMIN");
  const all = hasRole(actor, "LD_ADMIN", "AUDITOR");
  const t = await getTranslations("evaluations");
  const format = await getFormatter();
  const session = (s: { startsAt: Date; timeZone: string }) => format.dateTime(s.startsAt, { dateStyle: "medium", timeZone: s.timeZone });

  return (
    <>
      <PageHeader
        title={t("admin.title")}
        description={all ? t("admin.description") : t("admin.trainerDescription")}
        actions={
          admin ? (
            <ButtonLink href="/admin/evaluations/questionnaires" variant="secondary">
              {t("admin.questionnaires")}
            </ButtonLink>
          ) : undefined
        }
      />
      <FilterBar label={t("admin.filters.label")} grid="sm:grid-cols-2 lg:grid-cols-4" apply={t("admin.filters.apply")} reset={{ href: "/admin/evaluations", label: t("admin.filters.reset") }}>
        <FilterSelect label={t("admin.filters.kind")} name="kind" value={filter.kind} options={EVALUATION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        <FilterSelect label={t("admin.filters.course")} name="courseId" value={filter.courseId} any={t("admin.filters.any")} options={options.courses.map((c) => ({ value: c.id, label: c.title }))} />
        {filter.courseId && (
          <FilterSelect label={t("admin.filters.session")} name="sessionId" value={filter.sessionId} any={t("admin.filters.any")} options={options.sessions.map((s) => ({ value: s.id, label: session(s) }))} />
        )}
        {all && (
          <FilterSelect label={t("admin.filters.trainer")} name="trainerId" value={filter.trainerId} any={t("admin.filters.any")} options={options.trainers.map((s) => ({ value: s.id, label: s.fullName }))} />
        )}
        <FilterSelect label={t("admin.filters.category")} name="categoryId" value={filter.categoryId} any={t("admin.filters.any")} options={options.categories.map((c) => ({ value: c.id, label: c.name }))} />
        <Field label={t("admin.filters.from")}>{(p) => <Input {...p} type="month" name="from" defaultValue={filter.from ?? ""} />}</Field>
        <Field label={t("admin.filters.to")}>{(p) => <Input {...p} type="month" name="to" defaultValue={filter.to ?? ""} />}</Field>
      </FilterBar>
      <ResultsView results={results} />
      {admin && (
        <div className="mt-8 max-w-xl">
          <EvaluationSettingsForm initial={await getEvaluationSettings()} />
        </div>
      )}
    </>
  );
}
