import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { hasRole } from "~/server/auth/roles";
import { reviewBoard, type BoardApplication } from "~/server/programmes/selection";
import { PageHeader } from "~/components/ui/page-header";
import { BackLink, TextLink } from "~/components/ui/link";
import { Card } from "~/components/ui/card";
import { Badge, type Tone } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { DecisionButtons, PublishSelectionButton, ReviewForm } from "~/components/programmes/admin/review-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sort?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("programmeAdmin");
  const cohort = await reviewBoard((await params).id, "", "name");
  return { title: cohort ? t("review.title", { programme: cohort.programme.name, cohort: cohort.name }) : t("list.title") };
}

const STATUS_TONE: Record<string, Tone> = { SUBMITTED: "neutral", SELECTED: "success", COMPLETED: "success", WAITLISTED: "warning", NOT_SELECTED: "danger", WITHDRAWN: "neutral", DROPPED: "danger" };
const ENDORSEMENT_TONE: Record<string, Tone> = { NOT_REQUIRED: "neutral", REQUESTED: "warning", ENDORSED: "success", DECLINED: "danger" };

/** One cohort's applications for review and selection: a card per application (readable on a phone), sorted by average score. */
export default async function CohortReviewPage({ params, searchParams }: Props) {
  const actor = await requireRole("LD_ADMIN", "AUDITOR");
  const canChange = hasRole(actor, "LD_ADMIN");
  const sort = (await searchParams).sort === "name" ? "name" : "score";
  const board = await reviewBoard((await params).id, actor.id, sort);
  if (!board) notFound();
  const t = await getTranslations("programmeAdmin");
  const format = await getFormatter();
  const open = canChange && !board.selectionPublishedAt;
  return (
    <>
      <BackLink href="/admin/programmes" label={t("breadcrumb")}>
        {t("back")}
      </BackLink>
      <PageHeader
        title={t("review.title", { programme: board.programme.name, cohort: board.name })}
        description={t("review.description")}
        actions={open ? <PublishSelectionButton cohortId={board.id} cohort={`${board.programme.name} ${board.name}`} /> : undefined}
      />
      <div className="mb-4 flex flex-col gap-2 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between">
        <p>
          <span className="font-medium">{t("review.summary", { selected: board.selected, places: board.places, waitlisted: board.waitlisted })}</span>
          <span className="block text-slate-500">{t("review.call", { from: board.opensOn, to: board.closesOn })}</span>
        </p>
        <nav aria-label={t("review.sortLabel")} className="flex gap-3">
          {sort === "score" ? <span className="font-medium">{t("review.sortScore")}</span> : <TextLink href="?sort=score">{t("review.sortScore")}</TextLink>}
          {sort === "name" ? <span className="font-medium">{t("review.sortName")}</span> : <TextLink href="?sort=name">{t("review.sortName")}</TextLink>}
        </nav>
      </div>
      {board.selectionPublishedAt && (
        <p className="mb-4 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-800">
          {t("review.publishedOn", { date: format.dateTime(board.selectionPublishedAt, { dateStyle: "long" }) })}{" "}
          <TextLink href={`/admin/programmes/cohorts/${board.id}/run`} className="font-medium underline">
            {t("list.run")}
          </TextLink>
        </p>
      )}
      {board.applications.length === 0 ? (
        <EmptyState title={t("review.empty")} />
      ) : (
        <ul className="space-y-4">
          {board.applications.map((a) => (
            <li key={a.id}>
              <ApplicationCard a={a} canDecide={open} canReview={canChange} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

async function ApplicationCard({ a, canDecide, canReview }: { a: BoardApplication; canDecide: boolean; canReview: boolean }) {
  const t = await getTranslations("programmeAdmin");
  const mine = a.reviews.find((r) => r.mine);
  return (
    <Card as="article" aria-labelledby={`application-${a.id}`} className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 id={`application-${a.id}`} className="text-base font-semibold text-slate-900">
            {a.name}
          </h2>
          <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm text-slate-600">
            <span>{t("review.grade", { grade: a.grade })}</span>
            <span>{t(`gender.${a.gender}`)}</span>
            {a.dutyStation && <span>{t("review.dutyStation", { name: a.dutyStation })}</span>}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={STATUS_TONE[a.status]}>{t(`review.appStatus.${a.status}`, { position: a.waitlistPosition ?? 0 })}</Badge>
          <span className="text-sm font-medium text-slate-800">{a.average === null ? t("review.noAverage") : t("review.average", { average: a.average })}</span>
        </div>
      </div>
      <div className="flex flex-wrap items-start gap-2 text-sm">
        <Badge tone={a.verdict.eligible ? "success" : "danger"}>{a.verdict.eligible ? t("review.eligible") : t("review.notEligible")}</Badge>
        {!a.verdict.inService && <span className="text-red-700">{t("review.notInService")}</span>}
        {a.verdict.failing.map((f, i) => (
          <span key={i} className="text-red-700">
            {t("review.failing", { rule: t(`review.rule.${f.kind as "grade"}`), actual: f.actual })}
          </span>
        ))}
      </div>
      <div className="text-sm">
        <Badge tone={ENDORSEMENT_TONE[a.endorsement]}>{t(`review.endorsement.${a.endorsement}`)}</Badge>
        {a.endorsementComment && <p className="mt-1 text-slate-700">{t("review.managerComment", { manager: a.manager ?? "", comment: a.endorsementComment })}</p>}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("review.details")}</summary>
        <h3 className="mt-2 font-medium text-slate-900">{t("review.motivation")}</h3>
        <p className="whitespace-pre-line text-slate-700">{a.motivation}</p>
        <h3 className="mt-2 font-medium text-slate-900">{t("review.goals")}</h3>
        <p className="whitespace-pre-line text-slate-700">{a.goals}</p>
      </details>
      <div className="text-sm">
        <h3 className="font-medium text-slate-900">{t("review.reviews")}</h3>
        {a.reviews.length === 0 ? (
          <p className="text-slate-600">{t("review.noReviews")}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {a.reviews.map((r) => (
              <li key={r.reviewerId} className="text-slate-700">
                <span className="font-medium">{t("review.reviewLine", { reviewer: r.reviewer, score: r.score })}</span>
                {r.note && <span className="block whitespace-pre-line text-slate-600">{r.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {canReview && a.status !== "WITHDRAWN" && <ReviewForm applicationId={a.id} name={a.name} mine={mine ? { score: mine.score, note: mine.note } : null} />}
      {canDecide && a.status !== "WITHDRAWN" && <DecisionButtons applicationId={a.id} name={a.name} status={a.status} eligible={a.verdict.eligible} />}
    </Card>
  );
}
