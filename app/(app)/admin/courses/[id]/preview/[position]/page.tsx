import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/auth/guards";
import { getPreviewLesson } from "~/server/courses/preview";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { LessonFrame } from "~/components/courses/lesson-frame";
import { VideoLesson } from "~/components/media/video-lesson";
import { previewLessonTitle } from "~/server/page-titles";

type Params = { params: Promise<{ id: string; position: string }> };

export async function generateMetadata({ params }: Params) {
  const { id, position } = await params;
  const found = await previewLessonTitle(await requireRole("LD_ADMIN"), id, Number(position));
  return { title: found ? (await getTranslations("titles"))("lessonPreview", { ...found, position: Number(position) }) : (await getTranslations("courses.admin.lesson"))("preview") };
}

/** L&D preview: the player as a learner sees it, on the draft (or live) version; nothing is recorded. */
export default async function PreviewPage({ params }: Params) {
  const actor = await requireRole("LD_ADMIN");
  const { id, position: rawPosition } = await params;
  const position = Number(rawPosition);
  const data = await getPreviewLesson(id, Number.isInteger(position) ? position : 1);
  if (!data) notFound();
  const t = await getTranslations("courses");
  const back = `/admin/courses/${id}`;
  if (!data.lesson) {
    return <EmptyState title={t("admin.editor.noLessons")} action={<ButtonLink href={back}>{t("player.backToEditor")}</ButtonLink>} />;
  }
  const href = (p: number) => `/admin/courses/${id}/preview/${p}`;
  return (
    <LessonFrame
      course={data.course}
      outline={data.outline}
      lesson={data.lesson}
      quiz={data.quiz}
      hrefFor={href}
      preview
      video={data.lesson.kind === "VIDEO" && data.lesson.mediaAssetId ? <VideoLesson actor={actor} lessonId={data.lesson.id} title={data.lesson.title} /> : undefined}
      courseCompleted={false}
      links={{ next: data.nextPosition ? href(data.nextPosition) : null, previous: data.previousPosition ? href(data.previousPosition) : null, complete: back, course: back }}
      banner={
        <Alert tone="info" title={t("player.preview")}>
          <ButtonLink href={back} variant="secondary" size="sm" className="mt-2">
            {t("player.backToEditor")}
          </ButtonLink>
        </Alert>
      }
    />
  );
}
