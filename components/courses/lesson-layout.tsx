import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { ButtonLink } from "~/components/ui/button";
import { TextLink } from "~/components/ui/link";
import { LessonOutline, type OutlineLesson } from "~/components/courses/lesson-outline";
import { CourseLanguageSwitcher } from "~/components/courses/course-language-switcher";
import type { LessonKind } from "~/server/generated/prisma/enums";

/**
 * Every lesson page's layout, learner and L&D preview alike, whatever the lesson plays: the outline beside the lesson
 * (above it, folded, on small screens), the course link and the lesson title as the page's heading, the lesson in a
 * card, then previous/next. The player's LessonFrame and the SCORM lesson fill the card.
 */
export async function LessonLayout({
  course,
  outline,
  lesson,
  links,
  hrefFor,
  banner,
  language,
  languageHref,
  contentLang,
  cardClassName,
  children,
}: {
  course: { title: string };
  outline: OutlineLesson[];
  lesson: { position: number; title: string; required: boolean; kind: LessonKind };
  links: { previous: string | null; next: string | null; course: string };
  hrefFor: (position: number) => string;
  banner?: ReactNode;
  /** the language the course's text is shown in and the ones it is offered in: with `languageHref`, the switcher */
  language?: { current: string; offered: string[] };
  languageHref?: (lang: string) => string;
  /** the `lang` of the course's text when it differs from the page's (e.g. "fr" on an English page) */
  contentLang?: string;
  cardClassName?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("courses");
  const outlineList = <LessonOutline lessons={outline} hrefFor={hrefFor} current={lesson.position} compact lang={contentLang} />;
  return (
    <div className="grid gap-6 lg:grid-cols-4">
      <aside className="lg:col-span-1" aria-label={t("player.outline")}>
        <details className="rounded-lg bg-white p-3 shadow-xs ring-1 ring-slate-200 lg:hidden">
          <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t("player.outline")}</summary>
          <div className="mt-2">{outlineList}</div>
        </details>
        <Card className="hidden p-3 lg:sticky lg:top-4 lg:block" as="div">
          <p lang={contentLang} className="px-2 pb-2 text-sm font-semibold text-slate-900">
            {course.title}
          </p>
          {outlineList}
        </Card>
      </aside>
      <div className="min-w-0 space-y-6 lg:col-span-3">
        <div>
          <p className="text-sm">
            <TextLink href={links.course}>
              <span lang={contentLang}>{course.title}</span>
            </TextLink>
          </p>
          <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-500">
            {t("player.lessonOf", { position: lesson.position, total: outline.length })} · {t(`kind.${lesson.kind}`)}
            {!lesson.required && <> · {t("optional")}</>}
          </p>
          <h1 lang={contentLang} className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
            {lesson.title}
          </h1>
        </div>
        {language && languageHref && <CourseLanguageSwitcher language={language} hrefFor={languageHref} />}
        {banner}
        <Card as="div" className={cardClassName}>
          {children}
        </Card>
        <nav aria-label={t("player.lessonNav")} className="flex justify-between gap-2">
          {links.previous ? (
            <ButtonLink href={links.previous} variant="secondary">
              ← {t("player.previous")}
            </ButtonLink>
          ) : (
            <span />
          )}
          {links.next && (
            <ButtonLink href={links.next} variant="ghost">
              {t("player.next")} →
            </ButtonLink>
          )}
        </nav>
      </div>
    </div>
  );
}
