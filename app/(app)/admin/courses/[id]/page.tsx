import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getCourseForEditing } from "~/server/courses/authoring";
import { renderError } from "~/server/errors";
import { listCategories } from "~/server/categories/categories";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { CourseForm } from "~/components/courses/admin/course-form";
import { CourseEditor } from "~/components/courses/admin/course-editor";
import { BackLink } from "~/components/ui/link";
import { ButtonLink } from "~/components/ui/button";
import { courseTitleById } from "~/server/page-titles";
import { getCourseLanguages } from "~/server/courses/translations";
import { CourseLanguages } from "~/components/courses/admin/course-languages";
import { PackageImport } from "~/components/scorm-import/package-import";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const course = await courseTitleById(await requireRole("LD_ADMIN"), (await params).id);
  return { title: course ? (await getTranslations("titles"))("editCourse", { course }) : (await getTranslations("courses.admin"))("title") };
}

export default async function EditCoursePage({ params }: Params) {
  await requireRole("LD_ADMIN");
  const { id } = await params;
  const [data, languages] = await Promise.all([getCourseForEditing(id), getCourseLanguages(id)]);
  if (!data || !languages) notFound();
  const t = await getTranslations("courses");
  const ts = await getTranslations("scormImport");
  const locale = await getLocale();
  const { course } = data;
  const categories = await listCategories({ includeRetired: false, locale });
  if (!categories.some((c) => c.id === course.categoryId)) {
    const all = await listCategories({ includeRetired: true, locale });
    const current = all.find((c) => c.id === course.categoryId);
    if (current) categories.push(current);
  }
  return (
    <>
      <BackLink href="/admin/courses" label={t("course.breadcrumb")}>
        {t("admin.title")}
      </BackLink>
      <PageHeader
        title={course.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{course.code}</span>
            <Badge tone={course.status === "PUBLISHED" ? "success" : course.status === "DRAFT" ? "warning" : "neutral"}>{t(`status.${course.status}`)}</Badge>
            <span>{course.owner ? t("admin.editor.owner", { name: course.owner.fullName }) : t("admin.editor.ownerNone")}</span>
          </span>
        }
        actions={
          data.lessons.some((l) => l.kind === "QUIZ") ? (
            <ButtonLink href={`/admin/courses/${course.id}/attempts`} variant="secondary">
              {t("admin.attempts.link")}
            </ButtonLink>
          ) : undefined
        }
      />
      <div className="grid gap-6 xl:grid-cols-5">
        <div className="xl:col-span-3">
          <CourseEditor data={{ ...data, problems: data.problems.map((p) => renderError(locale, p.key, p.params)) }} />
          {data.editable && (
            <Card aria-labelledby="add-scorm-package" className="mt-6">
              <CardTitle id="add-scorm-package">{ts("addTitle")}</CardTitle>
              <p className="mb-4 text-sm text-slate-600">{ts("addDescription")}</p>
              <PackageImport mode="lessons" courseId={course.id} />
            </Card>
          )}
        </div>
        <div className="space-y-6 xl:col-span-2">
          <CourseLanguages data={languages} />
          <Card aria-labelledby="course-details-form">
            <CardTitle id="course-details-form">{t("admin.editor.details")}</CardTitle>
            <CourseForm
              courseId={course.id}
              categories={categories}
              initial={{
                code: course.code,
                title: course.title,
                summary: course.summary,
                categoryId: course.categoryId,
                mode: course.mode,
                trainingDays: course.trainingDays,
                languages: course.languages,
                mandatory: course.mandatory,
                validityMonths: course.validityMonths,
                quizAttempts: course.quizAttempts,
                quizWaitHours: course.quizWaitHours,
                lessonsBeforeQuiz: course.lessonsBeforeQuiz,
              }}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
