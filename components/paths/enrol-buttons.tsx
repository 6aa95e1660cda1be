"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

/** Enrol in a path, or leave it. The server makes both idempotent; the button is disabled while a click is on its way. */
export function PathEnrolButtons({ pathId, enrolled, completed, title }: { pathId: string; enrolled: boolean; completed: boolean; title: string }) {
  const t = useTranslations("paths");
  const trpc = useTRPC();
  const enrol = useAction(trpc.paths.enrol.mutationOptions(), { success: t("enrolledToast", { path: title }) });
  const leave = useAction(trpc.paths.leave.mutationOptions(), { success: t("leftToast", { path: title }) });
  if (!enrolled) {
    return (
      <Button onClick={() => void enrol.run({ pathId })} disabled={enrol.pending || !enrol.hydrated}>
        {t("enrol")}
      </Button>
    );
  }
  if (completed) return null;
  return (
    <Button variant="secondary" onClick={() => void leave.run({ pathId })} disabled={leave.pending || !leave.hydrated}>
      {t("leave")}
    </Button>
  );
}
