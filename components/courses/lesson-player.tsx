"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button, ButtonLink } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import type { LessonView, PlayerLinks, QuizView } from "~/components/courses/player-types";
import { useHydrated } from "~/lib/forms/use-hydrated";

// Only a quiz lesson loads the quiz runner (and the input schemas it validates with): reading, video and
// attestation lessons ship without it (scripts/bench/weight.ts).
const QuizRunner = dynamic(() => import("~/components/courses/quiz-runner").then((m) => m.QuizRunner));

/**
 * The body of one lesson and its step: mark a reading as read, confirm an external activity or a video,
 * confirm an attestation, or take the quiz. In L&D preview nothing is sent to the server except quiz grading,
 * which stores nothing.
 */
export function LessonPlayer({
  lesson,
  quiz,
  links,
  preview,
  courseCompleted,
  children,
  courseLanguage,
  contentLang,
}: {
  lesson: LessonView;
  quiz: QuizView | null;
  links: PlayerLinks;
  preview: boolean;
  courseCompleted: boolean;
  /** the lesson's content rendered on the server (reading text, video player…) */
  children?: ReactNode;
  /** the course language the text is in (the quiz's result comes back in it) */
  courseLanguage?: string;
  /** the text's `lang` when it differs from the page's */
  contentLang?: string;
}) {
  const t = useTranslations("courses.player");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [checkError, setCheckError] = useState<string | null>(null);
  // Read when confirming (not mirrored in state), so a tick made while the page was still loading counts.
  const confirmRef = useRef<HTMLInputElement>(null);
  const checkboxId = useId();
  const hydrated = useHydrated();

  function after(result: { courseCompleted: boolean; nextPosition: number | null }) {
    if (result.courseCompleted) router.push(links.complete);
    else if (links.next) router.push(links.next);
    else router.refresh();
  }
  const complete = useAction(trpc.courses.completeLesson.mutationOptions(), { errors: "inline", onSuccess: after, refresh: false });
  const attest = useAction(trpc.courses.attest.mutationOptions(), { errors: "inline", onSuccess: after, refresh: false });
  const error = checkError ?? complete.error ?? attest.error;

  function step(kind: "complete" | "attest") {
    setCheckError(null);
    if (preview) {
      if (links.next) router.push(links.next);
      return;
    }
    if (kind === "attest" && !confirmRef.current?.checked) {
      setCheckError(t("attestRequired"));
      return;
    }
    void (kind === "attest" ? attest.run({ lessonId: lesson.id, confirmed: true }) : complete.run({ lessonId: lesson.id }));
  }

  const busy = complete.pending || attest.pending || complete.succeeded || attest.succeeded;
  const doneNote = lesson.done && lesson.doneAt && (
    <p className="text-sm text-green-800">
      ✓ {lesson.kind === "ATTESTATION" && lesson.attestedName ? t("attestedBy", { name: lesson.attestedName, date: format.dateTime(lesson.doneAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("doneAt", { date: format.dateTime(lesson.doneAt, { dateStyle: "medium" }) })}
    </p>
  );
  const continueLink = links.next ? <ButtonLink href={links.next}>{t("continue")}</ButtonLink> : courseCompleted && !preview ? <ButtonLink href={links.complete}>{t("seeCompletion")}</ButtonLink> : null;
  const errorLine = <FormError message={error} />;

  if (lesson.kind === "QUIZ" && quiz) {
    return <QuizRunner lessonId={lesson.id} quiz={quiz} links={links} preview={preview} courseLanguage={courseLanguage} contentLang={contentLang} />;
  }

  return (
    <div className="space-y-6">
      {children}
      {lesson.kind === "ATTESTATION" && (
        <div className="space-y-4">
          <blockquote lang={contentLang} className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-900">
            {lesson.text}
          </blockquote>
          {!lesson.done && (
            <div className="flex items-start gap-3">
              <input id={checkboxId} ref={confirmRef} type="checkbox" className="mt-0.5 size-4 accent-brand-600" />
              <label htmlFor={checkboxId} className="text-sm text-slate-800">
                {t("attestCheckbox")}
              </label>
            </div>
          )}
        </div>
      )}
      {(lesson.kind === "EXTERNAL_LINK" || lesson.kind === "VIDEO") && (
        <div className="space-y-3">
          {lesson.text && (
            <p lang={contentLang} className="max-w-prose whitespace-pre-line text-slate-800">
              {lesson.text}
            </p>
          )}
          {lesson.kind === "EXTERNAL_LINK" && <p className="text-sm text-slate-600">{t("externalHint")}</p>}
          {lesson.url && !lesson.mediaAssetId && (
            <a href={lesson.url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 font-medium text-brand-700 underline">
              {lesson.kind === "VIDEO" ? t("watchVideo") : t("openLink", { title: lesson.title })}
              <span className="text-sm font-normal text-slate-600">{t("opensNewTab")}</span>
            </a>
          )}
        </div>
      )}
      {doneNote}
      {errorLine}
      <div className="flex flex-wrap gap-2">
        {lesson.done || (lesson.kind === "VIDEO" && lesson.mediaAssetId) ? (
          continueLink
        ) : lesson.kind === "ATTESTATION" ? (
          <Button onClick={() => step("attest")} busy={busy} disabled={!hydrated}>
            {t("attest")}
          </Button>
        ) : (
          <Button onClick={() => step("complete")} busy={busy} disabled={!hydrated}>
            {lesson.kind === "READING" ? t("markRead") : lesson.kind === "VIDEO" ? t("confirmVideo") : t("confirmExternal")}
          </Button>
        )}
      </div>
    </div>
  );
}
