"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { PreviewQuizInput, SubmitQuizInput } from "~/lib/schemas/courses";
import { Button, ButtonLink } from "~/components/ui/button";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/components/ui/cn";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import type { PlayerLinks, QuizResultView, QuizView } from "~/components/courses/player-types";

/**
 * The quiz: one fieldset per question (radio buttons for single choice, checkboxes for multiple), submitted
 * once per attempt with a fresh submission id (a double click stores one attempt). The result shows each
 * question right or wrong with its explanation; correct options are shown once the quiz is passed.
 */
export function QuizRunner({ lessonId, quiz, links, preview }: { lessonId: string; quiz: QuizView; links: PlayerLinks; preview: boolean }) {
  const t = useTranslations("courses.quiz");
  const tp = useTranslations("courses.player");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const [result, setResult] = useState<QuizResultView | null>(quiz.passedResult);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [announce, setAnnounce] = useState(false);
  const graded = (r: QuizResultView) => {
    setResult(r);
    setAnnounce(true);
  };
  const submit = useFormAction({ schema: SubmitQuizInput, mutation: trpc.courses.submitQuiz.mutationOptions(), onSuccess: graded });
  const previewGrade = useFormAction({ schema: PreviewQuizInput, mutation: trpc.courseAuthoring.previewQuiz.mutationOptions(), onSuccess: graded, refresh: false });
  const form = preview ? previewGrade : submit;

  useEffect(() => {
    if (announce) resultRef.current?.focus();
  }, [announce, result]);

  function answered(questionId: string) {
    setMissing((m) => {
      if (!m.has(questionId)) return m;
      const n = new Set(m);
      n.delete(questionId);
      return n;
    });
  }

  // The options are uncontrolled and read on submit, so a choice made while the page was loading is kept.
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const chosen = Object.fromEntries(quiz.questions.map((q) => [q.id, f.getAll(q.id).map(String)]));
    const unanswered = quiz.questions.filter((q) => !chosen[q.id]?.length);
    setMissing(new Set(unanswered.map((q) => q.id)));
    if (unanswered.length) return form.setFormError(t("unanswered", { count: unanswered.length }));
    const answers = quiz.questions.map((q) => ({ questionId: q.id, optionIds: chosen[q.id]! }));
    void form.submit({ lessonId, submissionId, answers });
  }

  function tryAgain() {
    setResult(null);
    setSubmissionId(crypto.randomUUID());
    setAnnounce(false);
    // The next attempt's question order comes from the server.
    router.refresh();
    window.scrollTo({ top: 0 });
  }

  const attemptsInfo =
    quiz.maxAttempts === null ? t("attemptsUnlimited") : t("attemptsLeft", { left: result?.attemptsLeft ?? quiz.attemptsLeft ?? 0, max: quiz.maxAttempts });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <span>{t("passMark", { mark: quiz.passMark })}</span>
        {!preview && <span>{attemptsInfo}</span>}
        {!preview && quiz.bestScore !== null && <span>{t("bestScore", { score: quiz.bestScore })}</span>}
      </div>

      {result ? (
        <QuizResult result={result} headingRef={resultRef} />
      ) : quiz.attemptsLeft === 0 && !preview ? (
        <Alert tone="warning">{t("noAttemptsLeft")}</Alert>
      ) : (
        <form key={submissionId} onSubmit={onSubmit} noValidate className="space-y-5">
          {quiz.questions.map((q, i) => (
            <fieldset
              key={q.id}
              aria-describedby={missing.has(q.id) ? `${q.id}-missing` : `${q.id}-hint`}
              className={cn("rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-5", missing.has(q.id) && "ring-2 ring-red-500")}
            >
              <legend className="float-left w-full">
                <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">{t("questionN", { n: i + 1, total: quiz.questions.length })}</span>
                <span className="mt-1 block font-medium text-slate-900">{q.prompt}</span>
              </legend>
              <p id={`${q.id}-hint`} className="clear-both pt-1 text-xs text-slate-500">
                {q.kind === "SINGLE" ? t("chooseOne") : t("chooseAll")}
              </p>
              {missing.has(q.id) && (
                <p id={`${q.id}-missing`} className="text-sm text-red-700">
                  {q.kind === "SINGLE" ? t("chooseOne") : t("chooseAll")}
                </p>
              )}
              <div className="mt-3 space-y-2">
                {q.options.map((o) => {
                  const inputId = `${q.id}-${o.id}`;
                  return (
                    <label
                      key={o.id}
                      htmlFor={inputId}
                      className="flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm ring-1 ring-slate-200 ring-inset hover:bg-slate-50 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-300"
                    >
                      <input
                        id={inputId}
                        type={q.kind === "SINGLE" ? "radio" : "checkbox"}
                        name={q.id}
                        value={o.id}
                        onChange={() => answered(q.id)}
                        className="mt-0.5 size-4 accent-brand-600"
                      />
                      <span className="text-slate-800">{o.text}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}
          <FormError message={form.formError} />
          <SubmitButton busy={form.pending}>{t("submit")}</SubmitButton>
        </form>
      )}

      {result && (
        <div className="flex flex-wrap gap-2">
          {!result.attempt.passed && (result.attemptsLeft === null || result.attemptsLeft > 0) && <Button onClick={tryAgain}>{t("tryAgain")}</Button>}
          {!result.attempt.passed && result.attemptsLeft === 0 && !preview && <Alert tone="warning">{t("noAttemptsLeft")}</Alert>}
          {result.attempt.passed && result.courseCompleted && !preview && <ButtonLink href={links.complete}>{tp("seeCompletion")}</ButtonLink>}
          {result.attempt.passed && !result.courseCompleted && links.next && <ButtonLink href={links.next}>{tp("continue")}</ButtonLink>}
          {preview && <Button variant="secondary" onClick={tryAgain}>{t("tryAgain")}</Button>}
        </div>
      )}

      {!preview && quiz.attempts.length > 0 && (
        <section aria-labelledby="quiz-history">
          <h2 id="quiz-history" className="text-sm font-semibold text-slate-900">
            {t("history")}
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-slate-700">
            {quiz.attempts.map((a) => (
              <li key={a.number} className="flex items-center gap-2">
                {t("attemptRow", { n: a.number, score: a.score })}
                <Badge tone={a.passed ? "success" : "danger"}>{a.passed ? t("attemptPassed") : t("attemptFailed")}</Badge>
                <span className="text-slate-500">{format.dateTime(a.submittedAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function QuizResult({ result, headingRef }: { result: QuizResultView; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const t = useTranslations("courses.quiz");
  const { attempt } = result;
  return (
    <section aria-labelledby="quiz-result" className="space-y-4">
      <h2 id="quiz-result" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
        {t("resultTitle")}
      </h2>
      <Alert tone={attempt.passed ? "success" : "danger"} title={attempt.passed ? t("passed", { score: attempt.score }) : t("failed", { score: attempt.score })}>
        {t("resultSummary", { correct: attempt.correctCount, total: attempt.questionCount, mark: result.passMark })}
      </Alert>
      <ol className="space-y-4">
        {result.questions.map((q, i) => (
          <li key={q.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-5">
            <div className="flex items-start justify-between gap-3">
              <p className="font-medium text-slate-900">
                <span className="mr-1 text-slate-500">{i + 1}.</span>
                {q.prompt}
              </p>
              <Badge tone={q.correct ? "success" : "danger"}>{q.correct ? t("correct") : t("incorrect")}</Badge>
            </div>
            <ul className="mt-3 space-y-1 text-sm">
              {q.options.map((o) => (
                <li
                  key={o.id}
                  className={cn(
                    "rounded-md px-3 py-1.5",
                    o.correct ? "bg-green-50 text-green-900" : o.chosen && !q.correct ? "bg-red-50 text-red-900" : o.chosen ? "bg-slate-100 text-slate-900" : "text-slate-700",
                  )}
                >
                  {o.text}
                  {o.chosen && <span className="ml-2 text-xs font-medium">({t("yourAnswer")})</span>}
                  {o.correct && <span className="ml-2 text-xs font-medium">({t("rightAnswer")})</span>}
                </li>
              ))}
            </ul>
            {q.explanation && (
              <p className="mt-3 text-sm text-slate-700">
                <span className="font-semibold">{t("explanation")}: </span>
                {q.explanation}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
