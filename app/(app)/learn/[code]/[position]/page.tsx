import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "~/server/auth/guards";
import { getPlayerLesson } from "~/server/courses/player";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { LessonFrame } from "~/components/courses/lesson-frame";
import { VideoLesson } from "~/components/media/video-lesson";
import { lessonTitle } from "~/server/page-titles";
import { htmlLang } from "~/components/courses/course-language-switcher";
import { ScormLesson } from "~/components/scorm/scorm-lesson";

type Params = { params: Promise<{ code: string; position: string }> };

export async function generateMetadata({ params, searchParams }: Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code, position } = await params;
  const rawLang = (await searchParams).lang;
  // Titled in the language the player shows the course in (?lang=, else the reader's when offered).
  const reader = { lang: Array.isArray(rawLang) ? rawLang[0] : rawLang, locale: await getLocale() };
  const found = await lessonTitle(await requireActor(), decodeURIComponent(code), Number(position), reader);
  const t = await getTranslations("titles");
  return { title: found ? t("lesson", { course: found.course, position: Number(position), lesson: found.lesson }) : t("course") };
}

export default async function LessonPage({ params, searchParams }: Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { code: rawCode, position: rawPosition } = await params;
  const code = decodeURIComponent(rawCode);
  const position = Number(rawPosition);
  if (!Number.isInteger(position) || position < 1) notFound();
  const rawLang = (await searchParams).lang;
  const locale = await getLocale();
  // The course in the language the learner switched to (?lang=), else theirs when offered, else its base language.
  const data = await getPlayerLesson(actor, code, position, new Date(), { lang: Array.isArray(rawLang) ? rawLang[0] : rawLang, locale });
  // Not started (or no such lesson): the course page has the Start button, or the 404.
  if (!data) redirect(`/courses/${encodeURIComponent(code)}`);
  const t = await getTranslations("courses.player");
  // Links keep the chosen course language while it is not the reader's own.
  const other = data.language.current !== locale;
  const query = other ? `?lang=${encodeURIComponent(data.language.current)}` : "";
  const href = (p: number) => `/learn/${encodeURIComponent(code)}/${p}${query}`;
  const completed = !!data.progress.completedAt;
  const banner = (done: boolean) =>
    done ? (
      <Alert tone="success" title={t("completedBanner")}>
        <ButtonLink href={`/learn/${encodeURIComponent(code)}/complete`} variant="secondary" size="sm" className="mt-2">
          {t("seeCompletion")}
        </ButtonLink>
      </Alert>
    ) : undefined;
  if (data.lesson.kind === "SCORM") {
    // The package's SCO in an iframe with the SCORM run-time API (server/scorm/runtime.ts, components/scorm).
    return (
      <ScormLesson
        actor={actor}
        mode="learner"
        course={data.course}
        outline={data.outline}
        lesson={data.lesson}
        hrefFor={href}
        language={data.language}
        languageHref={(lang) => `/learn/${encodeURIComponent(code)}/${position}?lang=${encodeURIComponent(lang)}`}
        contentLang={other ? htmlLang(data.language.current) : undefined}
        links={{
          next: data.nextPosition ? href(data.nextPosition) : null,
          previous: data.previousPosition ? href(data.previousPosition) : null,
          complete: `/learn/${encodeURIComponent(code)}/complete${query}`,
          course: `/courses/${encodeURIComponent(code)}${query}`,
        }}
        banner={banner}
        courseCompleted={completed}
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
      preview={false}
      language={data.language}
      languageHref={(lang) => `/learn/${encodeURIComponent(code)}/${position}?lang=${encodeURIComponent(lang)}`}
      contentLang={other ? htmlLang(data.language.current) : undefined}
      video={
        data.lesson.kind === "VIDEO" && data.lesson.mediaAssetId ? (
          <VideoLesson actor={actor} lessonId={data.lesson.id} title={data.lesson.title} language={data.language} />
        ) : undefined
      }
      courseCompleted={completed}
      links={{
        next: data.nextPosition ? href(data.nextPosition) : null,
        previous: data.previousPosition ? href(data.previousPosition) : null,
        complete: `/learn/${encodeURIComponent(code)}/complete${query}`,
        course: `/courses/${encodeURIComponent(code)}${query}`,
      }}
      banner={banner(completed)}
    />
  );
}
