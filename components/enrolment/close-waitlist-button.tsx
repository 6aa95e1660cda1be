"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CloseWaitlistInput } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** Closes a session's waiting list (also after its start) with the reason the people waiting will read in their mail. */
export function CloseWaitlistButton({ sessionId, people }: { sessionId: string; people: number }) {
  const t = useTranslations("enrolment.closeWaitlist");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const close = useFormAction({
    schema: CloseWaitlistInput,
    mutation: trpc.sessions.closeWaitlist.mutationOptions(),
    values: (f) => ({ sessionId, reason: f.text("reason") }),
    success: (result) => t("done", { count: result.closed }),
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button variant="secondary" size="sm" disabled={!close.hydrated} onClick={() => { close.clear(); setOpen(true); }}>
        {t("button")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={close.onSubmit}
        title={t("title")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("keep")}
            </Button>
            <SubmitButton variant="danger" busy={close.pending}>
              {t("confirm")}
            </SubmitButton>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("body", { count: people })}</p>
        <Field label={t("reason")} hint={t("reasonHint")} error={close.error("reason")}>
          {(p) => <Textarea {...p} name="reason" />}
        </Field>
        <FormError message={close.formError} />
      </Dialog>
    </>
  );
}
