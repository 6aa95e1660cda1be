"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { ReviewExternalInput } from "~/lib/schemas/records";
import { Field, Input } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** Approve (optionally adjusting the days) or reject with a reason the learner reads. */
export function ExternalReview({ id, title, trainingDays }: { id: string; title: string; trainingDays: string }) {
  const t = useTranslations("enrolment.externalReview");
  const trpc = useTRPC();
  const review = useFormAction({
    schema: ReviewExternalInput,
    mutation: trpc.records.reviewExternal.mutationOptions(),
    values: (f) => {
      const decision = f.text("decision");
      const days = f.text("trainingDays");
      return { id, decision, note: f.text("note"), trainingDays: decision === "approve" && days !== trainingDays ? days : undefined };
    },
    success: (_, input) => (input.decision === "approve" ? t("approved", { title }) : t("rejected", { title })),
  });
  const busy = (decision: string) => review.pending && review.variables?.decision === decision;
  return (
    <form noValidate onSubmit={review.onSubmit} className="grid gap-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end">
      <Field label={t("days")} error={review.error("trainingDays")}>
        {(p) => <Input {...p} name="trainingDays" inputMode="decimal" defaultValue={trainingDays} />}
      </Field>
      <Field label={t("note")} error={review.error("note")}>
        {(p) => <Input {...p} name="note" placeholder={t("notePlaceholder")} />}
      </Field>
      <div className="flex gap-2">
        <SubmitButton size="sm" name="decision" value="approve" busy={busy("approve")}>
          {t("approve")}
          <span className="sr-only"> — {title}</span>
        </SubmitButton>
        <SubmitButton size="sm" variant="danger" name="decision" value="reject" busy={busy("reject")}>
          {t("reject")}
          <span className="sr-only"> — {title}</span>
        </SubmitButton>
      </div>
      <FormError message={review.formError} className="sm:col-span-3" />
    </form>
  );
}
