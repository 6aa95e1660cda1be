"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { EvaluationSettings } from "~/lib/schemas/evaluations";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** When the follow-up opens, in weeks after the course (Setting "evaluations.followUpWeeks"). */
export function EvaluationSettingsForm({ initial }: { initial: EvaluationSettings }) {
  const t = useTranslations("evaluations.settings");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const form = useFormAction({
    schema: EvaluationSettings,
    mutation: trpc.evaluations.updateSettings.mutationOptions(),
    values: (f) => ({ followUpWeeks: f.number("followUpWeeks") ?? undefined }),
    success: t("saved"),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="evaluation-settings-title" className="space-y-4 rounded-lg bg-white p-5 shadow-xs ring-1 ring-slate-200">
      <h2 id="evaluation-settings-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <Field label={t("followUpWeeks")} hint={t("hint")} error={form.error("followUpWeeks")}>
        {(p) => <Input {...p} name="followUpWeeks" type="number" min={1} max={52} inputMode="numeric" className="w-32" defaultValue={initial.followUpWeeks} />}
      </Field>
      <FormError message={form.formError} />
      <SubmitButton busy={form.pending}>{tc("save")}</SubmitButton>
    </form>
  );
}
