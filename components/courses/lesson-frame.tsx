import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Alert } from "~/components/ui/alert";
import { LessonLayout } from "~/components/courses/lesson-layout";
import type { OutlineLesson } from "~/components/courses/lesson-outline";
import { LessonPlayer } from "~/components/courses/lesson-player";
import { Prose } from "~/components/courses/prose";
import type { LessonView, PlayerLinks, QuizView } from "~/components/courses/player-types";

/** The player's lessons (reading, video, quiz, attestation, external link) in the lesson layout, with their step. */
export async function LessonFrame({
  course,
  outline,
  lesson,
  quiz,
  links,
  hrefFor,
  preview,
  courseCompleted,
  banner,
  video,
  language,
  languageHref,
  contentLang,
}: {
  course: { code: string; title: string };
  outline: OutlineLesson[];
  lesson: LessonView;
  quiz: QuizView | null;
  links: PlayerLinks;
  hrefFor: (position: number) => string;
  preview: boolean;
  courseCompleted: boolean;
  banner?: ReactNode;
  /** the video player for a lesson with a media asset (video module) */
  video?: ReactNode;
  /** the language the course's text is shown in and the ones it is offered in: with `languageHref`, the switcher */
  language?: { current: string; offered: string[] };
  languageHref?: (lang: string) => string;
  /** the `lang` of the course's text when it differs from the page's (e.g. "fr" on an English page) */
  contentLang?: string;
}) {
  const t = await getTranslations("courses");
  return (
    <LessonLayout
      course={course}
      outline={outline}
      lesson={lesson}
      links={links}
      hrefFor={hrefFor}
      banner={banner}
      language={language}
      languageHref={languageHref}
      contentLang={contentLang}
      cardClassName="sm:p-8"
    >
      <LessonPlayer lesson={lesson} quiz={quiz} links={links} preview={preview} courseCompleted={courseCompleted} courseLanguage={language?.current} contentLang={contentLang}>
        {lesson.kind === "READING" && lesson.html !== null && (
          <div lang={contentLang} data-testid="lesson-text">
            <Prose html={lesson.html} />
          </div>
        )}
        {lesson.kind === "VIDEO" && lesson.mediaAssetId && (video ?? <Alert>{t("player.videoPlayer")}</Alert>)}
      </LessonPlayer>
    </LessonLayout>
  );
}
