"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";
import { useToast } from "~/components/ui/toast";

/** Takes a seat, or a place on the waiting list when the session is full; the toast says which. */
export function EnrolButton({ sessionId, label, context, full = false, size = "md" }: { sessionId: string; label: string; context?: string; full?: boolean; size?: "sm" | "md" }) {
  const t = useTranslations("enrolment");
  const trpc = useTRPC();
  const toast = useToast();
  const enrol = useAction(trpc.sessions.enrol.mutationOptions(), {
    success: (result) => (result.outcome === "ENROLLED" ? t("toast.enrolled") : null),
    // A place on the waiting list, or a seat already held, is news rather than success.
    onSuccess: (result) => {
      if (result.outcome === "WAITLISTED") toast("info", t("toast.waitlisted", { rank: result.waitlistRank ?? 0 }));
      else if (result.outcome === "ALREADY") toast("info", t("toast.already"));
    },
  });
  return (
    <Button size={size} variant={full ? "secondary" : "primary"} busy={enrol.pending} disabled={!enrol.hydrated} onClick={() => void enrol.run({ sessionId })}>
      {label}
      {context && <span className="sr-only">: {context}</span>}
    </Button>
  );
}
