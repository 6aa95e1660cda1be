"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { Button } from "~/components/ui/button";
import { useToast } from "~/components/ui/toast";

/** Puts a FAILED message back in the delivery queue. */
export function RetryMailButton({ id }: { id: string }) {
  const t = useTranslations("compliance.outbox");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const retry = useMutation(trpc.outbox.retry.mutationOptions());
  return (
    <Button
      variant="secondary"
      busy={retry.isPending}
      onClick={async () => {
        try {
          await retry.mutateAsync({ id });
          toast("success", t("retried"));
          router.refresh();
        } catch (err) {
          toast("error", errorMessage(err, tc("somethingWentWrong")));
        }
      }}
    >
      {t("retry")}
    </Button>
  );
}
