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

/** Retire (after confirmation) or restore a requirement. */
export function RequirementStatusButton({ id, retired }: { id: string; retired: boolean }) {
  const t = useTranslations("compliance.requirement");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const retire = useMutation(trpc.compliance.retireRequirement.mutationOptions());
  const restore = useMutation(trpc.compliance.restoreRequirement.mutationOptions());
  async function run(kind: "retire" | "restore") {
    try {
      if (kind === "retire") await retire.mutateAsync({ id });
      else await restore.mutateAsync({ id });
      toast("success", kind === "retire" ? t("retiredToast") : t("restoredToast"));
      setConfirming(false);
      router.refresh();
    } catch (err) {
      toast("error", errorMessage(err, tc("somethingWentWrong")));
    }
  }
  if (retired) {
    return (
      <Button variant="secondary" busy={restore.isPending} onClick={() => void run("restore")}>
        {t("restore")}
      </Button>
    );
  }
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
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
            <Button variant="danger" busy={retire.isPending} onClick={() => void run("retire")}>
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
