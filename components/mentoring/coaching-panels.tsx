"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { CoachingRequestInput, LogCoachingSessionInput, MAX_COACHING_HOURS, MIN_COACHING_HOURS } from "~/lib/schemas/mentoring";
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

/**
 * The coach logs a session through a small form (date, hours in the reader's notation: "1.5" or "1,5"). Each opening
 * of the form has its own submission key, so a double submit or a retry logs the session once.
 */
export function LogCoachingSession({ requestId, name, today }: { requestId: string; name: string; today: string }) {
  const t = useTranslations("mentoring.coaching");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [submissionKey, setSubmissionKey] = useState("");
  const log = useFormAction({
    schema: LogCoachingSessionInput,
    mutation: trpc.coaching.logSession.mutationOptions(),
    values: (f) => ({ requestId, heldOn: f.text("heldOn"), hours: f.text("hours"), submissionKey }),
    success: (_, input) => t("logged", { hours: format.number(Number(input.hours), { maximumFractionDigits: 2 }) }),
    onSuccess: () => setOpen(false),
  });
  const close = useAction(trpc.coaching.close.mutationOptions(), { errors: "inline" });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          aria-label={t("logSessionWith", { name })}
          disabled={!log.hydrated}
          onClick={() => {
            log.clear();
            setSubmissionKey(crypto.randomUUID());
            setOpen(true);
          }}
        >
          {t("logSession")}
        </Button>
        <Button variant="ghost" size="sm" busy={close.pending} disabled={!close.hydrated} onClick={() => void close.run({ requestId })}>
          {t("close")}
        </Button>
      </div>
      <FormError message={close.error} />
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={log.onSubmit}
        title={t("logFor", { name })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={log.pending}>{t("log")}</SubmitButton>
          </>
        }
      >
        <Field label={t("date")} error={log.error("heldOn")}>
          {(p) => <Input {...p} name="heldOn" type="date" max={today} defaultValue={today} required />}
        </Field>
        <Field
          label={t("hours")}
          hint={t("hoursHint", { example: format.number(1.5), min: format.number(MIN_COACHING_HOURS), max: format.number(MAX_COACHING_HOURS) })}
          error={log.error("hours")}
        >
          {(p) => <Input {...p} name="hours" inputMode="decimal" autoComplete="off" defaultValue={format.number(1)} className="w-28" required />}
        </Field>
        <FormError message={log.formError} />
      </Dialog>
    </div>
  );
}
