"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { Button } from "~/components/ui/button";
import { useToast } from "~/components/ui/toast";

/** Queues this week's reminders now (the same run as the 06:00 job; a run already done this week adds nothing). */
export function RunRemindersButton() {
  const t = useTranslations("compliance.dashboard");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const toast = useToast();
  const router = useRouter();
  const run = useMutation(trpc.compliance.runRemindersNow.mutationOptions());
  return (
    <Button
      variant="secondary"
      busy={run.isPending}
      onClick={async () => {
        try {
          const r = await run.mutateAsync();
          toast("success", t("remindersQueued", { queued: r.queued, learners: r.learners, managers: r.managers, enrolled: r.enrolled }));
          router.refresh();
        } catch (error) {
          toast("error", errorMessage(error, tc("somethingWentWrong")));
        }
      }}
    >
      {t("runReminders")}
    </Button>
  );
}
