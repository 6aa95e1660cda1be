import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { explainRequirement } from "~/server/compliance/explain";
import { toIsoDate } from "~/lib/dates";
import { PageHeader } from "~/components/ui/page-header";
import { Explanation } from "~/components/compliance/explanation";
import { requirementTitle } from "~/server/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ requirementId: string }> }) {
  const t = await getTranslations("compliance.mine");
  await requireActor();
  const course = await requirementTitle((await params).requirementId);
  return { title: course ? (await getTranslations("titles"))("explain", { course }) : t("explain") };
}

/** "Why not complete?" for one requirement: the person's own, or (?person=) a direct report's or anyone's for L&D. */
export default async function ExplainPage({ params, searchParams }: { params: Promise<{ requirementId: string }>; searchParams: Promise<{ person?: string }> }) {
  const actor = await requireActor();
  const { requirementId } = await params;
  const { person } = await searchParams;
  const staffId = typeof person === "string" && person ? person : actor.id;
  const now = new Date();
  const e = await explainRequirement(actor, staffId, requirementId, now).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("compliance.explain");
  const title = e.state ? t("title", { course: e.requirement.course.title, state: e.state.state }) : t("titleNotApplicable", { course: e.requirement.course.title });
  return (
    <>
      <PageHeader title={title} description={staffId === actor.id ? undefined : t("forPerson", { name: e.person.fullName })} />
      <Explanation e={e} today={toIsoDate(now)} />
    </>
  );
}
