"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";

export function CancelRoundButton({ roundId }: { roundId: string }) {
  const t = useTranslations("mentoring.rounds");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const cancel = useAction(trpc.mentoringAdmin.cancelRound.mutationOptions(), { success: t("cancelled"), onSuccess: () => setOpen(false) });
  return (
    <>
      <Button variant="ghost" size="sm" disabled={!cancel.hydrated} onClick={() => setOpen(true)}>
        {t("cancel")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("cancelTitle")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button variant="danger" busy={cancel.pending} onClick={() => void cancel.run({ id: roundId })}>
              {t("confirmCancel")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("cancelText")}</p>
      </Dialog>
    </>
  );
}
