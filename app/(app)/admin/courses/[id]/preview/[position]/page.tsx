import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { HTML_LANG, isLocale } from "~/lib/i18n/locales";
import { requireRole } from "~/server/auth/guards";
import { getPreviewLesson } from "~/server/courses/preview";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { LessonFrame } from "~/components/courses/lesson-frame";
import { VideoLesson } from "~/components/media/video-lesson";
import { previewLessonTitle } from "~/server/page-titles";
import { PreviewLanguageSwitcher } from "~/components/courses/admin/preview-language-switcher";
import { ScormLesson } from "~/components/scorm/scorm-lesson";

type Params = { params: Promise<{ id: string; position: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Params) {
  const { id, position } = await params;
  const rawLang = (await searchParams).lang;
  const found = await previewLessonTitle(await requireRole("LD_ADMIN"), id, Number(position), typeof rawLang === "string" ? rawLang : null);
  return { title: found ? (await getTranslations("titles"))("lessonPreview", { ...found, position: Number(position) }) : (await getTranslations("courses.admin.lesson"))("preview") };
}

/**
 * L&D preview: the player as a learner sees it, on the draft (or live) version; nothing is recorded. `?lang=` shows
 * the course in one of its languages (a switcher above the lesson), parts not translated yet in the base language.
 */
export default async function PreviewPage({ params, searchParams }: Params) {
  const actor = await requireRole("LD_ADMIN");
  const { id, position: rawPosition } = await params;
  const rawLang = (await searchParams).lang;
  const position = Number(rawPosition);
  const data = await getPreviewLesson(id, Number.isInteger(position) ? position : 1, typeof rawLang === "string" ? rawLang : null);
  if (!data) notFound();
  const t = await getTranslations("courses");
  const back = `/admin/courses/${id}`;
  if (!data.lesson) {
    return <EmptyState title={t("admin.editor.noLessons")} action={<ButtonLink href={back}>{t("player.backToEditor")}</ButtonLink>} />;
  }
  const { language } = data;
  const lessonPosition = data.lesson.position;
  // The course's text is marked with its language when it is not the page's (screen readers switch voice).
  const pageLocale = await getLocale();
  const contentLang = language.current !== pageLocale && isLocale(language.current) ? HTML_LANG[language.current] : undefined;
  // The chosen language stays in every link of the preview; the base language needs no parameter.
  const query = language.current === language.base ? "" : `?lang=${language.current}`;
  const href = (p: number) => `/admin/courses/${id}/preview/${p}${query}`;
  const banner = (
    <Alert tone="info" title={t("player.preview")}>
      <PreviewLanguageSwitcher
        current={language.current}
        base={language.base}
        offered={language.offered}
        choices={language.choices}
        hrefFor={(l) => `/admin/courses/${id}/preview/${lessonPosition}${l === language.base ? "" : `?lang=${l}`}`}
      />
      <ButtonLink href={back} variant="secondary" size="sm" className="mt-2">
        {t("player.backToEditor")}
      </ButtonLink>
    </Alert>
  );
  const links = { next: data.nextPosition ? href(data.nextPosition) : null, previous: data.previousPosition ? href(data.previousPosition) : null, complete: back, course: back };
  if (data.lesson.kind === "SCORM") {
    // The SCO plays in browse mode with the run-time API; nothing is stored (server/scorm/runtime.ts previewScorm).
    return (
      <ScormLesson
        actor={actor}
        mode="preview"
        course={data.course}
        outline={data.outline}
        lesson={data.lesson}
        hrefFor={href}
        contentLang={contentLang}
        links={links}
        banner={() => banner}
        courseCompleted={false}
      />
    );
  }
  return (
    <LessonFrame
      course={data.course}
      outline={data.outline}
      lesson={{ ...data.lesson, kind: data.lesson.kind }}
      quiz={data.quiz}
      hrefFor={href}
      preview
      contentLang={contentLang}
      video={data.lesson.kind === "VIDEO" && data.lesson.mediaAssetId ? <VideoLesson actor={actor} lessonId={data.lesson.id} title={data.lesson.title} /> : undefined}
      courseCompleted={false}
      links={links}
      banner={banner}
    />
  );
}
