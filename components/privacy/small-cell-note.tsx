import { getTranslations } from "next-intl/server";
import { Alert } from "~/components/ui/alert";
import { hiddenFigure } from "~/server/reports/columns";

/** Why some figures read "<5": the small-cell rule (server/privacy/report-cells.ts), shown above a report it applies to. */
export async function SmallCellNote({ threshold }: { threshold: number }) {
  const t = await getTranslations("privacy.smallCells");
  return (
    <Alert tone="info" title={t("title")}>
      {t("note", { threshold, hidden: hiddenFigure(threshold) })}
    </Alert>
  );
}
