"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { Button } from "~/components/ui/button";
import { useToast } from "~/components/ui/toast";

/** Takes a seat, or a place on the waiting list when the session is full; the toast says which. */
export function EnrolButton({ sessionId, label, context, full = false, size = "md" }: { sessionId: string; label: string; context?: string; full?: boolean; size?: "sm" | "md" }) {
  const t = useTranslations("enrolment");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const enrol = useMutation(trpc.sessions.enrol.mutationOptions());
  async function onClick() {
    try {
      const result = await enrol.mutateAsync({ sessionId });
      if (result.outcome === "WAITLISTED") toast("info", t("toast.waitlisted", { rank: result.waitlistRank ?? 0 }));
      else if (result.outcome === "ALREADY") toast("info", t("toast.already"));
      else toast("success", t("toast.enrolled"));
      router.refresh();
    } catch (err) {
      toast("error", errorMessage(err, tc("somethingWentWrong")));
    }
  }
  return (
    <Button size={size} variant={full ? "secondary" : "primary"} busy={enrol.isPending} onClick={() => void onClick()}>
      {label}
      {context && <span className="sr-only">: {context}</span>}
    </Button>
  );
}
