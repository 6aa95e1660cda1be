"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
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
 * The quiz. Before an attempt it states the rules (questions per attempt, pass mark, attempts and the wait after the
 * last one) and offers Start; the server draws the attempt's questions and keeps them, so a reload shows the same
 * attempt. One fieldset per question (radio buttons for single choice, checkboxes for multiple), submitted once per
 * attempt with a fresh submission id (a double click stores one attempt). A failed attempt says which questions
 * were wrong, not what is right; the right answers and explanations come with a pass. Every rule is the server's:
 * this component only shows the state it is given.
 */
export function QuizRunner({
  lessonId,
  quiz,
  links,
  preview,
  courseLanguage,
  contentLang,
}: {
  lessonId: string;
  quiz: QuizView;
  links: PlayerLinks;
  preview: boolean;
  /** the course language the questions are shown in: the graded result comes back in it (grading is by ids) */
  courseLanguage?: string;
  /** the questions' `lang` when it differs from the page's */
  contentLang?: string;
}) {
  const t = useTranslations("courses.quiz");
  const tp = useTranslations("courses.player");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const [result, setResult] = useState<QuizResultView | null>(quiz.passedResult);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const resultRef = useRef<HTMLHeadingElement>(null);
  // Start is replaced by the questions: the focus goes to the attempt's first line, not back to the top of the page.
  const attemptRef = useRef<HTMLParagraphElement>(null);
  const startedHere = useRef(false);
  const [announce, setAnnounce] = useState(false);
  const graded = (r: QuizResultView) => {
    setResult(r);
    setAnnounce(true);
  };
  const submit = useFormAction({ schema: SubmitQuizInput, mutation: trpc.courses.submitQuiz.mutationOptions(), onSuccess: graded });
  const previewGrade = useFormAction({ schema: PreviewQuizInput, mutation: trpc.courseAuthoring.previewQuiz.mutationOptions(), onSuccess: graded, refresh: false });
  const form = preview ? previewGrade : submit;
  // Starting draws the attempt on the server; the refreshed page then shows its questions.
  const start = useAction(trpc.courses.startQuiz.mutationOptions(), { errors: "inline" });

  useEffect(() => {
    if (announce) resultRef.current?.focus();
  }, [announce, result]);

  useEffect(() => {
    if (quiz.state !== "inProgress" || !startedHere.current) return;
    startedHere.current = false;
    attemptRef.current?.focus();
  }, [quiz.state, quiz.attemptNumber]);

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
    void (preview ? previewGrade.submit({ lessonId, answers }) : submit.submit({ lessonId, submissionId, answers, lang: courseLanguage }));
  }

  function tryAgain() {
    setResult(null);
    setSubmissionId(crypto.randomUUID());
    setAnnounce(false);
    // The page shows the quiz's state from the server again: the attempts left and Start.
    router.refresh();
    window.scrollTo({ top: 0 });
  }

  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const attemptsLeft = result ? result.attemptsLeft : quiz.attemptsLeft;
  const opensAt = result ? result.opensAt : quiz.opensAt;

  const rules = (
    <section aria-labelledby="quiz-rules" className="space-y-2 rounded-lg bg-slate-50 p-4 text-sm text-slate-700 ring-1 ring-slate-200">
      <h2 id="quiz-rules" className="font-semibold text-slate-900">
        {t("rulesTitle")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          {quiz.questionCount < quiz.poolSize
            ? t("rulesDrawn", { count: quiz.questionCount, pool: quiz.poolSize, mark: quiz.passMark })
            : t("rulesAll", { count: quiz.questionCount, mark: quiz.passMark })}
        </li>
        <li>
          {quiz.rules.attempts === null
            ? t("rulesUnlimited")
            : quiz.rules.waitHours === null
              ? t("rulesAttemptsThenAsk", { attempts: quiz.rules.attempts })
              : t("rulesAttemptsThenWait", { attempts: quiz.rules.attempts, hours: quiz.rules.waitHours })}
        </li>
        <li>{t("rulesReview")}</li>
      </ul>
    </section>
  );

  const summary = (
    <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
      <span>{t("passMark", { mark: quiz.passMark })}</span>
      {!preview && (
        <span data-testid="attempts-left">
          {attemptsLeft === null ? t("attemptsUnlimited") : t("attemptsLeft", { left: attemptsLeft, max: quiz.rules.attempts ?? attemptsLeft })}
        </span>
      )}
      {!preview && quiz.bestScore !== null && <span>{t("bestScore", { score: quiz.bestScore })}</span>}
    </div>
  );

  let body: React.ReactNode;
  if (result) {
    body = <QuizResult result={result} headingRef={resultRef} contentLang={contentLang} />;
  } else if (quiz.state === "locked") {
    body = (
      <Alert tone="info" title={t("lockedTitle")}>
        <p>{t("lockedBody", { count: quiz.missingLessons.length })}</p>
        <ul className="mt-2 list-disc pl-5">
          {quiz.missingLessons.map((l) => (
            <li key={l.position}>{t("lessonLine", { position: l.position, title: l.title })}</li>
          ))}
        </ul>
      </Alert>
    );
  } else if (quiz.state === "waiting" && quiz.opensAt) {
    body = <Alert tone="warning" title={t("waitingTitle")}>{t("opensAgain", { date: when(quiz.opensAt) })}</Alert>;
  } else if (quiz.state === "closed") {
    body = <Alert tone="warning">{t("noAttemptsLeft")}</Alert>;
  } else if (quiz.state === "ready") {
    body = (
      <div className="space-y-3">
        <FormError message={start.error} />
        <Button
          onClick={() => {
            startedHere.current = true;
            void start.run({ lessonId });
          }}
          busy={start.pending}
          disabled={!start.hydrated}
        >
          {quiz.attemptNumber === 1 ? t("start") : t("startAttempt", { n: quiz.attemptNumber })}
        </Button>
      </div>
    );
  } else {
    body = (
      <form key={`${quiz.attemptNumber}:${submissionId}`} onSubmit={onSubmit} noValidate className="space-y-5">
        {!preview && (
          <p ref={attemptRef} tabIndex={-1} className="text-sm font-medium text-slate-700 focus:outline-none">
            {t("attemptN", { n: quiz.attemptNumber })}
          </p>
        )}
        {quiz.questions.map((q, i) => (
          <fieldset
            key={q.id}
            aria-describedby={missing.has(q.id) ? `${q.id}-missing` : `${q.id}-hint`}
            className={cn("rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-5", missing.has(q.id) && "ring-2 ring-red-500")}
          >
            <legend className="float-left w-full">
              <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">{t("questionN", { n: i + 1, total: quiz.questions.length })}</span>
              <span lang={contentLang} className="mt-1 block font-medium text-slate-900">
                {q.prompt}
              </span>
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
                    <span lang={contentLang} className="text-slate-800">
                      {o.text}
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        ))}
        <FormError message={form.formError} />
        <SubmitButton busy={form.pending}>{t("submit")}</SubmitButton>
      </form>
    );
  }

  const failed = result && !result.attempt.passed;
  return (
    <div className="space-y-6">
      {summary}
      {!preview && !result && quiz.state !== "passed" && quiz.state !== "inProgress" && rules}
      {body}

      {result && (
        <div className="flex flex-wrap gap-2">
          {failed && !preview && (result.attemptsLeft === null || result.attemptsLeft > 0) && <Button onClick={tryAgain}>{t("tryAgain")}</Button>}
          {failed && !preview && opensAt && <Alert tone="warning" title={t("waitingTitle")}>{t("opensAgain", { date: when(opensAt) })}</Alert>}
          {failed && !preview && result.attemptsLeft === 0 && !opensAt && <Alert tone="warning">{t("noAttemptsLeft")}</Alert>}
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
              <li key={a.number} className="flex flex-wrap items-center gap-2">
                {t("attemptRow", { n: a.number, score: a.score })}
                <Badge tone={a.passed ? "success" : "danger"}>{a.passed ? t("attemptPassed") : t("attemptFailed")}</Badge>
                <span className="text-slate-500">{when(a.submittedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function QuizResult({ result, headingRef, contentLang }: { result: QuizResultView; headingRef: React.RefObject<HTMLHeadingElement | null>; contentLang?: string }) {
  const t = useTranslations("courses.quiz");
  const { attempt } = result;
  const wrong = result.questions.filter((q) => !q.correct).length;
  return (
    <section aria-labelledby="quiz-result" className="space-y-4">
      <h2 id="quiz-result" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
        {t("resultTitle")}
      </h2>
      <Alert tone={attempt.passed ? "success" : "danger"} title={attempt.passed ? t("passed", { score: attempt.score }) : t("failed", { score: attempt.score })}>
        {t("resultSummary", { correct: attempt.correctCount, total: attempt.questionCount, mark: result.passMark })}
        {!attempt.passed && <> {t("failedNote", { wrong })}</>}
      </Alert>
      <ol className="space-y-4">
        {result.questions.map((q, i) => (
          <li key={q.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-5">
            <div className="flex items-start justify-between gap-3">
              <p className="font-medium text-slate-900">
                <span className="mr-1 text-slate-500">{i + 1}.</span>
                <span lang={contentLang}>{q.prompt}</span>
              </p>
              <Badge tone={q.correct ? "success" : "danger"}>{q.correct ? t("correct") : t("incorrect")}</Badge>
            </div>
            {q.review && (
              <>
                <ul className="mt-3 space-y-1 text-sm">
                  {q.review.options.map((o) => (
                    <li
                      key={o.id}
                      className={cn(
                        "rounded-md px-3 py-1.5",
                        o.correct ? "bg-green-50 text-green-900" : o.chosen ? "bg-red-50 text-red-900" : "text-slate-700",
                      )}
                    >
                      <span lang={contentLang}>{o.text}</span>
                      {o.chosen && <span className="ml-2 text-xs font-medium">({t("yourAnswer")})</span>}
                      {o.correct && <span className="ml-2 text-xs font-medium">({t("rightAnswer")})</span>}
                    </li>
                  ))}
                </ul>
                {q.review.explanation && (
                  <p className="mt-3 text-sm text-slate-700">
                    <span className="font-semibold">{t("explanation")}: </span>
                    <span lang={contentLang}>{q.review.explanation}</span>
                  </p>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
