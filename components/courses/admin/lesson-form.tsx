"use client";

import { useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import type { FormValues } from "~/lib/forms/form-values";
import { AddLessonInput, DEFAULT_PASS_MARK, DEFAULT_WATCHED_THRESHOLD, UpdateLessonInput, type LessonKindValue } from "~/lib/schemas/courses";
import { Field, Input, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export type LessonFormValues = {
  id: string | null;
  kind: LessonKindValue;
  title: string;
  required: boolean;
  body: string;
  url: string | null;
  watchedThreshold: number | null;
  passMark: number | null;
  shuffle: boolean;
  drawCount: number | null;
};

function Checkbox({ name, label, defaultChecked, disabled }: { name: string; label: string; defaultChecked: boolean; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="flex items-center gap-3">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} disabled={disabled} className="size-4 accent-brand-600" />
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
    </div>
  );
}

/** Adds or edits one lesson; the fields follow its kind. Validated with the server's schema before sending. */
export function LessonForm({ courseId, initial, readOnly, poolSize = 0 }: { courseId: string; initial: LessonFormValues; readOnly: boolean; poolSize?: number }) {
  const t = useTranslations("courses.admin.lesson");
  const trpc = useTRPC();
  const router = useRouter();
  const kind = initial.kind;
  const alwaysRequired = kind === "QUIZ" || kind === "ATTESTATION";

  /** The lesson as the schema expects it, from the form's (uncontrolled) fields. */
  function content(f: FormValues) {
    const base = { kind, title: f.text("title"), required: alwaysRequired || f.checked("required") };
    switch (kind) {
      case "READING":
        return { ...base, body: f.text("body") };
      case "VIDEO":
        return { ...base, url: f.text("url"), body: f.text("body"), watchedThreshold: f.number("watchedThreshold") ?? undefined };
      case "QUIZ":
        // A new quiz has no questions yet: it draws all of them until its pool is written and the lesson edited.
        return { ...base, passMark: f.number("passMark") ?? undefined, shuffle: f.checked("shuffle"), drawCount: initial.id ? f.number("drawCount") : null };
      case "ATTESTATION":
        return { ...base, body: f.text("body") };
      case "EXTERNAL_LINK":
        return { ...base, url: f.text("url"), body: f.text("body") };
    }
  }
  const add = useFormAction({
    schema: AddLessonInput,
    mutation: trpc.courseAuthoring.addLesson.mutationOptions(),
    values: (f) => ({ courseId, lesson: content(f) }),
    strip: 1,
    success: t("created"),
    // A new quiz needs its questions next; other lessons return to the course.
    onSuccess: (created) => router.push(kind === "QUIZ" ? `/admin/courses/${courseId}/lessons/${created.id}` : `/admin/courses/${courseId}`),
    refresh: false,
  });
  const update = useFormAction({
    schema: UpdateLessonInput,
    mutation: trpc.courseAuthoring.updateLesson.mutationOptions(),
    values: (f) => ({ lessonId: initial.id, lesson: content(f) }),
    strip: 1,
    success: t("saved"),
  });
  const form = initial.id ? update : add;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <fieldset disabled={readOnly} className="space-y-4">
        <Field label={t("title")} error={form.error("title")}>
          {(p) => <Input {...p} name="title" defaultValue={initial.title} />}
        </Field>
        {kind === "READING" && (
          <Field label={t("body")} hint={t("bodyHint")} error={form.error("body")}>
            {(p) => <Textarea {...p} name="body" defaultValue={initial.body} rows={16} className="font-mono" />}
          </Field>
        )}
        {kind === "ATTESTATION" && (
          <Field label={t("statement")} hint={t("statementHint")} error={form.error("body")}>
            {(p) => <Textarea {...p} name="body" defaultValue={initial.body} rows={3} />}
          </Field>
        )}
        {(kind === "VIDEO" || kind === "EXTERNAL_LINK") && (
          <>
            <Field label={kind === "VIDEO" ? t("videoUrl") : t("url")} error={form.error("url")}>
              {(p) => <Input {...p} type="url" name="url" defaultValue={initial.url ?? ""} placeholder={"https://"} />}
            </Field>
            <Field label={t("description")} error={form.error("body")}>
              {(p) => <Textarea {...p} name="body" defaultValue={initial.body} rows={4} />}
            </Field>
          </>
        )}
        {kind === "VIDEO" && (
          <Field label={t("watchedThreshold")} hint={t("watchedThresholdHint")} error={form.error("watchedThreshold")}>
            {(p) => <Input {...p} name="watchedThreshold" defaultValue={initial.watchedThreshold ?? DEFAULT_WATCHED_THRESHOLD} inputMode="numeric" className="max-w-32" />}
          </Field>
        )}
        {kind === "QUIZ" && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("passMark")} error={form.error("passMark")}>
              {(p) => <Input {...p} name="passMark" defaultValue={initial.passMark ?? DEFAULT_PASS_MARK} inputMode="numeric" />}
            </Field>
            {initial.id && (
              <Field label={t("drawCount")} hint={t("drawCountHint", { pool: poolSize })} error={form.error("drawCount")}>
                {(p) => <Input {...p} name="drawCount" defaultValue={initial.drawCount ?? ""} inputMode="numeric" />}
              </Field>
            )}
          </div>
        )}
        {kind === "QUIZ" && <Checkbox name="shuffle" label={t("shuffle")} defaultChecked={initial.shuffle} />}
        <Checkbox name="required" label={t("required")} defaultChecked={alwaysRequired || initial.required} disabled={alwaysRequired} />
        <FormError message={form.formError} />
        {!readOnly && <SubmitButton busy={form.pending}>{t("save")}</SubmitButton>}
      </fieldset>
    </form>
  );
}
