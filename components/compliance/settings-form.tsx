"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { ComplianceSettings } from "~/lib/schemas/compliance";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

type Key = keyof ComplianceSettings;
const KEYS: Key[] = ["remindBeforeDays", "managerAfterDays", "escalateAfterDays"];

/** The reminder and escalation day counts (Setting "compliance.reminders"). */
export function SettingsForm({ initial }: { initial: ComplianceSettings }) {
  const t = useTranslations("compliance.settings");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const form = useFormAction({
    schema: ComplianceSettings,
    mutation: trpc.compliance.updateSettings.mutationOptions(),
    values: (f) => Object.fromEntries(KEYS.map((k) => [k, f.number(k) ?? undefined])),
    success: t("saved"),
  });
  const hints: Partial<Record<Key, string>> = { remindBeforeDays: t("remindBeforeDaysHint"), managerAfterDays: t("managerAfterDaysHint") };

  return (
    <form onSubmit={form.onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg bg-white p-6 shadow-xs ring-1 ring-slate-200">
      {KEYS.map((k) => (
        <Field key={k} label={t(k)} hint={hints[k]} error={form.error(k)}>
          {(p) => <Input {...p} name={k} type="number" min={1} inputMode="numeric" className="w-32" defaultValue={initial[k]} />}
        </Field>
      ))}
      <FormError message={form.formError} />
      <SubmitButton busy={form.pending}>{tc("save")}</SubmitButton>
    </form>
  );
}
