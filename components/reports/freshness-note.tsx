import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "~/components/ui/alert";
import { freshnessToShow } from "~/lib/freshness";
import { replicaLag } from "~/server/db-freshness";
import { env } from "~/server/env";

/**
 * Says how fresh a page's figures are when they come from a read replica whose replay lag exceeds
 * REPLICA_MAX_LAG_SECONDS ("Figures as of 10:42:07, 12 seconds ago"); nothing otherwise, and nothing without replicas.
 */
export async function FreshnessNote() {
  const shown = freshnessToShow(await replicaLag(), env().REPLICA_MAX_LAG_SECONDS);
  if (!shown) return null;
  const t = await getTranslations("freshness");
  const format = await getFormatter();
  return (
    <div data-testid="freshness-note">
      <Alert tone="warning" title={t("title")}>
        {shown.asOf && shown.secondsBehind !== null
          ? t("asOf", { time: format.dateTime(shown.asOf, { timeStyle: "medium" }), seconds: shown.secondsBehind })
          : t("unknown")}
      </Alert>
    </div>
  );
}
