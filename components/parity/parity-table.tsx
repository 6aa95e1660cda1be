import { Table, TBody, Td, Th } from "~/components/ui/table";
import { cn } from "~/components/ui/cn";
import type { ParityFormatters } from "~/components/parity/format";
import type { ParityCell, ParityColumn, ParityTable as ParityTableData } from "~/server/parity/columns";

function shown(column: ParityColumn, value: ParityCell, f: ParityFormatters): string {
  if (value === null) return "—";
  // "<5": hidden by the small-cell rule, as in the downloads
  if (typeof value === "string") return value;
  if (column.kind === "percent") return f.percent(value, column.key === "target" ? 2 : 1);
  if (column.kind === "points") return f.points(value);
  return f.count(value);
}

/**
 * The parity table (server/parity/columns.ts: the columns and rows of the CSV, the XLSX and the API). The name is the
 * row header; the level and code columns stay in the downloads. From a small tablet up it is a table; on a phone each
 * row is a card listing the same figures under the same headers.
 */
export function ParityTable({ caption, table, f }: { caption: string; table: ParityTableData; f: ParityFormatters }) {
  const visible = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.key !== "level" && c.key !== "code");
  const figures = visible.filter(({ c }) => c.key !== "name");
  const name = table.columns.findIndex((c) => c.key === "name");
  return (
    <>
      <div className="hidden sm:block" data-testid="parity-table">
        <Table caption={caption}>
          <thead>
            <tr>
              {visible.map(({ c }) => (
                <Th key={c.key} numeric={c.kind !== "text"}>
                  {c.header}
                </Th>
              ))}
            </tr>
          </thead>
          <TBody>
            {table.rows.map((row, n) => (
              <tr key={n} data-code={String(row.cells[1])} className={cn(row.level !== "grade" && "bg-slate-50")}>
                {visible.map(({ c, i }) =>
                  c.key === "name" ? (
                    <th key={c.key} scope="row" className={cn("px-3 py-2.5 text-left text-slate-800 sm:px-4", row.level === "grade" ? "font-normal" : "font-semibold")}>
                      {String(row.cells[i] ?? "")}
                    </th>
                  ) : (
                    <Td key={c.key} numeric className={cn(row.level !== "grade" && "font-semibold", c.kind === "points" && "whitespace-nowrap")}>
                      {shown(c, row.cells[i] ?? null, f)}
                    </Td>
                  ),
                )}
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
      <ul className="space-y-3 sm:hidden" aria-label={caption} data-testid="parity-cards">
        {table.rows.map((row, n) => (
          <li key={n} data-code={String(row.cells[1])} className={cn("rounded-lg p-4 ring-1 ring-slate-200", row.level === "grade" ? "bg-white" : "bg-slate-50")}>
            <p className={cn("text-slate-900", row.level !== "grade" && "font-semibold")}>{String(row.cells[name] ?? "")}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              {figures.map(({ c, i }) => (
                <div key={c.key} className="contents">
                  <dt className="text-slate-600">{c.header}</dt>
                  <dd className="text-right tabular-nums text-slate-900">{shown(c, row.cells[i] ?? null, f)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
