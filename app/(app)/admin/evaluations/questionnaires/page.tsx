import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listQuestionnaires, questionnaireFormOptions } from "~/server/evaluations/questionnaires";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { BackLink, TextLink } from "~/components/ui/link";
import { EmptyState } from "~/components/ui/empty-state";
import { QuestionnaireCreateForm } from "~/components/evaluations/questionnaire-create-form";
import { DeleteQuestionnaireButton } from "~/components/evaluations/delete-questionnaire-button";

export async function generateMetadata() {
  const t = await getTranslations("evaluations.questionnaires");
  return { title: t("title") };
}

/** L&D's questionnaires: the standard one, one per course or category; unused ones can be deleted. */
export default async function QuestionnairesPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("evaluations.questionnaires");
  const [rows, options] = await Promise.all([listQuestionnaires(), questionnaireFormOptions()]);
  return (
    <>
      <BackLink href="/admin/evaluations" label={t("back")}>
        {t("back")}
      </BackLink>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          {rows.length === 0 ? (
            <EmptyState title={t("empty")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {rows.map((q) => (
                <li key={q.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <TextLink href={`/admin/evaluations/questionnaires/${q.id}`} className="font-medium">
                      {q.name}
                    </TextLink>
                    <p className="text-sm text-slate-600">
                      {t(`scopeValue.${q.scope}`, { name: q.target ?? "—" })}
                    </p>
                    <p className="text-xs text-slate-500">
                      {t("summaryLine", { questions: t("questionCount", { count: q.questionCount }), usage: t("inUse", { count: q.requests }) })}
                    </p>
                  </div>
                  {q.scope !== "DEFAULT" && q.requests === 0 && <DeleteQuestionnaireButton id={q.id} name={q.name} />}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <QuestionnaireCreateForm options={options} />
      </div>
    </>
  );
}
