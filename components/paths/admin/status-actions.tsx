"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

/** Publish a draft (or a retired path again), retire a published one. */
export function PathStatusActions({ pathId, status }: { pathId: string; status: "DRAFT" | "PUBLISHED" | "RETIRED" }) {
  const t = useTranslations("paths.admin");
  const trpc = useTRPC();
  const publish = useAction(trpc.paths.publish.mutationOptions(), { success: t("publishedToast") });
  const retire = useAction(trpc.paths.retire.mutationOptions(), { success: t("retiredToast") });
  return status === "PUBLISHED" ? (
    <Button variant="secondary" busy={retire.pending} onClick={() => void retire.run({ pathId })}>
      {t("retire")}
    </Button>
  ) : (
    <Button busy={publish.pending} onClick={() => void publish.run({ pathId })}>
      {t("publish")}
    </Button>
  );
}
