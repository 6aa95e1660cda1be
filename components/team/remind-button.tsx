"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

const newRequestId = () => crypto.randomUUID();

/**
 * "Remind": puts a reminder in the person's outbox. The request id is made once per intent, so a double click (or a
 * retry) counts once; after a success a new one is made, so a deliberate second click is a new request (and is refused
 * within 7 days, with the day it becomes possible again, shown beside the button).
 */
export function RemindButton({ staffId, requirementId, name, course }: { staffId: string; requirementId: string; name: string; course: string }) {
  const t = useTranslations("team.rows");
  const trpc = useTRPC();
  const [requestId, setRequestId] = useState(newRequestId);
  const remind = useAction(trpc.team.remind.mutationOptions(), {
    success: t("reminded", { name, course }),
    errors: "inline",
    onSuccess: () => setRequestId(newRequestId()),
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant="secondary"
        busy={remind.pending}
        disabled={!remind.hydrated}
        aria-label={t("remindLabel", { name, course })}
        onClick={() => void remind.run({ staffId, requirementId, requestId })}
      >
        {t("remind")}
      </Button>
      <FormError message={remind.error} className="max-w-64 text-right text-xs" />
    </div>
  );
}
