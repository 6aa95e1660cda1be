import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { localeOr } from "~/lib/i18n/locales";
import { evaluationForm } from "~/server/evaluations/requests";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { Alert } from "~/components/ui/alert";
import { BackLink } from "~/components/ui/link";
import { EvaluationForm } from "~/components/evaluations/evaluation-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("evaluations");
  return { title: t("title") };
}

async function load(staffId: string, id: string, locale: string) {
  try {
    return await evaluationForm(staffId, id.slice(0, 64), locale);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/** One evaluation in the reader's language; answered or not yet open, it says so instead of showing the form. */
export default async function EvaluationPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const form = await load(actor.id, id, localeOr(actor.locale));
  const t = await getTranslations("evaluations");
  const format = await getFormatter();
  const open = form.opensAt <= new Date();
  return (
    <>
      <BackLink href="/evaluations" label={t("form.back")}>
        {t("form.back")}
      </BackLink>
      <PageHeader
        title={t("form.title", { course: form.course })}
        description={[format.dateTime(form.date, { dateStyle: "long", timeZone: "UTC" }), t(`kind.${form.kind}`), form.about ? t("open.forPerson", { name: form.about }) : null].filter(Boolean).join(" · ")}
      />
      <Card className="max-w-2xl">
        {form.answered ? (
          <Alert tone="success">{t("form.already")}</Alert>
        ) : !open ? (
          <Alert tone="info">{t("form.notOpen", { date: format.dateTime(form.opensAt, { dateStyle: "long" }) })}</Alert>
        ) : (
          <EvaluationForm requestId={form.id} questions={form.questions} />
        )}
      </Card>
    </>
  );
}
