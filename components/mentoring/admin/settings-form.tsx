"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { MentoringSettingsInput } from "~/lib/schemas/mentoring";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { WeightsFields, draftOf, weightsOf } from "~/components/mentoring/admin/weights-fields";

export function SettingsForm({ initial }: { initial: MentoringSettingsInput }) {
  const t = useTranslations("mentoring.admin");
  const trpc = useTRPC();
  // The weights stay in state: the round workbench edits them with the same fields and compares them live.
  const [weights, setWeights] = useState(draftOf(initial.weights));
  const save = useFormAction({
    schema: MentoringSettingsInput,
    mutation: trpc.mentoringAdmin.saveSettings.mutationOptions(),
    values: (f) => ({
      requireTraining: f.checked("requireTraining"),
      maxOpenRequests: Number(f.text("maxOpenRequests")),
      requestExpiryDays: Number(f.text("requestExpiryDays")),
      weights: weightsOf(weights),
    }),
    success: t("saved"),
  });
  // Any refusal of a number reads the same; keyed by the weight's own name for WeightsFields.
  const invalid = Object.fromEntries(Object.keys(save.errors).map((k) => [k.split(".").pop()!, t("invalidNumber")]));

  return (
    <form onSubmit={save.onSubmit} noValidate className="space-y-6">
      <ChoiceGroup legend={t("training")} hint={t("trainingHint")} columns={1}>
        <Choice name="requireTraining" defaultChecked={initial.requireTraining}>
          {t("requireTraining")}
        </Choice>
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("maxOpen")} hint={t("maxOpenHint")} error={invalid.maxOpenRequests}>
          {(p) => <Input {...p} name="maxOpenRequests" type="number" min={1} max={5} defaultValue={initial.maxOpenRequests} />}
        </Field>
        <Field label={t("expiry")} hint={t("expiryHint")} error={invalid.requestExpiryDays}>
          {(p) => <Input {...p} name="requestExpiryDays" type="number" min={3} max={60} defaultValue={initial.requestExpiryDays} />}
        </Field>
      </div>
      <section aria-labelledby="weights-title" data-field="weights" className="space-y-2">
        <h3 id="weights-title" className="text-sm font-semibold text-slate-900">
          {t("weightsTitle")}
        </h3>
        <p className="text-sm text-slate-600">{t("weightsHint")}</p>
        <WeightsFields draft={weights} onChange={setWeights} errors={invalid} />
      </section>
      <FormError message={save.formError} />
      <SubmitButton busy={save.pending}>{t("save")}</SubmitButton>
    </form>
  );
}
