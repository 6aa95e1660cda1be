import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getSessionForEditing, sessionCourseOptions } from "~/server/enrolment/sessions";
import { PageHeader } from "~/components/ui/page-header";
import { Alert } from "~/components/ui/alert";
import { SessionForm } from "~/components/enrolment/session-form";
import { BackLink } from "~/components/ui/link";
import { sessionPageTitle } from "~/components/enrolment/session-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("enrolment.form");
  return { title: await sessionPageTitle("editSession", (await params).id, t("editTitle")) };
}

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("LD_ADMIN");
  const { id } = await params;
  const [form, courses] = await Promise.all([getSessionForEditing(id), sessionCourseOptions()]);
  if (!form) notFound();
  const t = await getTranslations("enrolment");
  const options = courses.some((c) => c.id === form.courseId) ? courses : [{ id: form.courseId, code: form.course.code, title: form.course.title, mode: "CLASSROOM", status: "PUBLISHED" }, ...courses];
  return (
    <>
      <BackLink href={`/admin/sessions/${id}`} label={t("session.breadcrumb")}>
        {t("admin.backToSession")}
      </BackLink>
      <PageHeader title={t("form.editTitle")} description={form.course.title} />
      {form.status === "CANCELLED" ? (
        <Alert tone="warning">{t("form.cancelledNoEdit")}</Alert>
      ) : (
        <>
          <div className="mb-4">
            <Alert>{t("form.editHint")}</Alert>
          </div>
          <SessionForm
            sessionId={id}
            courses={options}
            initial={{ ...form, delivery: form.delivery, days: form.days }}
          />
        </>
      )}
    </>
  );
}
