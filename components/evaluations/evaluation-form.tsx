"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { useToast } from "~/components/ui/toast";
import { checkAnswers, MAX_TEXT_ANSWER, SCALE_MAX, SCALE_MIN, type Question } from "~/lib/evaluations/questionnaire";
import { SubmitEvaluationInput } from "~/lib/schemas/evaluations";
import { Button } from "~/components/ui/button";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export type FormQuestion = Question & { label: string; optionLabels: { value: string; label: string }[] };

const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

/** One evaluation: scales and choices as radio groups (fieldset + legend), texts as text areas; "Not now" declines. */
export function EvaluationForm({ requestId, questions }: { requestId: string; questions: FormQuestion[] }) {
  const t = useTranslations("evaluations.form");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  // The server's own check, run first in the browser so every unanswered question is pointed out at once.
  const schema = useMemo(
    () =>
      SubmitEvaluationInput.superRefine((v, ctx) => {
        const checked = checkAnswers(questions, v.answers);
        if (!checked.ok) for (const p of checked.problems) ctx.addIssue({ code: "custom", path: ["answers", p.questionId], message: t(`problem.${p.problem}`) });
      }),
    [questions, t],
  );
  const form = useFormAction({
    schema,
    mutation: trpc.evaluations.submit.mutationOptions(),
    values: (f) => ({
      requestId,
      answers: Object.fromEntries(
        questions.flatMap((q) => {
          const v = f.text(q.id);
          if (v.trim() === "") return [];
          return [[q.id, q.kind === "scale" ? Number(v) : v]];
        }),
      ),
    }),
    success: t("sent"),
    refresh: false,
    onSuccess: () => {
      router.push("/evaluations");
      router.refresh();
    },
  });
  const decline = useMutation(
    trpc.evaluations.decline.mutationOptions({
      onSuccess: () => {
        toast("success", t("skipped"));
        router.push("/evaluations");
        router.refresh();
      },
      onError: () => form.setFormError(t("problem.failed")),
    }),
  );

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-6" aria-describedby="evaluation-anonymity">
      <p id="evaluation-anonymity" className="text-sm text-slate-600">
        {t("anonymity")}
      </p>
      <div data-field="answers" className="space-y-6">
        {questions.map((q, i) => {
          const error = form.errors[`answers.${q.id}`];
          const errorId = `q-${q.id}-error`;
          const label = (
            <>
              {t("questionLabel", { number: i + 1, text: q.label })} {q.required && <span className="text-sm font-normal text-slate-500">{t("required")}</span>}
            </>
          );
          if (q.kind === "text") {
            return (
              <Field key={q.id} label={label} hint={t("textHint")} error={error}>
                {(p) => <Textarea {...p} name={q.id} maxLength={MAX_TEXT_ANSWER} rows={3} required={q.required} />}
              </Field>
            );
          }
          const options = q.kind === "scale" ? SCALE.map((n) => ({ value: String(n), label: String(n), sr: t("scaleValue", { value: n }) })) : q.optionLabels.map((o) => ({ ...o, sr: null }));
          return (
            <fieldset key={q.id} aria-describedby={[q.kind === "scale" ? `q-${q.id}-ends` : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined} aria-invalid={error ? true : undefined}>
              <legend className="text-sm font-medium text-slate-800">{label}</legend>
              {q.kind === "scale" && (
                <p id={`q-${q.id}-ends`} className="mt-1 text-xs text-slate-500">
                  {t("scaleEnds")}
                </p>
              )}
              <div className="mt-2 flex flex-wrap gap-2">
                {options.map((o) => (
                  <label key={o.value} className="flex min-w-11 cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600">
                    <input type="radio" name={q.id} value={o.value} required={q.required} className="size-4" />
                    <span aria-hidden={o.sr ? true : undefined}>{o.label}</span>
                    {o.sr && <span className="sr-only">{o.sr}</span>}
                  </label>
                ))}
              </div>
              <div aria-live="polite">
                {error && (
                  <p id={errorId} className="mt-1 text-sm text-red-700">
                    {error}
                  </p>
                )}
              </div>
            </fieldset>
          );
        })}
      </div>
      <FormError message={form.formError} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton busy={form.pending}>{t("send")}</SubmitButton>
        <Button variant="ghost" busy={decline.isPending} onClick={() => decline.mutate({ requestId })}>
          {t("skip")}
        </Button>
      </div>
    </form>
  );
}
