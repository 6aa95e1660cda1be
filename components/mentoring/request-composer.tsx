"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useFormAction } from "~/lib/forms/use-form-action";
import { SendRequestsInput } from "~/lib/schemas/mentoring";
import { Field, Textarea } from "~/components/ui/form";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";
import { DurationSelect } from "~/components/mentoring/duration-select";

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
  const trpc = useTRPC();
  const router = useRouter();
  const send = useFormAction({
    schema: SendRequestsInput,
    mutation: trpc.mentoring.sendRequests.mutationOptions(),
    values: (f) => ({ mentorIds: mentors.map((m) => m.id), message: f.text("message"), durationMonths: f.number("durationMonths") }),
    success: t("sent", { n: mentors.length }),
    onSuccess: () => {
      onSent?.();
      router.push("/mentoring/requests");
    },
  });

  return (
    <form onSubmit={send.onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">
        {mentors.length === 0 ? t("noneSelected") : t("to", { names: mentors.map((m) => m.name).join(", ") })}
      </p>
      <Field label={t("message")} hint={t("messageHint")} error={send.error("message")}>
        {(p) => <Textarea {...p} name="message" maxLength={2000} rows={5} />}
      </Field>
      <Field label={t("duration")} error={send.error("durationMonths")}>
        {(p) => <DurationSelect {...p} name="durationMonths" defaultValue={defaultDuration} />}
      </Field>
      <FormError message={send.formError} />
      <SubmitButton busy={send.pending} disabled={mentors.length === 0}>
        {t("send", { n: mentors.length })}
      </SubmitButton>
    </form>
  );
}
