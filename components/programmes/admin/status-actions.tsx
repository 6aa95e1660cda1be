"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

type Status = "DRAFT" | "PUBLISHED" | "RETIRED";

/** Publish a programme (its open calls are shown to staff), retire it, or take it back to draft. */
export function ProgrammeStatusActions({ programmeId, status }: { programmeId: string; status: Status }) {
  const t = useTranslations("programmeAdmin.statusActions");
  const trpc = useTRPC();
  const action = useAction(trpc.programmeAdmin.setStatus.mutationOptions(), { success: t("changed") });
  const targets: { to: Status; label: string; variant: "primary" | "secondary" | "ghost" }[] = [
    ...(status !== "PUBLISHED" ? [{ to: "PUBLISHED" as const, label: t("publish"), variant: "primary" as const }] : []),
    ...(status !== "RETIRED" ? [{ to: "RETIRED" as const, label: t("retire"), variant: "secondary" as const }] : []),
    ...(status !== "DRAFT" ? [{ to: "DRAFT" as const, label: t("draft"), variant: "ghost" as const }] : []),
  ];
  return (
    <div className="flex flex-wrap gap-2">
      {targets.map((x) => (
        <Button key={x.to} variant={x.variant} busy={action.pending} onClick={() => void action.run({ programmeId, status: x.to })}>
          {x.label}
        </Button>
      ))}
    </div>
  );
}
