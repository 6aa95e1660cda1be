"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { CoachingRequestInput, LogCoachingSessionInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Input, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

function useAct() {
  const router = useRouter();
  const toast = useToast();
  const tc = useTranslations("common");
  return { router, toast, fail: (err: unknown) => errorMessage(err, tc("somethingWentWrong")) };
}

export function RequestCoachingButton({ coachId, coachName }: { coachId: string; coachName: string }) {
  const t = useTranslations("mentoring.coaching");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const act = useAct();
  const request = useMutation(trpc.coaching.request.mutationOptions());
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function send() {
    const parsed = CoachingRequestInput.safeParse({ coachId, message });
    if (!parsed.success) return setError(parsed.error.flatten().fieldErrors.message?.[0] ?? null);
    try {
      await request.mutateAsync(parsed.data);
      setOpen(false);
      setMessage("");
      act.toast("success", t("requested", { name: coachName }));
      act.router.refresh();
    } catch (err) {
      setError(act.fail(err));
    }
  }
  return (
    <>
      <Button variant="secondary" size="sm" aria-label={t("requestFrom", { name: coachName })} onClick={() => { setError(null); setOpen(true); }}>
        {t("request")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("requestFrom", { name: coachName })}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button onClick={() => void send()} busy={request.isPending}>
              {t("send")}
            </Button>
          </>
        }
      >
        <Field label={t("message")} hint={t("messageHint")} error={error}>
          {(p) => <Textarea {...p} value={message} onChange={(e) => setMessage(e.target.value)} rows={4} maxLength={2000} />}
        </Field>
      </Dialog>
    </>
  );
}

export function AnswerCoaching({ requestId, name }: { requestId: string; name: string }) {
  const t = useTranslations("mentoring.coaching");
  const trpc = useTRPC();
  const act = useAct();
  const answer = useMutation(trpc.coaching.answer.mutationOptions());
  const respond = async (accept: boolean) => {
    try {
      await answer.mutateAsync({ requestId, accept });
      act.toast("success", accept ? t("acceptedToast") : t("declinedToast"));
      act.router.refresh();
    } catch (err) {
      act.toast("error", act.fail(err));
    }
  };
  return (
    <div className="flex gap-2">
      <Button size="sm" onClick={() => void respond(true)} busy={answer.isPending} aria-label={t("acceptFrom", { name })}>
        {t("accept")}
      </Button>
      <Button size="sm" variant="secondary" onClick={() => void respond(false)} aria-label={t("declineFrom", { name })}>
        {t("decline")}
      </Button>
    </div>
  );
}

export function LogCoachingSession({ requestId, name, today }: { requestId: string; name: string; today: string }) {
  const t = useTranslations("mentoring.coaching");
  const trpc = useTRPC();
  const act = useAct();
  const log = useMutation(trpc.coaching.logSession.mutationOptions());
  const close = useMutation(trpc.coaching.close.mutationOptions());
  const [heldOn, setHeldOn] = useState(today);
  const [hours, setHours] = useState("1");
  const [errors, setErrors] = useState<{ heldOn?: string; hours?: string; form?: string }>({});
  return (
    <form
      noValidate
      aria-label={t("logFor", { name })}
      className="flex flex-wrap items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = LogCoachingSessionInput.safeParse({ requestId, heldOn, hours });
        if (!parsed.success) {
          const f = parsed.error.flatten().fieldErrors;
          return setErrors({ heldOn: f.heldOn?.[0], hours: f.hours?.[0] });
        }
        try {
          await log.mutateAsync(parsed.data);
          setErrors({});
          act.toast("success", t("logged"));
          act.router.refresh();
        } catch (err) {
          setErrors({ form: act.fail(err) });
        }
      }}
    >
      <Field label={t("date")} error={errors.heldOn}>
        {(p) => <Input {...p} type="date" max={today} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}
      </Field>
      <Field label={t("hours")} error={errors.hours}>
        {(p) => <Input {...p} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} className="w-24" />}
      </Field>
      <Button type="submit" size="sm" busy={log.isPending}>
        {t("log")}
      </Button>
      <Button
        variant="ghost"
        size="sm"
        busy={close.isPending}
        onClick={async () => {
          try {
            await close.mutateAsync({ requestId });
            act.router.refresh();
          } catch (err) {
            setErrors({ form: act.fail(err) });
          }
        }}
      >
        {t("close")}
      </Button>
      {errors.form && (
        <p role="alert" className="w-full text-sm text-red-700">
          {errors.form}
        </p>
      )}
    </form>
  );
}
