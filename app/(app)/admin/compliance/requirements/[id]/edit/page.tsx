import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { AppError } from "~/server/errors";
import { getRequirement, requirementFormOptions } from "~/server/compliance/requirements";
import { PageHeader } from "~/components/ui/page-header";
import { RequirementForm } from "~/components/compliance/requirement-form";
import { requirementTitle } from "~/server/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("LD_ADMIN");
  const course = await requirementTitle((await params).id);
  return { title: course ? (await getTranslations("titles"))("editRequirement", { course }) : (await getTranslations("compliance.requirement"))("edit") };
}

export default async function EditRequirementPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("LD_ADMIN");
  const { id } = await params;
  const t = await getTranslations("compliance.requirement");
  const r = await getRequirement(id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const options = await requirementFormOptions();
  return (
    <>
      <PageHeader title={t("editTitle", { course: r.course.title })} description={t("description")} />
      <RequirementForm
        options={options}
        courseLabel={`${r.course.code} — ${r.course.title}`}
        initial={{
          id: r.id,
          courseId: r.courseId,
          audienceKind: r.audienceKind,
          audienceValues: r.audienceValues,
          newStaffDays: r.newStaffDays,
          effectiveFrom: r.effectiveFrom,
          dueDate: r.dueDate,
          dueAfterDays: r.dueAfterDays,
          validityMonths: r.validityMonths,
          note: r.note,
        }}
      />
    </>
  );
}
