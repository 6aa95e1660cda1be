"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

export function ResolveRematchButton({ feedbackId, name }: { feedbackId: string; name: string }) {
  const t = useTranslations("mentoring.rematch");
  const trpc = useTRPC();
  const resolve = useAction(trpc.mentoringAdmin.resolveRematch.mutationOptions(), { success: t("resolved") });
  return (
    <Button size="sm" variant="secondary" busy={resolve.pending} disabled={!resolve.hydrated} aria-label={t("resolveFor", { name })} onClick={() => void resolve.run({ id: feedbackId })}>
      {t("resolve")}
    </Button>
  );
}
