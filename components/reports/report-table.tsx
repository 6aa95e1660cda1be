import { getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { cn } from "~/components/ui/cn";
import { reportFormatters } from "~/components/reports/format";
import { FIGURES } from "~/server/reports/compare";
import type { ReportCell, ReportColumn, ReportTable as ReportTableData, ReportTableRow } from "~/server/reports/columns";

function changeTone(n: ReportCell) {
  if (typeof n !== "number" || n === 0) return "text-slate-500";
  return n > 0 ? "text-green-800" : "text-red-800";
}

/**
 * One of the report's tables (server/reports/columns.ts: the columns and rows the CSV, the XLSX, the API and the CLI
 * carry too). A code column is shown under its name; with a comparison period each figure's four columns are grouped
 * under one header. The first name column is the row header; the last row of a table without groups (everyone's
 * total) is its footer.
 */
export async function ReportTable({ caption, table, testId }: { caption: string; table: ReportTableData; testId?: string }) {
  const t = await getTranslations("reports");
  const f = await reportFormatters();
  const comparing = table.columns.some((c) => c.kind === "figure" && c.part !== "current");
  // name columns with their code column (shown beneath the name)
  const textColumns = table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.kind === "groupName" || c.kind === "categoryName")
    .map(({ c, i }) => ({ c, i, code: table.columns.findIndex((x) => x.kind === (c.kind === "groupName" ? "groupCode" : "categoryCode")) }));
  const figureColumns = table.columns.map((c, i) => ({ c, i })).filter((x): x is { c: Extract<ReportColumn, { kind: "figure" }>; i: number } => x.c.kind === "figure");
  const grouped = table.columns.some((c) => c.kind === "groupName");
  const footer = !grouped ? table.rows.at(-1) : undefined;
  const body = footer ? table.rows.slice(0, -1) : table.rows;

  const cell = (col: Extract<ReportColumn, { kind: "figure" }>, value: ReportCell, previous: ReportCell) => {
    if (value === null) return col.part === "changePercent" && previous !== null ? t("table.new") : "—";
    // "<5": hidden by the small-cell rule (server/privacy/report-cells.ts)
    if (typeof value === "string") return value;
    const n = value as number;
    if (col.part === "changePercent") return f.percent(n);
    if (col.part === "change") return f.signed(col.figure, n);
    return f.figure(col.figure, n);
  };

  const renderRow = (row: ReportTableRow, key: string | number, strong: boolean) => (
    <tr key={key} className={cn(row.kind === "total" && grouped && "bg-slate-50")}>
      {textColumns.map(({ c, i, code }, n) => {
        const name = String(row.cells[i] ?? "");
        const codeText = code >= 0 ? String(row.cells[code] ?? "") : "";
        const content = (
          <>
            <span className="block">{name}</span>
            {codeText && codeText !== name && <span className="font-mono text-xs text-slate-500">{codeText}</span>}
          </>
        );
        const className = cn("px-4 py-2.5 text-left text-slate-800", strong || row.kind === "total" ? "font-semibold" : "font-normal");
        return n === 0 ? (
          <th key={c.key} scope="row" className={className}>
            {content}
          </th>
        ) : (
          <td key={c.key} className={className}>
            {content}
          </td>
        );
      })}
      {figureColumns.map(({ c, i }) => {
        const previousIndex = table.columns.findIndex((x) => x.kind === "figure" && x.figure === c.figure && x.part === "previous");
        return (
          <Td
            key={c.key}
            numeric
            className={cn(
              c.part === "current" && comparing && "border-l border-slate-100",
              c.part === "previous" && "text-slate-600",
              (c.part === "change" || c.part === "changePercent") && cn("whitespace-nowrap text-xs", changeTone(row.cells[i] ?? null)),
              (strong || row.kind === "total") && "font-semibold",
            )}
          >
            {cell(c, row.cells[i] ?? null, previousIndex >= 0 ? (row.cells[previousIndex] ?? null) : null)}
          </Td>
        );
      })}
    </tr>
  );

  return (
    <div data-testid={testId}>
      <Table caption={caption}>
        <thead>
          {comparing ? (
            <>
              <tr>
                {textColumns.map(({ c }) => (
                  <Th key={c.key} rowSpan={2} className="align-bottom">
                    {c.header}
                  </Th>
                ))}
                {FIGURES.map((figure) => (
                  <Th key={figure} colSpan={4} scope="colgroup" className="border-l border-slate-200 text-center">
                    {t(`figures.${figure}`)}
                  </Th>
                ))}
              </tr>
              <tr>
                {figureColumns.map(({ c }) => (
                  <Th key={c.key} numeric className={cn("text-xs font-medium text-slate-600", c.part === "current" && "border-l border-slate-200")}>
                    {c.part === "current" ? t("table.current") : c.part === "previous" ? t("table.previous") : c.part === "change" ? t("table.change") : t("table.changePercent")}
                  </Th>
                ))}
              </tr>
            </>
          ) : (
            <tr>
              {textColumns.map(({ c }) => (
                <Th key={c.key}>{c.header}</Th>
              ))}
              {figureColumns.map(({ c }) => (
                <Th key={c.key} numeric>
                  {c.header}
                </Th>
              ))}
            </tr>
          )}
        </thead>
        <TBody>{body.map((row, n) => renderRow(row, n, false))}</TBody>
        {footer && <tfoot className="border-t-2 border-slate-300 bg-slate-50">{renderRow(footer, "total", true)}</tfoot>}
      </Table>
    </div>
  );
}
