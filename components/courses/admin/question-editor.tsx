"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { QUESTION_KINDS, SaveQuestionInput } from "~/lib/schemas/courses";
import { Button } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { Card, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Field, Input, Select, Textarea } from "~/components/ui/form";
import { Dialog } from "~/components/ui/dialog";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { cn } from "~/components/ui/cn";
import { IconLabel } from "~/components/courses/admin/icon-label";

type Kind = (typeof QUESTION_KINDS)[number];
export type EditorQuestion = { id: string; position: number; kind: Kind; prompt: string; explanation: string; options: { id: string; text: string; correct: boolean }[] };
type Draft = { id: string | null; kind: Kind; prompt: string; explanation: string; options: { key: number; text: string; correct: boolean }[] };

let keySeq = 0;
const blankOption = () => ({ key: ++keySeq, text: "", correct: false });
const blank = (): Draft => ({ id: null, kind: "SINGLE", prompt: "", explanation: "", options: [blankOption(), blankOption(), blankOption()] });

/** The questions of a quiz lesson: the list, and one form to write a new question or edit one. */
export function QuestionEditor({ lessonId, questions, readOnly }: { lessonId: string; questions: EditorQuestion[]; readOnly: boolean }) {
  const t = useTranslations("courses.admin.question");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  // The form's fields are uncontrolled (read on submit); `draft` holds what it starts from and the option rows.
  const [draft, setDraft] = useState<Draft>(blank);
  const [formKey, setFormKey] = useState(0);
  const [deleting, setDeleting] = useState<EditorQuestion | null>(null);
  const optionsId = useId();
  const editingNumber = draft.id ? questions.find((q) => q.id === draft.id)?.position : null;
  const save = useFormAction({
    schema: SaveQuestionInput,
    mutation: trpc.courseAuthoring.saveQuestion.mutationOptions(),
    values: (f) => {
      const texts = f.all("optionText");
      const correct = new Set(f.all("correct"));
      return {
        lessonId,
        questionId: draft.id,
        question: {
          kind: draft.kind,
          prompt: f.text("prompt"),
          explanation: f.text("explanation"),
          options: draft.options.map((o, i) => ({ text: texts[i] ?? "", correct: correct.has(String(o.key)) })),
        },
      };
    },
    strip: 1,
    success: t("saved"),
    onSuccess: () => reset(),
  });
  // List failures show above the list.
  const remove = useAction(trpc.courseAuthoring.deleteQuestion.mutationOptions(), { errors: "inline", success: t("deleted") });
  const move = useAction(trpc.courseAuthoring.moveQuestion.mutationOptions(), { errors: "inline" });
  const listError = remove.error ?? move.error;

  function edit(q: EditorQuestion) {
    setDraft({ id: q.id, kind: q.kind, prompt: q.prompt, explanation: q.explanation, options: q.options.map((o) => ({ key: ++keySeq, text: o.text, correct: o.correct })) });
    setFormKey((k) => k + 1);
    save.clear();
    document.getElementById("question-form")?.scrollIntoView({ behavior: "smooth" });
  }

  function reset() {
    setDraft(blank());
    setFormKey((k) => k + 1);
    save.clear();
  }

  return (
    <div className="space-y-6">
      <Card aria-labelledby="quiz-questions">
        <CardTitle id="quiz-questions">{t("title")}</CardTitle>
        <FormError message={listError} className="mb-3" />
        {questions.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <ol className="space-y-3">
            {questions.map((q, i) => (
              <li key={q.id} className={cn("rounded-md p-3 ring-1 ring-slate-200", draft.id === q.id && "ring-2 ring-brand-500")}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="font-medium text-slate-900">
                    <span className="mr-1 text-slate-500">{q.position}.</span>
                    {q.prompt}
                  </p>
                  <Badge>{t(q.kind)}</Badge>
                </div>
                <ul className="mt-2 space-y-0.5 text-sm">
                  {q.options.map((o) => (
                    <li key={o.id} className={o.correct ? "font-medium text-green-800" : "text-slate-700"}>
                      {o.correct ? "✓ " : "· "}
                      {o.text}
                      {o.correct && <span className="sr-only"> ({t("correctMark")})</span>}
                    </li>
                  ))}
                </ul>
                {!readOnly && (
                  <div className="mt-2 flex flex-wrap gap-1">
                    <Button variant="ghost" size="sm" onClick={() => edit(q)}>
                      {t("edit", { n: q.position })}
                    </Button>
                    <Button variant="ghost" size="sm" disabled={i === 0} onClick={() => {
                        remove.setError(null);
                        void move.run({ id: q.id, direction: "up" });
                      }}>
                      <IconLabel symbol="↑" label={t("moveUp", { n: q.position })} />
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={i === questions.length - 1}
                      onClick={() => {
                        remove.setError(null);
                        void move.run({ id: q.id, direction: "down" });
                      }}
                    >
                      <IconLabel symbol="↓" label={t("moveDown", { n: q.position })} />
                    </Button>
                    <Button variant="ghost" size="sm" onClick={() => setDeleting(q)}>
                      <IconLabel symbol="✕" label={t("delete", { n: q.position })} />
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>

      {!readOnly && (
        <Card aria-labelledby="question-form-title">
          <CardTitle id="question-form-title">{editingNumber ? t("editTitle", { n: editingNumber }) : t("newTitle")}</CardTitle>
          <form key={formKey} id="question-form" onSubmit={save.onSubmit} noValidate className="space-y-4">
            <Field label={t("kind")} error={save.error("kind")}>
              {(p) => (
                <Select {...p} name="kind" defaultValue={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as Kind }))}>
                  {QUESTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(k)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("prompt")} error={save.error("prompt")}>
              {(p) => <Textarea {...p} name="prompt" defaultValue={draft.prompt} rows={2} />}
            </Field>
            <fieldset data-field="options" aria-describedby={`${optionsId}-hint${save.errors.options ? ` ${optionsId}-error` : ""}`} className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">{t("options")}</legend>
              <p id={`${optionsId}-hint`} className="text-xs text-slate-500">
                {t("optionsHint")}
              </p>
              {draft.options.map((o, i) => (
                <OptionRow
                  key={o.key}
                  n={i + 1}
                  option={o}
                  kind={draft.kind}
                  error={save.errors[`options.${i}.text`]}
                  canRemove={draft.options.length > 2}
                  onRemove={() => setDraft((d) => ({ ...d, options: d.options.filter((x) => x.key !== o.key) }))}
                />
              ))}
              {save.errors.options && (
                <p id={`${optionsId}-error`} className="text-sm text-red-700">
                  {save.errors.options}
                </p>
              )}
              {draft.options.length < 10 && (
                <Button variant="secondary" size="sm" onClick={() => setDraft((d) => ({ ...d, options: [...d.options, blankOption()] }))}>
                  {t("addOption")}
                </Button>
              )}
            </fieldset>
            <Field label={t("explanation")} error={save.error("explanation")}>
              {(p) => <Textarea {...p} name="explanation" defaultValue={draft.explanation} rows={2} />}
            </Field>
            <FormError message={save.formError} />
            <div className="flex gap-2">
              <SubmitButton busy={save.pending}>{t("save")}</SubmitButton>
              {draft.id && (
                <Button variant="ghost" onClick={reset}>
                  {t("cancel")}
                </Button>
              )}
            </div>
          </form>
        </Card>
      )}

      <Dialog
        open={!!deleting}
        onClose={() => setDeleting(null)}
        title={deleting ? t("deleteConfirm", { n: deleting.position }) : ""}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              {tc("cancel")}
            </Button>
            <Button
              variant="danger"
              busy={remove.pending}
              onClick={() => {
                const q = deleting;
                setDeleting(null);
                if (!q) return;
                move.setError(null);
                void remove.run({ questionId: q.id });
              }}
            >
              {deleting ? t("delete", { n: deleting.position }) : ""}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{deleting?.prompt}</p>
      </Dialog>
    </div>
  );
}

function OptionRow({
  n,
  option,
  kind,
  error,
  canRemove,
  onRemove,
}: {
  n: number;
  option: { key: number; text: string; correct: boolean };
  kind: Kind;
  error?: string;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const t = useTranslations("courses.admin.question");
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <div className="flex-1 space-y-1">
        <label htmlFor={`${id}-text`} className="sr-only">
          {t("optionN", { n })}
        </label>
        <Input
          id={`${id}-text`}
          name="optionText"
          defaultValue={option.text}
          placeholder={t("optionN", { n })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <div className="flex items-center gap-2 pt-2">
        <input
          id={`${id}-correct`}
          type={kind === "SINGLE" ? "radio" : "checkbox"}
          name="correct"
          value={option.key}
          defaultChecked={option.correct}
          className="size-4 accent-brand-600"
        />
        <label htmlFor={`${id}-correct`} className="text-sm text-slate-700">
          <span aria-hidden>{t("correctMark")}</span>
          <span className="sr-only">{t("correctN", { n })}</span>
        </label>
      </div>
      {canRemove && (
        <Button variant="ghost" size="sm" onClick={onRemove} className="mt-1">
          <IconLabel symbol="✕" label={t("removeOption", { n })} />
        </Button>
      )}
    </div>
  );
}
