"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { DeclineRequestInput } from "~/lib/schemas/licences";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** Assign a waiting request, or decline it with a reason the person is told. */
export function RequestActions({ licenceId, name, full }: { licenceId: string; name: string; full: boolean }) {
  const t = useTranslations("licences.admin");
  const trpc = useTRPC();
  const [declining, setDeclining] = useState(false);
  const assign = useAction(trpc.licences.assign.mutationOptions(), { success: t("assigned", { name }) });
  const decline = useFormAction({
    schema: DeclineRequestInput,
    mutation: trpc.licences.decline.mutationOptions(),
    values: (f) => ({ licenceId, reason: f.text("reason") }),
    success: t("declined", { name }),
    onSuccess: () => setDeclining(false),
  });
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={() => void assign.run({ licenceId })} disabled={full || assign.pending || !assign.hydrated} aria-label={t("assignFor", { name })}>
        {t("assign")}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => setDeclining(true)} aria-label={t("declineFor", { name })}>
        {t("decline")}
      </Button>
      <Dialog
        open={declining}
        onClose={() => setDeclining(false)}
        title={t("declineTitle", { name })}
        onSubmit={decline.onSubmit}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeclining(false)}>
              {t("cancel")}
            </Button>
            <SubmitButton busy={decline.pending}>{t("decline")}</SubmitButton>
          </>
        }
      >
        <Field label={t("reason")} hint={t("reasonHint")} error={decline.error("reason")}>
          {(p) => <Textarea {...p} name="reason" rows={3} required />}
        </Field>
        <FormError message={decline.formError} />
      </Dialog>
    </div>
  );
}

/** Take a licence back (L&D); in an automatic pool the seat goes to the oldest waiting request. */
export function ReleaseButton({ licenceId, name }: { licenceId: string; name: string }) {
  const t = useTranslations("licences.admin");
  const trpc = useTRPC();
  const release = useAction(trpc.licences.release.mutationOptions(), { success: t("released", { name }) });
  return (
    <Button size="sm" variant="secondary" onClick={() => void release.run({ licenceId, reason: "" })} disabled={release.pending || !release.hydrated} aria-label={t("releaseFor", { name })}>
      {t("release")}
    </Button>
  );
}
