"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { PAIRING_DURATIONS, SendRequestsInput } from "~/lib/schemas/mentoring";
import { Button } from "~/components/ui/button";
import { Field, Select, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

/** The message and length a mentee sends with their request, to one mentor or to several at once. */
export function RequestComposer({
  mentors,
  defaultDuration,
  onSent,
}: {
  mentors: { id: string; name: string }[];
  defaultDuration: number;
  onSent?: () => void;
}) {
  const t = useTranslations("mentoring.composer");
  const tm = useTranslations("mentoring");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const send = useMutation(trpc.mentoring.sendRequests.mutationOptions());
  const [message, setMessage] = useState("");
  const [duration, setDuration] = useState(String(defaultDuration));
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = SendRequestsInput.safeParse({ mentorIds: mentors.map((m) => m.id), message, durationMonths: Number(duration) });
    if (!parsed.success) {
      const f = parsed.error.flatten().fieldErrors;
      setError(f.message?.[0] ?? null);
      setFormError(f.mentorIds?.[0] ?? null);
      return;
    }
    setError(null);
    setFormError(null);
    try {
      await send.mutateAsync(parsed.data);
      toast("success", t("sent", { n: mentors.length }));
      onSent?.();
      router.push("/mentoring/requests");
      router.refresh();
    } catch (err) {
      setFormError(errorMessage(err, tc("somethingWentWrong")));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">
        {mentors.length === 0 ? t("noneSelected") : t("to", { names: mentors.map((m) => m.name).join(", ") })}
      </p>
      <Field label={t("message")} hint={t("messageHint")} error={error}>
        {(p) => <Textarea {...p} value={message} onChange={(e) => setMessage(e.target.value)} maxLength={2000} rows={5} />}
      </Field>
      <Field label={t("duration")}>
        {(p) => (
          <Select {...p} value={duration} onChange={(e) => setDuration(e.target.value)} className="max-w-xs">
            {PAIRING_DURATIONS.map((m) => (
              <option key={m} value={m}>
                {tm("months", { months: m })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      )}
      <Button type="submit" busy={send.isPending} disabled={mentors.length === 0}>
        {t("send", { n: mentors.length })}
      </Button>
    </form>
  );
}
