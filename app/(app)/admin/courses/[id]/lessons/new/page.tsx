import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getCourseForEditing } from "~/server/courses/authoring";
import { LESSON_KINDS, type LessonKindValue } from "~/lib/schemas/courses";
import { PageHeader } from "~/components/ui/page-header";
import { Card } from "~/components/ui/card";
import { Alert } from "~/components/ui/alert";
import { LessonForm } from "~/components/courses/admin/lesson-form";
import { BackLink } from "~/components/ui/link";
import { courseTitleById } from "~/server/page-titles";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string }> };

export async function generateMetadata({ params }: Params) {
  const course = await courseTitleById(await requireRole("LD_ADMIN"), (await params).id);
  return { title: course ? (await getTranslations("titles"))("newLesson", { course }) : (await getTranslations("courses.admin"))("title") };
}

export default async function NewLessonPage({ params, searchParams }: Params) {
  await requireRole("LD_ADMIN");
  const { id } = await params;
  const { kind: rawKind } = await searchParams;
  const kind = LESSON_KINDS.find((k) => k === rawKind) as LessonKindValue | undefined;
  const data = await getCourseForEditing(id);
  if (!data || !kind) notFound();
  const t = await getTranslations("courses");
  const statementStart = kind === "ATTESTATION" ? t("admin.lesson.statementStart") : "";
  return (
    <div className="max-w-3xl">
      <BackLink href={`/admin/courses/${id}`} label={t("course.breadcrumb")}>
        {t("admin.lesson.backToCourse", { code: data.course.code })}
      </BackLink>
      <PageHeader title={t("admin.lesson.newTitle", { kind: t(`kind.${kind}`).toLowerCase() })} />
      {!data.editable ? (
        <Alert tone="warning">{t("admin.lesson.needsDraft")}</Alert>
      ) : (
        <Card as="div">
          <LessonForm
            courseId={id}
            readOnly={false}
            initial={{ id: null, kind, title: "", required: true, body: statementStart, url: null, watchedThreshold: null, passMark: null, shuffle: kind === "QUIZ", drawCount: null }}
          />
        </Card>
      )}
    </div>
  );
}
