"use client";

import { useTranslations } from "next-intl";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";

/** Ask for a licence of a pool (one live request per person: a double click asks once). */
export function RequestLicenceButton({ poolId, pool }: { poolId: string; pool: string }) {
  const t = useTranslations("licences");
  const trpc = useTRPC();
  const action = useAction(trpc.licences.request.mutationOptions(), {
    success: (r) => (r.status === "ASSIGNED" ? t("toast.assigned", { pool }) : t("toast.requested", { pool })),
  });
  return (
    <Button onClick={() => void action.run({ poolId })} disabled={action.pending || !action.hydrated} aria-label={t("requestFor", { pool })}>
      {t("request")}
    </Button>
  );
}

/** Give the licence back (or withdraw the request). */
export function GiveBackButton({ poolId, pool, requested }: { poolId: string; pool: string; requested: boolean }) {
  const t = useTranslations("licences");
  const trpc = useTRPC();
  const action = useAction(trpc.licences.giveBack.mutationOptions(), { success: t("toast.givenBack", { pool }) });
  return (
    <Button variant="secondary" size="sm" onClick={() => void action.run({ poolId })} disabled={action.pending || !action.hydrated} aria-label={requested ? t("withdrawFor", { pool }) : t("giveBackFor", { pool })}>
      {requested ? t("withdraw") : t("giveBack")}
    </Button>
  );
}
