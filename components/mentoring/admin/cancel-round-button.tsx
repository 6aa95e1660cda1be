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

export function CancelRoundButton({ roundId }: { roundId: string }) {
  const t = useTranslations("mentoring.rounds");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const cancel = useMutation(trpc.mentoringAdmin.cancelRound.mutationOptions());
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
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
            <Button
              variant="danger"
              busy={cancel.isPending}
              onClick={async () => {
                try {
                  await cancel.mutateAsync({ id: roundId });
                  setOpen(false);
                  toast("success", t("cancelled"));
                  router.refresh();
                } catch (err) {
                  toast("error", errorMessage(err, tc("somethingWentWrong")));
                }
              }}
            >
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
