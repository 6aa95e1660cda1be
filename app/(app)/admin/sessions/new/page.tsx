import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { sessionCourseOptions } from "~/server/enrolment/sessions";
import { PageHeader } from "~/components/ui/page-header";
import { SessionForm } from "~/components/enrolment/session-form";
import { BackLink } from "~/components/ui/link";

export async function generateMetadata() {
  const t = await getTranslations("enrolment.form");
  return { title: t("newTitle") };
}

export default async function NewSessionPage({ searchParams }: { searchParams: Promise<{ course?: string }> }) {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("enrolment");
  const courses = await sessionCourseOptions();
  const sp = await searchParams;
  const preset = courses.find((c) => c.id === sp.course || c.code === sp.course);
  return (
    <>
      <BackLink href="/admin/sessions" label={t("session.breadcrumb")}>
        {t("admin.back")}
      </BackLink>
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <SessionForm
        courses={courses}
        initial={{
          courseId: preset?.id ?? "",
          delivery: preset?.mode === "VIRTUAL" ? "VIRTUAL" : "IN_PERSON",
          location: "",
          meetingUrl: "",
          trainer: "",
          trainerName: "",
          capacity: 20,
          language: "en",
          timeZone: "Europe/Zurich",
          enrolmentDeadline: "",
          notes: "",
          days: [{ date: "", start: "09:00", end: "12:30" }],
        }}
      />
    </>
  );
}
