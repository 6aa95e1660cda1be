"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { MentoringSettingsInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { Choice, ChoiceGroup } from "~/components/mentoring/form-bits";
import { WeightsFields, draftOf, weightsOf } from "~/components/mentoring/admin/weights-fields";

export function SettingsForm({ initial }: { initial: MentoringSettingsInput }) {
  const t = useTranslations("mentoring.admin");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const save = useMutation(trpc.mentoringAdmin.saveSettings.mutationOptions());
  const [requireTraining, setRequireTraining] = useState(initial.requireTraining);
  const [maxOpen, setMaxOpen] = useState(String(initial.maxOpenRequests));
  const [expiry, setExpiry] = useState(String(initial.requestExpiryDays));
  const [weights, setWeights] = useState(draftOf(initial.weights));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = MentoringSettingsInput.safeParse({
      requireTraining,
      maxOpenRequests: Number(maxOpen),
      requestExpiryDays: Number(expiry),
      weights: weightsOf(weights),
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[issue.path.length - 1])] ??= t("invalidNumber");
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      toast("success", t("saved"));
      router.refresh();
    } catch (err) {
      setErrors({ form: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ChoiceGroup legend={t("training")} hint={t("trainingHint")} columns={1}>
        <Choice name="requireTraining" checked={requireTraining} onChange={setRequireTraining}>
          {t("requireTraining")}
        </Choice>
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("maxOpen")} hint={t("maxOpenHint")} error={errors.maxOpenRequests}>
          {(p) => <Input {...p} type="number" min={1} max={5} value={maxOpen} onChange={(e) => setMaxOpen(e.target.value)} />}
        </Field>
        <Field label={t("expiry")} hint={t("expiryHint")} error={errors.requestExpiryDays}>
          {(p) => <Input {...p} type="number" min={3} max={60} value={expiry} onChange={(e) => setExpiry(e.target.value)} />}
        </Field>
      </div>
      <section aria-labelledby="weights-title" className="space-y-2">
        <h3 id="weights-title" className="text-sm font-semibold text-slate-900">
          {t("weightsTitle")}
        </h3>
        <p className="text-sm text-slate-600">{t("weightsHint")}</p>
        <WeightsFields draft={weights} onChange={setWeights} errors={errors} />
      </section>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <Button type="submit" busy={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
