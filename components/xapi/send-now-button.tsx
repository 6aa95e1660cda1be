"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

/** L&D: sends the waiting statements and retries the failing ones now, instead of at their next attempt. */
export function SendNowButton() {
  const t = useTranslations("xapi");
  const trpc = useTRPC();
  const send = useAction(trpc.xapi.sendNow.mutationOptions(), {
    success: (r) => t("sendNowDone", { sent: r.sent, failing: r.failing }),
  });
  return (
    <Button variant="secondary" busy={send.pending} disabled={!send.hydrated} onClick={() => void send.run(undefined)}>
      {t("sendNow")}
    </Button>
  );
}
