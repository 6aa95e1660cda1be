"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { AddStepInput } from "~/lib/schemas/paths";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Step = { id: string; title: string; external: boolean; provider: string };

/** The path's steps in order: move up or down, remove; add a published course or an external step. */
export function StepEditor({ pathId, steps, courses }: { pathId: string; steps: Step[]; courses: { id: string; code: string; title: string }[] }) {
  const t = useTranslations("paths.admin");
  const trpc = useTRPC();
  const move = useAction(trpc.paths.moveStep.mutationOptions());
  const remove = useAction(trpc.paths.removeStep.mutationOptions(), { success: t("removedToast") });
  const addCourse = useFormAction({
    schema: AddStepInput,
    mutation: trpc.paths.addStep.mutationOptions(),
    values: (f) => ({ pathId, kind: "COURSE", courseId: f.text("courseId") }),
    success: t("addedToast"),
    resetOnSuccess: true,
  });
  const addExternal = useFormAction({
    schema: AddStepInput,
    mutation: trpc.paths.addStep.mutationOptions(),
    values: (f) => ({ pathId, kind: "EXTERNAL", title: f.text("title"), provider: f.text("provider"), url: f.text("url") }),
    success: t("addedToast"),
    resetOnSuccess: true,
  });
  const busy = move.pending || remove.pending;
  return (
    <div className="space-y-6">
      {steps.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noSteps")}</p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
          {steps.map((s, i) => (
            <li key={s.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 text-sm">
                <span className="font-medium text-slate-900">{t("stepLine", { n: i + 1, title: s.title })}</span>
                <span className="block text-xs text-slate-500">{s.external ? t("externalKind", { provider: s.provider }) : t("courseKind")}</span>
              </div>
              <div className="flex flex-wrap gap-1">
                <Button size="sm" variant="ghost" disabled={busy || i === 0} onClick={() => void move.run({ stepId: s.id, direction: "up" })} aria-label={t("moveUpLabel", { step: s.title })}>
                  {t("moveUp")}
                </Button>
                <Button size="sm" variant="ghost" disabled={busy || i === steps.length - 1} onClick={() => void move.run({ stepId: s.id, direction: "down" })} aria-label={t("moveDownLabel", { step: s.title })}>
                  {t("moveDown")}
                </Button>
                <Button size="sm" variant="secondary" disabled={busy} onClick={() => void remove.run({ stepId: s.id })} aria-label={t("removeLabel", { step: s.title })}>
                  {t("remove")}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={addCourse.onSubmit} className="space-y-3" noValidate>
        <h3 className="text-sm font-semibold text-slate-900">{t("addCourse")}</h3>
        <Field label={t("course")} error={addCourse.error("courseId")}>
          {(p) => (
            <Select {...p} name="courseId" required defaultValue="">
              <option value="" disabled>
                {t("chooseCourse")}
              </option>
              {courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {t("courseOption", { title: c.title, code: c.code })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <FormError message={addCourse.formError} />
        <SubmitButton busy={addCourse.pending} variant="secondary">
          {t("addCourseButton")}
        </SubmitButton>
      </form>
      <form onSubmit={addExternal.onSubmit} className="space-y-3" noValidate>
        <h3 className="text-sm font-semibold text-slate-900">{t("addExternal")}</h3>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("externalTitle")} error={addExternal.error("title")}>
            {(p) => <Input {...p} name="title" required maxLength={200} />}
          </Field>
          <Field label={t("provider")} error={addExternal.error("provider")}>
            {(p) => <Input {...p} name="provider" required maxLength={120} />}
          </Field>
        </div>
        <Field label={t("url")} hint={t("urlHint")} error={addExternal.error("url")}>
          {(p) => <Input {...p} name="url" type="url" maxLength={2000} />}
        </Field>
        <FormError message={addExternal.formError} />
        <SubmitButton busy={addExternal.pending} variant="secondary">
          {t("addExternalButton")}
        </SubmitButton>
      </form>
    </div>
  );
}
