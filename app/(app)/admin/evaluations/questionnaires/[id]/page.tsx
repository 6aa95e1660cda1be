import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { getQuestionnaire } from "~/server/evaluations/questionnaires";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink } from "~/components/ui/link";
import { QuestionnaireEditor } from "~/components/evaluations/questionnaire-editor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("evaluations.questionnaires");
  return { title: t("title") };
}

export default async function QuestionnairePage({ params }: Props) {
  await requireRole("LD_ADMIN");
  const { id } = await params;
  const t = await getTranslations("evaluations.questionnaires");
  let questionnaire;
  try {
    questionnaire = await getQuestionnaire(id.slice(0, 64));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  return (
    <>
      <BackLink href="/admin/evaluations/questionnaires" label={t("title")}>
        {t("title")}
      </BackLink>
      <PageHeader title={t("editTitle", { name: questionnaire.name })} />
      <QuestionnaireEditor questionnaire={questionnaire} />
    </>
  );
}
