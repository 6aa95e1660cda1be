"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { APPLICATION_TEXT_MAX, ApplyInput } from "~/lib/schemas/programmes";
import { Button } from "~/components/ui/button";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** The application form of an open call: motivation and development goals, checked here and again on the server. */
export function ApplicationForm({ cohortId }: { cohortId: string }) {
  const t = useTranslations("programmes.apply");
  const trpc = useTRPC();
  const apply = useFormAction({
    schema: ApplyInput,
    mutation: trpc.programmes.submitApplication.mutationOptions(),
    values: (f) => ({ cohortId, motivation: f.text("motivation"), goals: f.text("goals") }),
    success: t("submitted"),
  });
  return (
    <form onSubmit={apply.onSubmit} className="space-y-4" noValidate>
      <Field label={t("motivation")} hint={t("motivationHint")} error={apply.error("motivation")}>
        {(p) => <Textarea {...p} name="motivation" rows={6} required minLength={20} maxLength={APPLICATION_TEXT_MAX} />}
      </Field>
      <Field label={t("goals")} hint={t("goalsHint")} error={apply.error("goals")}>
        {(p) => <Textarea {...p} name="goals" rows={6} required minLength={20} maxLength={APPLICATION_TEXT_MAX} />}
      </Field>
      <FormError message={apply.formError} />
      <SubmitButton busy={apply.pending}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** The applicant takes back their application. */
export function WithdrawApplicationButton({ applicationId }: { applicationId: string }) {
  const t = useTranslations("programmes.application");
  const trpc = useTRPC();
  const withdraw = useAction(trpc.programmes.withdraw.mutationOptions(), { success: t("withdrawn") });
  return (
    <Button variant="secondary" size="sm" busy={withdraw.pending} disabled={!withdraw.hydrated} onClick={() => void withdraw.run({ applicationId })}>
      {t("withdraw")}
    </Button>
  );
}
