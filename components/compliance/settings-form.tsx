"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage, fieldError } from "~/lib/trpc/errors";
import { ComplianceSettings } from "~/lib/schemas/compliance";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

type Key = keyof ComplianceSettings;
const KEYS: Key[] = ["remindBeforeDays", "managerAfterDays", "escalateAfterDays"];

/** The reminder and escalation day counts (Setting "compliance.reminders"). */
export function SettingsForm({ initial }: { initial: ComplianceSettings }) {
  const t = useTranslations("compliance.settings");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [text, setText] = useState<Record<Key, string>>({
    remindBeforeDays: String(initial.remindBeforeDays),
    managerAfterDays: String(initial.managerAfterDays),
    escalateAfterDays: String(initial.escalateAfterDays),
  });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const save = useMutation(trpc.compliance.updateSettings.mutationOptions());
  const hints: Partial<Record<Key, string>> = { remindBeforeDays: t("remindBeforeDaysHint"), managerAfterDays: t("managerAfterDaysHint") };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = ComplianceSettings.safeParse(Object.fromEntries(KEYS.map((k) => [k, text[k].trim() === "" ? undefined : Number(text[k])])));
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors as Partial<Record<Key, string[]>>;
      return setErrors(Object.fromEntries(KEYS.map((k) => [k, f[k]?.[0]])));
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      toast("success", t("saved"));
      router.refresh();
    } catch (err) {
      const field = fieldError(err) as Key | null;
      setErrors({ [field ?? "remindBeforeDays"]: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg bg-white p-6 shadow-xs ring-1 ring-slate-200">
      {KEYS.map((k) => (
        <Field key={k} label={t(k)} hint={hints[k]} error={errors[k]}>
          {(p) => <Input {...p} type="number" min={1} inputMode="numeric" className="w-32" value={text[k]} onChange={(e) => setText((x) => ({ ...x, [k]: e.target.value }))} />}
        </Field>
      ))}
      <Button type="submit" busy={save.isPending}>
        {tc("save")}
      </Button>
    </form>
  );
}
