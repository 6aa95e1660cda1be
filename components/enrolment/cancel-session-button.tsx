"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CancelSessionInput } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** Cancels a session with the reason participants will read; they are e-mailed with the course's other sessions. */
export function CancelSessionButton({ sessionId, people }: { sessionId: string; people: number }) {
  const t = useTranslations("enrolment.cancel");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const cancel = useFormAction({
    schema: CancelSessionInput,
    mutation: trpc.sessions.cancel.mutationOptions(),
    values: (f) => ({ sessionId, reason: f.text("reason") }),
    success: (result) => t("done", { count: result.notified }),
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button variant="danger" disabled={!cancel.hydrated} onClick={() => { cancel.clear(); setOpen(true); }}>
        {t("button")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={cancel.onSubmit}
        title={t("title")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("keep")}
            </Button>
            <SubmitButton variant="danger" busy={cancel.pending}>
              {t("confirm")}
            </SubmitButton>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("body", { count: people })}</p>
        <Field label={t("reason")} hint={t("reasonHint")} error={cancel.error("reason")}>
          {(p) => <Textarea {...p} name="reason" />}
        </Field>
        <FormError message={cancel.formError} />
      </Dialog>
    </>
  );
}
