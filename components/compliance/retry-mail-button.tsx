"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

/** Puts a FAILED message back in the delivery queue. */
export function RetryMailButton({ id }: { id: string }) {
  const t = useTranslations("compliance.outbox");
  const trpc = useTRPC();
  const retry = useAction(trpc.outbox.retry.mutationOptions(), { success: t("retried") });
  return (
    <Button variant="secondary" busy={retry.pending} disabled={!retry.hydrated} onClick={() => void retry.run({ id })}>
      {t("retry")}
    </Button>
  );
}
