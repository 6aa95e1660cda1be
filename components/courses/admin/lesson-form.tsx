"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { DEFAULT_PASS_MARK, DEFAULT_WATCHED_THRESHOLD, LessonContentInput, type LessonKindValue } from "~/lib/schemas/courses";
import { Button } from "~/components/ui/button";
import { Field, Input, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { issuesByField, serverFieldErrors } from "~/components/courses/admin/form-errors";
import { useHydrated } from "~/components/courses/use-hydrated";

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
  maxAttempts: number | null;
};

function numberOrUndefined(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text);
}

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
export function LessonForm({ courseId, initial, readOnly }: { courseId: string; initial: LessonFormValues; readOnly: boolean }) {
  const t = useTranslations("courses.admin.lesson");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const add = useMutation(trpc.courseAuthoring.addLesson.mutationOptions());
  const update = useMutation(trpc.courseAuthoring.updateLesson.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const kind = initial.kind;
  const alwaysRequired = kind === "QUIZ" || kind === "ATTESTATION";
  const hydrated = useHydrated();

  /** The lesson as the schema expects it, from the form's (uncontrolled) fields. */
  function content(f: FormData) {
    const text = (k: string) => String(f.get(k) ?? "");
    const base = { kind, title: text("title"), required: alwaysRequired || f.get("required") === "on" };
    switch (kind) {
      case "READING":
        return { ...base, body: text("body") };
      case "VIDEO":
        return { ...base, url: text("url"), body: text("body"), watchedThreshold: numberOrUndefined(text("watchedThreshold")) };
      case "QUIZ":
        return { ...base, passMark: numberOrUndefined(text("passMark")), shuffle: f.get("shuffle") === "on", maxAttempts: text("maxAttempts").trim() === "" ? null : Number(text("maxAttempts")) };
      case "ATTESTATION":
        return { ...base, body: text("body") };
      case "EXTERNAL_LINK":
        return { ...base, url: text("url"), body: text("body") };
    }
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = LessonContentInput.safeParse(content(new FormData(e.currentTarget)));
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error));
      return;
    }
    setErrors({});
    try {
      if (initial.id) {
        await update.mutateAsync({ lessonId: initial.id, lesson: parsed.data });
        toast("success", t("saved"));
        router.refresh();
      } else {
        const created = await add.mutateAsync({ courseId, lesson: parsed.data });
        toast("success", t("created"));
        // A new quiz needs its questions next; other lessons return to the course.
        router.push(kind === "QUIZ" ? `/admin/courses/${courseId}/lessons/${created.id}` : `/admin/courses/${courseId}`);
      }
    } catch (err) {
      setErrors(serverFieldErrors(err, 1) ?? { _: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <fieldset disabled={readOnly} className="space-y-4">
        <Field label={t("title")} error={errors.title}>
          {(p) => <Input {...p} name="title" defaultValue={initial.title} />}
        </Field>
        {kind === "READING" && (
          <Field label={t("body")} hint={t("bodyHint")} error={errors.body}>
            {(p) => <Textarea {...p} name="body" defaultValue={initial.body} rows={16} className="font-mono" />}
          </Field>
        )}
        {kind === "ATTESTATION" && (
          <Field label={t("statement")} hint={t("statementHint")} error={errors.body}>
            {(p) => <Textarea {...p} name="body" defaultValue={initial.body} rows={3} />}
          </Field>
        )}
        {(kind === "VIDEO" || kind === "EXTERNAL_LINK") && (
          <>
            <Field label={kind === "VIDEO" ? t("videoUrl") : t("url")} error={errors.url}>
              {(p) => <Input {...p} type="url" name="url" defaultValue={initial.url ?? ""} placeholder="https://" />}
            </Field>
            <Field label={t("description")} error={errors.body}>
              {(p) => <Textarea {...p} name="body" defaultValue={initial.body} rows={4} />}
            </Field>
          </>
        )}
        {kind === "VIDEO" && (
          <Field label={t("watchedThreshold")} hint={t("watchedThresholdHint")} error={errors.watchedThreshold}>
            {(p) => <Input {...p} name="watchedThreshold" defaultValue={initial.watchedThreshold ?? DEFAULT_WATCHED_THRESHOLD} inputMode="numeric" className="max-w-32" />}
          </Field>
        )}
        {kind === "QUIZ" && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("passMark")} error={errors.passMark}>
              {(p) => <Input {...p} name="passMark" defaultValue={initial.passMark ?? DEFAULT_PASS_MARK} inputMode="numeric" />}
            </Field>
            <Field label={t("maxAttempts")} hint={t("maxAttemptsHint")} error={errors.maxAttempts}>
              {(p) => <Input {...p} name="maxAttempts" defaultValue={initial.maxAttempts ?? ""} inputMode="numeric" />}
            </Field>
          </div>
        )}
        {kind === "QUIZ" && <Checkbox name="shuffle" label={t("shuffle")} defaultChecked={initial.shuffle} />}
        <Checkbox name="required" label={t("required")} defaultChecked={alwaysRequired || initial.required} disabled={alwaysRequired} />
        {errors._ && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errors._}
          </p>
        )}
        {!readOnly && (
          <Button type="submit" busy={add.isPending || update.isPending} disabled={!hydrated}>
            {t("save")}
          </Button>
        )}
      </fieldset>
    </form>
  );
}
