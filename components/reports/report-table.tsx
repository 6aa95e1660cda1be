import { getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { cn } from "~/components/ui/cn";
import { reportFormatters } from "~/components/reports/format";
import { FIGURES, type ComparedFigures, type ComparedRow, type Figure } from "~/server/reports/compare";

function changeTone(c: { absolute: number } | undefined) {
  if (!c || c.absolute === 0) return "text-slate-500";
  return c.absolute > 0 ? "text-green-800" : "text-red-800";
}

/**
 * Figures by category (or by group) for the period, with the comparison period's and the change when there is one.
 * Two header rows group each figure's three columns; the first column is a row header.
 */
export async function ReportTable({
  caption,
  firstHeader,
  rows,
  total,
  testId,
}: {
  caption: string;
  firstHeader: string;
  rows: (ComparedRow & { label: string })[];
  total?: ComparedFigures & { label: string };
  testId?: string;
}) {
  const t = await getTranslations("reports");
  const f = await reportFormatters();
  const comparing = rows.some((r) => r.previous !== null) || (total?.previous ?? null) !== null;
  const cells = (row: ComparedFigures, strong = false) =>
    FIGURES.map((figure: Figure) => (
      <FigureCells key={figure} figure={figure} row={row} comparing={comparing} strong={strong} f={f} />
    ));

  return (
    <div data-testid={testId}>
      <Table caption={caption}>
        <thead>
          {comparing ? (
            <>
              <tr>
                <Th rowSpan={2} className="align-bottom">
                  {firstHeader}
                </Th>
                {FIGURES.map((figure) => (
                  <Th key={figure} colSpan={3} scope="colgroup" className="border-l border-slate-200 text-center">
                    {t(`figures.${figure}`)}
                  </Th>
                ))}
              </tr>
              <tr>
                {FIGURES.map((figure) => (
                  <FigureSubHeaders key={figure} labels={[t("table.current"), t("table.previous"), t("table.change")]} />
                ))}
              </tr>
            </>
          ) : (
            <tr>
              <Th>{firstHeader}</Th>
              {FIGURES.map((figure) => (
                <Th key={figure} numeric>
                  {t(`figures.${figure}`)}
                </Th>
              ))}
            </tr>
          )}
        </thead>
        <TBody>
          {rows.map((row) => (
            <tr key={row.code ?? "—"}>
              <th scope="row" className="px-4 py-2.5 text-left font-normal text-slate-800">
                <span className="block">{row.label}</span>
                {row.code && row.code !== row.label && <span className="font-mono text-xs text-slate-500">{row.code}</span>}
              </th>
              {cells(row)}
            </tr>
          ))}
        </TBody>
        {total && (
          <tfoot className="border-t-2 border-slate-300 bg-slate-50">
            <tr>
              <th scope="row" className="px-4 py-2.5 text-left font-semibold text-slate-900">
                {total.label}
              </th>
              {cells(total, true)}
            </tr>
          </tfoot>
        )}
      </Table>
    </div>
  );
}

function FigureSubHeaders({ labels }: { labels: string[] }) {
  return (
    <>
      {labels.map((label, i) => (
        <Th key={label} numeric className={cn("text-xs font-medium text-slate-600", i === 0 && "border-l border-slate-200")}>
          {label}
        </Th>
      ))}
    </>
  );
}

function FigureCells({
  figure,
  row,
  comparing,
  strong,
  f,
}: {
  figure: Figure;
  row: ComparedFigures;
  comparing: boolean;
  strong: boolean;
  f: Awaited<ReturnType<typeof reportFormatters>>;
}) {
  const weight = strong ? "font-semibold" : undefined;
  if (!comparing) {
    return (
      <Td numeric className={weight}>
        {f.figure(figure, row.current[figure])}
      </Td>
    );
  }
  const change = row.change?.[figure];
  return (
    <>
      <Td numeric className={cn("border-l border-slate-100", weight)}>
        {f.figure(figure, row.current[figure])}
      </Td>
      <Td numeric className={cn("text-slate-600", weight)}>
        {row.previous ? f.figure(figure, row.previous[figure]) : "—"}
      </Td>
      <Td numeric className={cn("whitespace-nowrap text-xs", changeTone(change), weight)}>
        {change ? f.change(figure, change) : "—"}
      </Td>
    </>
  );
}
