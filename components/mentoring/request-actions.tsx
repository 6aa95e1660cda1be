"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { useFormAction } from "~/lib/forms/use-form-action";
import { AcceptRequestInput, DECLINE_REASONS, DeclineRequestInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Select, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

/** The mentee takes back an open request. */
export function WithdrawRequestButton({ requestId, mentorName }: { requestId: string; mentorName: string }) {
  const t = useTranslations("mentoring.requests");
  const trpc = useTRPC();
  const withdraw = useAction(trpc.mentoring.withdrawRequest.mutationOptions(), { success: t("withdrawn") });
  return (
    <Button variant="ghost" size="sm" busy={withdraw.pending} disabled={!withdraw.hydrated} aria-label={t("withdrawFrom", { name: mentorName })} onClick={() => void withdraw.run({ requestId })}>
      {t("withdraw")}
    </Button>
  );
}

/** The mentor's answer: accept (a pairing starts) with an optional word to the mentee, or decline with a reason the mentee will read. */
export function AnswerRequest({ requestId, menteeName }: { requestId: string; menteeName: string }) {
  const t = useTranslations("mentoring.inbox");
  const tm = useTranslations("mentoring");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const [declining, setDeclining] = useState(false);
  const [accepting, setAccepting] = useState(false);
  // Changes the note's label ("required" for OTHER); the fields are read on submit.
  const [reason, setReason] = useState("");
  const accept = useFormAction({
    schema: AcceptRequestInput,
    mutation: trpc.mentoring.acceptRequest.mutationOptions(),
    values: (f) => ({ requestId, message: f.text("message") }),
    success: t("accepted", { name: menteeName }),
    refresh: false,
    onSuccess: ({ pairing }) => {
      setAccepting(false);
      router.push(`/mentoring/pairings/${pairing.id}`);
    },
  });
  const decline = useFormAction({
    schema: DeclineRequestInput,
    mutation: trpc.mentoring.declineRequest.mutationOptions(),
    values: (f) => ({ requestId, reason: f.optional("reason"), text: f.optional("text") }),
    success: t("declined", { name: menteeName }),
    onSuccess: () => setDeclining(false),
  });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => {
            accept.clear();
            setAccepting(true);
          }}
          disabled={!accept.hydrated}
          aria-label={t("acceptFrom", { name: menteeName })}
        >
          {t("accept")}
        </Button>
        <Button
          variant="secondary"
          aria-label={t("declineFrom", { name: menteeName })}
          disabled={!accept.hydrated}
          onClick={() => {
            decline.clear();
            setReason("");
            setDeclining(true);
          }}
        >
          {t("decline")}
        </Button>
      </div>
      <Dialog
        open={accepting}
        onClose={() => setAccepting(false)}
        onSubmit={accept.onSubmit}
        title={t("acceptTitle", { name: menteeName })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setAccepting(false)}>
              {tc("cancel")}
            </Button>
            <SubmitButton busy={accept.pending}>{t("confirmAccept")}</SubmitButton>
          </>
        }
      >
        <p className="text-sm text-slate-600">{t("acceptHint", { name: menteeName })}</p>
        <Field label={t("acceptMessage", { name: menteeName })} hint={t("acceptMessageHint")} error={accept.error("message")}>
          {(p) => <Textarea {...p} name="message" maxLength={1000} rows={4} />}
        </Field>
        <FormError message={accept.formError} />
      </Dialog>
      <Dialog
        open={declining}
        onClose={() => setDeclining(false)}
        onSubmit={decline.onSubmit}
        title={t("declineTitle", { name: menteeName })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeclining(false)}>
              {tc("cancel")}
            </Button>
            <SubmitButton variant="danger" busy={decline.pending}>
              {t("confirmDecline")}
            </SubmitButton>
          </>
        }
      >
        <p className="text-sm text-slate-600">{t("declineHint")}</p>
        <Field label={t("reason")} error={decline.errors.reason && (reason ? decline.errors.reason : t("reasonRequired"))}>
          {(p) => (
            <Select {...p} name="reason" defaultValue="" onChange={(e) => setReason(e.target.value)}>
              <option value="">{t("chooseReason")}</option>
              {DECLINE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {tm(`declineReasons.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={reason === "OTHER" ? t("textRequired") : t("text")} error={decline.error("text")}>
          {(p) => <Textarea {...p} name="text" maxLength={1000} rows={3} />}
        </Field>
        <FormError message={decline.formError} />
      </Dialog>
    </div>
  );
}
