import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import type { TeamRequirementFigures } from "~/server/team/compliance";

/** Per mandatory course: people who must take it, and compliant / due / overdue as numbers and percentages. */
export async function TeamFigures({ figures }: { figures: TeamRequirementFigures[] }) {
  const t = await getTranslations("team.figures");
  const f = await getFormatter();
  const cell = (n: number, share: number) => t("cell", { count: f.number(n), share: f.number(share, { style: "percent", maximumFractionDigits: 0 }) });
  if (figures.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <Table caption={t("caption")}>
      <thead>
        <tr>
          <Th>{t("course")}</Th>
          <Th numeric>{t("people")}</Th>
          <Th numeric>{t("overdue")}</Th>
          <Th numeric>{t("due")}</Th>
          <Th numeric>{t("compliant")}</Th>
        </tr>
      </thead>
      <TBody>
        {figures.map((r) => (
          <tr key={r.requirementId}>
            <Td className="font-medium">{r.courseTitle}</Td>
            <Td numeric>{f.number(r.total - r.EXEMPT)}</Td>
            <Td numeric className={r.OVERDUE > 0 ? "font-semibold text-red-700" : undefined}>
              {cell(r.OVERDUE, r.share.OVERDUE)}
            </Td>
            <Td numeric>{cell(r.DUE, r.share.DUE)}</Td>
            <Td numeric>{cell(r.COMPLIANT, r.share.COMPLIANT)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
