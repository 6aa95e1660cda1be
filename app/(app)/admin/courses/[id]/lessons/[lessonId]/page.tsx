import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getLessonForEditing } from "~/server/courses/authoring";
import { PageHeader } from "~/components/ui/page-header";
import { Card, CardTitle } from "~/components/ui/card";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { LessonForm } from "~/components/courses/admin/lesson-form";
import { QuestionEditor } from "~/components/courses/admin/question-editor";
import { VideoLessonEditor } from "~/components/media/video-lesson-editor";
import { BackLink } from "~/components/ui/link";
import { lessonTitleById } from "~/server/page-titles";
import { ScormLessonDetails } from "~/components/scorm-import/scorm-lesson-details";

type Params = { params: Promise<{ id: string; lessonId: string }> };

export async function generateMetadata({ params }: Params) {
  const found = await lessonTitleById(await requireRole("LD_ADMIN"), (await params).lessonId);
  return { title: found ? (await getTranslations("titles"))("editLesson", found) : (await getTranslations("courses.admin"))("title") };
}

export default async function EditLessonPage({ params }: Params) {
  await requireRole("LD_ADMIN");
  const { id, lessonId } = await params;
  const lesson = await getLessonForEditing(lessonId);
  if (!lesson || lesson.version.course.id !== id) notFound();
  const t = await getTranslations("courses");
  const readOnly = !!lesson.version.publishedAt;
  const tm = await getTranslations("media.editor");
  return (
    <div className="max-w-4xl">
      <BackLink href={`/admin/courses/${id}`} label={t("course.breadcrumb")}>
        {t("admin.lesson.backToCourse", { code: lesson.version.course.code })}
      </BackLink>
      <PageHeader
        title={t("admin.lesson.editTitle", { position: lesson.position, title: lesson.title })}
        description={t(`kind.${lesson.kind}`)}
        actions={
          <ButtonLink href={`/admin/courses/${id}/preview/${lesson.position}`} variant="secondary">
            {t("admin.lesson.preview")}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        {readOnly && <Alert tone="warning">{t("admin.lesson.readOnly")}</Alert>}
        {lesson.kind === "SCORM" ? (
          <Card aria-labelledby="lesson-scorm">
            <CardTitle id="lesson-scorm">{t("kind.SCORM")}</CardTitle>
            <ScormLessonDetails item={lesson.scormItem} launch={lesson.scormLaunch} pkg={lesson.scormPackage} />
          </Card>
        ) : (
          <Card as="div">
            <LessonForm
              courseId={id}
              readOnly={readOnly}
              poolSize={lesson.questions.length}
              initial={{
                id: lesson.id,
                kind: lesson.kind,
                title: lesson.title,
                required: lesson.required,
                body: lesson.body,
                url: lesson.url,
                watchedThreshold: lesson.watchedThreshold,
                passMark: lesson.passMark,
                shuffle: lesson.shuffle,
                drawCount: lesson.drawCount,
              }}
            />
          </Card>
        )}
        {lesson.kind === "VIDEO" && (
          <Card aria-labelledby="lesson-video">
            <CardTitle id="lesson-video">{tm("title")}</CardTitle>
            <VideoLessonEditor lessonId={lesson.id} assetId={lesson.mediaAssetId} editable={!readOnly} />
          </Card>
        )}
        {lesson.kind === "QUIZ" && <QuestionEditor lessonId={lesson.id} questions={lesson.questions} readOnly={readOnly} />}
      </div>
    </div>
  );
}
