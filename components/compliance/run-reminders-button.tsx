"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

/** Queues this week's reminders now (the same run as the 06:00 job; a run already done this week adds nothing). */
export function RunRemindersButton() {
  const t = useTranslations("compliance.dashboard");
  const trpc = useTRPC();
  const run = useAction(trpc.compliance.runRemindersNow.mutationOptions(), {
    success: (r) => t("remindersQueued", { queued: r.queued, learners: r.learners, managers: r.managers, enrolled: r.enrolled }),
  });
  return (
    <Button variant="secondary" busy={run.pending} disabled={!run.hydrated} onClick={() => void run.run()}>
      {t("runReminders")}
    </Button>
  );
}
