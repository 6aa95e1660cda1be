"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { FormError } from "~/components/ui/form-error";

/** Withdraws an enrolment (or leaves the waiting list) after a confirmation; a freed seat goes to the first person waiting. */
export function WithdrawButton({ enrollmentId, what, waitlisted = false, label, size = "md" }: { enrollmentId: string; what: string; waitlisted?: boolean; label?: string; size?: "sm" | "md" }) {
  const t = useTranslations("enrolment");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const withdraw = useAction(trpc.sessions.withdraw.mutationOptions(), {
    errors: "inline",
    success: waitlisted ? t("toast.leftWaitlist") : t("toast.withdrawn"),
    onSuccess: () => setOpen(false),
  });
  const text = label ?? (waitlisted ? t("withdraw.leaveWaitlist") : t("withdraw.button"));
  return (
    <>
      <Button variant="secondary" size={size} disabled={!withdraw.hydrated} onClick={() => { withdraw.setError(null); setOpen(true); }}>
        {text}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={waitlisted ? t("withdraw.leaveWaitlistTitle") : t("withdraw.title")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("withdraw.keep")}
            </Button>
            <Button variant="danger" busy={withdraw.pending} onClick={() => void withdraw.run({ enrollmentId })}>
              {text}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{waitlisted ? t("withdraw.leaveWaitlistBody", { what }) : t("withdraw.body", { what })}</p>
        <FormError message={withdraw.error} />
      </Dialog>
    </>
  );
}
