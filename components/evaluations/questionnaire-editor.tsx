"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { UpdateQuestionnaireInput } from "~/lib/schemas/evaluations";
import type { Question } from "~/lib/evaluations/questionnaire";
import { Button } from "~/components/ui/button";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Draft = { key: number; id: string; kind: Question["kind"]; en: string; fr: string; zh: string; options: string; required: boolean; original?: Question["options"] };

const toDraft = (q: Question, key: number): Draft => ({
  key,
  id: q.id,
  kind: q.kind,
  en: q.text.en,
  fr: q.text.fr ?? "",
  zh: q.text.zh ?? "",
  options: (q.options ?? []).map((o) => o.text.en).join("\n"),
  required: q.required,
  original: q.options,
});

/** An option's stored value from its English text ("Not yet" → "notYet"); kept when the text did not change. */
function optionsOf(d: Draft): Question["options"] {
  return d.options
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text, i) => {
      const kept = d.original?.find((o) => o.text.en === text);
      if (kept) return kept;
      const words = text.normalize("NFD").replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ");
      const camel = words.map((w, j) => (j === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("");
      return { value: /^[a-z]/.test(camel) ? camel.slice(0, 40) : `option${i + 1}`, text: { en: text } };
    });
}

/** The questions of a questionnaire: kind, texts in three languages, options and whether an answer is required. */
export function QuestionnaireEditor({ questionnaire }: { questionnaire: { id: string; name: string; questions: Question[] } }) {
  const t = useTranslations("evaluations.questionnaires");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [drafts, setDrafts] = useState<Draft[]>(() => questionnaire.questions.map(toDraft));
  const [nextKey, setNextKey] = useState(questionnaire.questions.length);
  const form = useFormAction({
    schema: UpdateQuestionnaireInput,
    mutation: trpc.evaluations.updateQuestionnaire.mutationOptions(),
    values: (f) => ({
      questionnaireId: questionnaire.id,
      name: f.text("name"),
      questions: drafts.map((d) => ({
        id: d.id,
        kind: d.kind,
        text: { en: d.en, ...(d.fr.trim() ? { fr: d.fr } : {}), ...(d.zh.trim() ? { zh: d.zh } : {}) },
        ...(d.kind === "choice" ? { options: optionsOf(d) } : {}),
        required: d.required,
      })),
    }),
    success: t("saved"),
  });
  const change = (key: number, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-6">
      <Field label={t("name")} error={form.error("name")}>
        {(p) => <Input {...p} name="name" defaultValue={questionnaire.name} maxLength={120} required className="max-w-md" />}
      </Field>
      <div data-field="questions" className="space-y-4">
        <h2 className="text-base font-semibold text-slate-900">{t("questions")}</h2>
        {drafts.map((d, i) => (
          <fieldset key={d.key} className="space-y-3 rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200">
            <legend className="px-1 text-sm font-semibold text-slate-800">{t("questionLegend", { number: i + 1 })}</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field label={t("questionId")} error={form.error(`questions.${i}.id`)}>
                {(p) => <Input {...p} value={d.id} maxLength={40} onChange={(e) => change(d.key, { id: e.target.value })} />}
              </Field>
              <Field label={t("questionKind")}>
                {(p) => (
                  <Select {...p} value={d.kind} onChange={(e) => change(d.key, { kind: e.target.value as Draft["kind"] })}>
                    {(["scale", "choice", "text"] as const).map((k) => (
                      <option key={k} value={k}>
                        {t(`kindValue.${k}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-800">
                <input type="checkbox" checked={d.required} onChange={(e) => change(d.key, { required: e.target.checked })} className="size-4" />
                {t("requiredLabel")}
              </label>
            </div>
            <Field label={t("textEn")} error={form.error(`questions.${i}.text`)}>
              {(p) => <Input {...p} value={d.en} maxLength={500} onChange={(e) => change(d.key, { en: e.target.value })} />}
            </Field>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={t("textFr")}>{(p) => <Input {...p} lang="fr" value={d.fr} maxLength={500} onChange={(e) => change(d.key, { fr: e.target.value })} />}</Field>
              <Field label={t("textZh")}>{(p) => <Input {...p} lang="zh" value={d.zh} maxLength={500} onChange={(e) => change(d.key, { zh: e.target.value })} />}</Field>
            </div>
            {d.kind === "choice" && (
              <Field label={t("options")} hint={t("optionsHint")} error={form.error(`questions.${i}.options`)}>
                {(p) => <Textarea {...p} value={d.options} rows={3} onChange={(e) => change(d.key, { options: e.target.value })} />}
              </Field>
            )}
            <div className="flex flex-wrap gap-2">
              {i > 0 && (
                <Button size="sm" variant="ghost" onClick={() => setDrafts((ds) => [...ds.slice(0, i - 1), ds[i]!, ds[i - 1]!, ...ds.slice(i + 1)])}>
                  {t("moveUp", { number: i + 1 })}
                </Button>
              )}
              <Button size="sm" variant="ghost" onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}>
                {t("removeQuestion", { number: i + 1 })}
              </Button>
            </div>
          </fieldset>
        ))}
        <Button
          variant="secondary"
          onClick={() => {
            setDrafts((ds) => [...ds, { key: nextKey, id: `question${nextKey + 1}`, kind: "scale", en: "", fr: "", zh: "", options: "", required: false }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t("addQuestion")}
        </Button>
        {form.error("questions") && !drafts.some((_, i) => form.error(`questions.${i}`)) && <FormError message={form.error("questions")} />}
      </div>
      <FormError message={form.formError} />
      <SubmitButton busy={form.pending}>{tc("save")}</SubmitButton>
    </form>
  );
}
