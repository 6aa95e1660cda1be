"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";

/** Retire (after confirmation) or restore a requirement. */
export function RequirementStatusButton({ id, retired }: { id: string; retired: boolean }) {
  const t = useTranslations("compliance.requirement");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const retire = useAction(trpc.compliance.retireRequirement.mutationOptions(), { success: t("retiredToast"), onSuccess: () => setConfirming(false) });
  const restore = useAction(trpc.compliance.restoreRequirement.mutationOptions(), { success: t("restoredToast") });
  if (retired) {
    return (
      <Button variant="secondary" busy={restore.pending} disabled={!restore.hydrated} onClick={() => void restore.run({ id })}>
        {t("restore")}
      </Button>
    );
  }
  return (
    <>
      <Button variant="secondary" disabled={!retire.hydrated} onClick={() => setConfirming(true)}>
        {t("retire")}
      </Button>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("retire")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {tc("cancel")}
            </Button>
            <Button variant="danger" busy={retire.pending} onClick={() => void retire.run({ id })}>
              {t("retire")}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-700">{t("retireConfirm")}</p>
      </Dialog>
    </>
  );
}
