"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CreateRoundInput } from "~/lib/schemas/mentoring";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export function RoundCreateForm({ defaultCloses }: { defaultCloses: string }) {
  const t = useTranslations("mentoring.rounds");
  const trpc = useTRPC();
  const router = useRouter();
  const create = useFormAction({
    schema: CreateRoundInput,
    mutation: trpc.mentoringAdmin.createRound.mutationOptions(),
    values: (f) => ({ name: f.text("name"), closesOn: f.text("closesOn") }),
    success: (round) => t("created", { name: round.name }),
    onSuccess: (round) => router.push(`/admin/mentoring/rounds/${round.id}`),
    refresh: false,
  });
  return (
    <form noValidate className="space-y-4" onSubmit={create.onSubmit}>
      <Field label={t("name")} hint={t("nameHint")} error={create.error("name")}>
        {(p) => <Input {...p} name="name" maxLength={80} />}
      </Field>
      <Field label={t("closesOn")} hint={t("closesOnHint")} error={create.error("closesOn")}>
        {(p) => <Input {...p} name="closesOn" type="date" defaultValue={defaultCloses} />}
      </Field>
      <FormError message={create.formError} />
      <SubmitButton busy={create.pending}>{t("open")}</SubmitButton>
    </form>
  );
}
