import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import type { Actor } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { launchScorm, previewScorm, type ScormLaunch } from "~/server/scorm/runtime";
import { Alert } from "~/components/ui/alert";
import { LessonLayout } from "~/components/courses/lesson-layout";
import type { OutlineLesson } from "~/components/courses/lesson-outline";
import { ScormPlayer } from "~/components/scorm/scorm-player";

/**
 * A SCORM lesson (server component): starts the launch — the learner's (counted, resumed) or L&D's preview (browse
 * mode, nothing stored) — and shows the SCO in the lesson layout; a launch the server refuses (the package's files
 * are missing…) shows its sentence instead.
 */
export async function ScormLesson({
  actor,
  mode,
  course,
  outline,
  lesson,
  links,
  hrefFor,
  banner,
  courseCompleted,
  language,
  languageHref,
  contentLang,
}: {
  actor: Actor;
  mode: "learner" | "preview";
  course: { title: string };
  outline: OutlineLesson[];
  lesson: { id: string; position: number; title: string; required: boolean };
  links: { next: string | null; previous: string | null; complete: string; course: string };
  hrefFor: (position: number) => string;
  /** the page's banner given whether the course is complete (after this launch: an asset item completes on launch) */
  banner?: (courseCompleted: boolean) => ReactNode;
  courseCompleted: boolean;
  language?: { current: string; offered: string[] };
  languageHref?: (lang: string) => string;
  contentLang?: string;
}) {
  let launch: ScormLaunch | null = null;
  let refusal: string | null = null;
  try {
    launch = mode === "learner" ? await launchScorm(actor, lesson.id, new Date()) : await previewScorm(actor, lesson.id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refusal = error.messageFor(await getLocale());
  }
  const done = courseCompleted || !!launch?.courseDone;
  return (
    <LessonLayout
      course={course}
      outline={launch?.lessonDone ? outline.map((l) => (l.id === lesson.id ? { ...l, done: true } : l)) : outline}
      lesson={{ ...lesson, kind: "SCORM" }}
      links={links}
      hrefFor={hrefFor}
      banner={banner?.(done)}
      language={language}
      languageHref={languageHref}
      contentLang={contentLang}
      cardClassName="p-3 sm:p-4"
    >
      {launch ? (
        <ScormPlayer launch={launch} title={lesson.title} nextHref={links.next} completeHref={mode === "learner" ? links.complete : null} />
      ) : (
        <Alert tone="warning">{refusal}</Alert>
      )}
    </LessonLayout>
  );
}
