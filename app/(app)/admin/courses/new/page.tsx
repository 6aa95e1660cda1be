import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { listCategories } from "~/server/categories/categories";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { CourseForm } from "~/components/courses/admin/course-form";

export async function generateMetadata() {
  const t = await getTranslations("courses.admin");
  return { title: t("newTitle") };
}

export default async function NewCoursePage() {
  await requireRole("LD_ADMIN");
  const t = await getTranslations("courses.admin");
  const categories = await listCategories({ locale: await getLocale() });
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card as="div">
        <CourseForm
          courseId={null}
          categories={categories}
          initial={{ code: "", title: "", summary: "", categoryId: "", mode: "ONLINE", trainingDays: "", languages: ["en"], mandatory: false, validityMonths: null, quizAttempts: null, quizWaitHours: null, lessonsBeforeQuiz: false }}
        />
      </Card>
    </div>
  );
}
