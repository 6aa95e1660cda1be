"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { DECLINE_REASONS, DeclineRequestInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Select, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

/** The mentee takes back an open request. */
export function WithdrawRequestButton({ requestId, mentorName }: { requestId: string; mentorName: string }) {
  const t = useTranslations("mentoring.requests");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const withdraw = useMutation(trpc.mentoring.withdrawRequest.mutationOptions());
  return (
    <Button
      variant="ghost"
      size="sm"
      busy={withdraw.isPending}
      aria-label={t("withdrawFrom", { name: mentorName })}
      onClick={async () => {
        try {
          await withdraw.mutateAsync({ requestId });
          toast("success", t("withdrawn"));
          router.refresh();
        } catch (err) {
          toast("error", errorMessage(err, tc("somethingWentWrong")));
        }
      }}
    >
      {t("withdraw")}
    </Button>
  );
}

/** The mentor's answer: accept (a pairing starts) or decline with a reason the mentee will read. */
export function AnswerRequest({ requestId, menteeName }: { requestId: string; menteeName: string }) {
  const t = useTranslations("mentoring.inbox");
  const tm = useTranslations("mentoring");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const accept = useMutation(trpc.mentoring.acceptRequest.mutationOptions());
  const decline = useMutation(trpc.mentoring.declineRequest.mutationOptions());
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<string>("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<{ reason?: string; text?: string; form?: string }>({});
  const [acceptError, setAcceptError] = useState<string | null>(null);

  async function onAccept() {
    setAcceptError(null);
    try {
      const { pairing } = await accept.mutateAsync({ requestId });
      toast("success", t("accepted", { name: menteeName }));
      router.push(`/mentoring/pairings/${pairing.id}`);
      router.refresh();
    } catch (err) {
      setAcceptError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  async function onDecline() {
    const parsed = DeclineRequestInput.safeParse({ requestId, reason: reason || undefined, text: text || undefined });
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors;
      setErrors({ reason: f.reason?.[0] && t("reasonRequired"), text: f.text?.[0] });
      return;
    }
    try {
      await decline.mutateAsync(parsed.data);
      toast("success", t("declined", { name: menteeName }));
      setDeclining(false);
      router.refresh();
    } catch (err) {
      setErrors({ form: errorMessage(err, tc("somethingWentWrong")) });
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void onAccept()} busy={accept.isPending} aria-label={t("acceptFrom", { name: menteeName })}>
          {t("accept")}
        </Button>
        <Button
          variant="secondary"
          aria-label={t("declineFrom", { name: menteeName })}
          onClick={() => {
            setErrors({});
            setDeclining(true);
          }}
        >
          {t("decline")}
        </Button>
      </div>
      {acceptError && (
        <p role="alert" className="text-sm text-red-700">
          {acceptError}
        </p>
      )}
      <Dialog
        open={declining}
        onClose={() => setDeclining(false)}
        title={t("declineTitle", { name: menteeName })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeclining(false)}>
              {tc("cancel")}
            </Button>
            <Button variant="danger" onClick={() => void onDecline()} busy={decline.isPending}>
              {t("confirmDecline")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-600">{t("declineHint")}</p>
        <Field label={t("reason")} error={errors.reason}>
          {(p) => (
            <Select {...p} value={reason} onChange={(e) => setReason(e.target.value)}>
              <option value="">{t("chooseReason")}</option>
              {DECLINE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {tm(`declineReasons.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={reason === "OTHER" ? t("textRequired") : t("text")} error={errors.text}>
          {(p) => <Textarea {...p} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} rows={3} />}
        </Field>
        {errors.form && (
          <p role="alert" className="text-sm text-red-700">
            {errors.form}
          </p>
        )}
      </Dialog>
    </div>
  );
}
