import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { requirementFormOptions } from "~/server/compliance/requirements";
import { toIsoDate } from "~/lib/dates";
import { PageHeader } from "~/components/ui/page-header";
import { RequirementForm } from "~/components/compliance/requirement-form";

export async function generateMetadata() {
  const t = await getTranslations("compliance.requirement");
  return { title: t("newTitle") };
}

export default async function NewRequirementPage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("compliance.requirement");
  const options = await requirementFormOptions();
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("description")} />
      <RequirementForm
        options={options}
        initial={{ courseId: "", audienceKind: "", audienceValues: [], newStaffDays: null, effectiveFrom: toIsoDate(new Date()), dueDate: null, dueAfterDays: 30, validityMonths: null, note: "" }}
      />
    </>
  );
}
