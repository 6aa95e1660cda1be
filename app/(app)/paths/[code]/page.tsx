import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { pathForLearner, type PathView } from "~/server/paths/learner";
import { PathCodeInput } from "~/lib/schemas/paths";
import { formatDays } from "~/lib/training-days";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { BackLink } from "~/components/ui/link";
import { PathEnrolButtons } from "~/components/paths/enrol-buttons";
import { PathProgressBar } from "~/components/paths/progress-bar";
import { PathStepList } from "~/components/paths/step-list";

type Props = { params: Promise<{ code: string }> };

async function load(code: string): Promise<PathView> {
  const actor = await requireActor();
  const parsed = PathCodeInput.safeParse({ code: decodeURIComponent(code) });
  if (!parsed.success) notFound();
  try {
    return await pathForLearner(parsed.data.code, actor.id, new Date(), await getLocale());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("paths");
  const parsed = PathCodeInput.safeParse({ code: decodeURIComponent((await params).code) });
  return { title: parsed.success ? t("pathTitle", { code: parsed.data.code }) : t("title") };
}

/** One path: its steps in order with where the person stands, enrol or leave, and the completion when reached. */
export default async function PathPage({ params }: Props) {
  const path = await load((await params).code);
  const t = await getTranslations("paths");
  const format = await getFormatter();
  const locale = await getLocale();
  const completedAt = path.enrolment?.completedAt;
  return (
    <>
      <BackLink href="/paths" label={t("backLabel")}>
        {t("back")}
      </BackLink>
      <PageHeader
        title={path.title}
        description={path.summary}
        actions={<PathEnrolButtons pathId={path.id} enrolled={!!path.enrolment} completed={!!completedAt} title={path.title} />}
      />
      <div className="space-y-4">
        {completedAt && (
          <Alert tone="success" title={t("completedTitle")}>
            {t("completedOn", { date: format.dateTime(completedAt, { dateStyle: "long" }) })}
          </Alert>
        )}
        <PathProgressBar done={path.progress.done} required={path.progress.required} label={t("progress", { done: Math.min(path.progress.done, path.progress.required), total: path.progress.required })} />
        <p className="text-sm text-slate-600">
          {path.order === "SEQUENTIAL" ? t("rule.sequential") : t("rule.free")}{" "}
          {path.requiredSteps === null ? t("rule.all") : t("rule.some", { required: path.progress.required, total: path.progress.total })}
        </p>
        <p className="text-sm text-slate-600">{t("daysNote", { days: formatDays(path.totalDays, locale) })}</p>
        {!path.enrolment && <p className="text-sm text-slate-700">{t("enrolHint")}</p>}
        <PathStepList steps={path.steps} showStates={!!path.enrolment} />
      </div>
    </>
  );
}
