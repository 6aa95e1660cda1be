"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { useToast } from "~/components/ui/toast";

/** Withdraws an enrolment (or leaves the waiting list) after a confirmation; a freed seat goes to the first person waiting. */
export function WithdrawButton({ enrollmentId, what, waitlisted = false, label, size = "md" }: { enrollmentId: string; what: string; waitlisted?: boolean; label?: string; size?: "sm" | "md" }) {
  const t = useTranslations("enrolment");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = useMutation(trpc.sessions.withdraw.mutationOptions());
  async function confirm() {
    try {
      await withdraw.mutateAsync({ enrollmentId });
      toast("success", waitlisted ? t("toast.leftWaitlist") : t("toast.withdrawn"));
      setOpen(false);
      router.refresh();
    } catch (err) {
      setError(errorMessage(err, tc("somethingWentWrong")));
    }
  }
  const text = label ?? (waitlisted ? t("withdraw.leaveWaitlist") : t("withdraw.button"));
  return (
    <>
      <Button variant="secondary" size={size} onClick={() => { setError(null); setOpen(true); }}>
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
            <Button variant="danger" busy={withdraw.isPending} onClick={() => void confirm()}>
              {text}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{waitlisted ? t("withdraw.leaveWaitlistBody", { what }) : t("withdraw.body", { what })}</p>
        {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      </Dialog>
    </>
  );
}
