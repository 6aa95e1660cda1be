"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { ENDORSEMENT_COMMENT_MAX, EndorsementInput } from "~/lib/schemas/programmes";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** The manager's answer to one application: a comment (required to decline) and Endorse or Decline. */
export function EndorsementForm({ applicationId, applicant }: { applicationId: string; applicant: string }) {
  const t = useTranslations("programmes.endorsements");
  const trpc = useTRPC();
  const answer = useFormAction({
    schema: EndorsementInput,
    mutation: trpc.programmes.endorse.mutationOptions(),
    values: (f) => ({ applicationId, decision: f.text("decision"), comment: f.optional("comment") }),
    success: (_, input) => t(input.decision === "ENDORSED" ? "endorsed" : "declined", { name: applicant }),
  });
  return (
    <form onSubmit={answer.onSubmit} className="space-y-3" noValidate>
      <Field label={t("comment")} hint={t("commentHint")} error={answer.error("comment")}>
        {(p) => <Textarea {...p} name="comment" rows={3} maxLength={ENDORSEMENT_COMMENT_MAX} />}
      </Field>
      <FormError message={answer.formError} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="ENDORSED" busy={answer.pending && answer.variables?.decision === "ENDORSED"} aria-label={t("endorseFor", { name: applicant })}>
          {t("endorse")}
        </SubmitButton>
        <SubmitButton name="decision" value="DECLINED" variant="secondary" busy={answer.pending && answer.variables?.decision === "DECLINED"} aria-label={t("declineFor", { name: applicant })}>
          {t("decline")}
        </SubmitButton>
      </div>
    </form>
  );
}
