"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { CancelSessionInput } from "~/lib/schemas/enrolment";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Field, Textarea } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";

/** Cancels a session with the reason participants will read; they are e-mailed with the course's other sessions. */
export function CancelSessionButton({ sessionId, people }: { sessionId: string; people: number }) {
  const t = useTranslations("enrolment.cancel");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const cancel = useMutation(trpc.sessions.cancel.mutationOptions());
  async function confirm() {
    const parsed = CancelSessionInput.safeParse({ sessionId, reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? null);
    try {
      const result = await cancel.mutateAsync(parsed.data);
      toast("success", t("done", { count: result.notified }));
      setOpen(false);
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }
  return (
    <>
      <Button variant="danger" onClick={() => { setError(null); setOpen(true); }}>
        {t("button")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("title")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("keep")}
            </Button>
            <Button variant="danger" busy={cancel.isPending} onClick={() => void confirm()}>
              {t("confirm")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("body", { count: people })}</p>
        <Field label={t("reason")} hint={t("reasonHint")} error={error}>
          {(p) => <Textarea {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </Dialog>
    </>
  );
}
