"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CoachingRequestInput, LogCoachingSessionInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Input, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export function RequestCoachingButton({ coachId, coachName }: { coachId: string; coachName: string }) {
  const t = useTranslations("mentoring.coaching");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const request = useFormAction({
    schema: CoachingRequestInput,
    mutation: trpc.coaching.request.mutationOptions(),
    values: (f) => ({ coachId, message: f.text("message") }),
    success: t("requested", { name: coachName }),
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button variant="secondary" size="sm" aria-label={t("requestFrom", { name: coachName })} disabled={!request.hydrated} onClick={() => { request.clear(); setOpen(true); }}>
        {t("request")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={request.onSubmit}
        title={t("requestFrom", { name: coachName })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={request.pending}>{t("send")}</SubmitButton>
          </>
        }
      >
        <Field label={t("message")} hint={t("messageHint")} error={request.error("message")}>
          {(p) => <Textarea {...p} name="message" rows={4} maxLength={2000} />}
        </Field>
        <FormError message={request.formError} />
      </Dialog>
    </>
  );
}

export function AnswerCoaching({ requestId, name }: { requestId: string; name: string }) {
  const t = useTranslations("mentoring.coaching");
  const trpc = useTRPC();
  const answer = useAction(trpc.coaching.answer.mutationOptions(), { success: (_, { accept }) => (accept ? t("acceptedToast") : t("declinedToast")) });
  return (
    <div className="flex gap-2">
      <Button size="sm" onClick={() => void answer.run({ requestId, accept: true })} busy={answer.pending} disabled={!answer.hydrated} aria-label={t("acceptFrom", { name })}>
        {t("accept")}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => void answer.run({ requestId, accept: false })} disabled={!answer.hydrated || answer.pending} aria-label={t("declineFrom", { name })}>
        {t("decline")}
      </Button>
    </div>
  );
}

export function LogCoachingSession({ requestId, name, today }: { requestId: string; name: string; today: string }) {
  const t = useTranslations("mentoring.coaching");
  const trpc = useTRPC();
  const log = useFormAction({
    schema: LogCoachingSessionInput,
    mutation: trpc.coaching.logSession.mutationOptions(),
    values: (f) => ({ requestId, heldOn: f.text("heldOn"), hours: f.text("hours") }),
    success: t("logged"),
  });
  const close = useAction(trpc.coaching.close.mutationOptions(), { errors: "inline" });
  return (
    <form noValidate aria-label={t("logFor", { name })} className="flex flex-wrap items-end gap-3" onSubmit={log.onSubmit}>
      <Field label={t("date")} error={log.error("heldOn")}>
        {(p) => <Input {...p} name="heldOn" type="date" max={today} defaultValue={today} />}
      </Field>
      <Field label={t("hours")} error={log.error("hours")}>
        {(p) => <Input {...p} name="hours" inputMode="decimal" defaultValue="1" className="w-24" />}
      </Field>
      <SubmitButton size="sm" busy={log.pending}>
        {t("log")}
      </SubmitButton>
      <Button variant="ghost" size="sm" busy={close.pending} disabled={!close.hydrated} onClick={() => void close.run({ requestId })}>
        {t("close")}
      </Button>
      <FormError message={log.formError ?? close.error} className="w-full" />
    </form>
  );
}
