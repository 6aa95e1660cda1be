import { getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th } from "~/components/ui/table";
import { cn } from "~/components/ui/cn";
import type { ProgrammeTable } from "~/server/programmes/report";

/**
 * The programme report's table (the CSV's columns and rows, server/programmes/report.ts), one small table per
 * programme and cohort: everyone, then by gender, then by grade. Small tables read well on a phone.
 */
export async function ProgrammeTables({ table, format }: { table: ProgrammeTable; format: (n: number) => string }) {
  const t = await getTranslations("programmeReport");
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const [code, name, cohort, groupName] = [col("programme_code"), col("programme_name"), col("cohort"), col("group_name")];
  const figures = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === "count");
  const blocks: { key: string; programme: string; cohort: string; rows: ProgrammeTable["rows"] }[] = [];
  for (const row of table.rows) {
    const key = `${row.cells[code]}|${row.cells[cohort]}`;
    const last = blocks.at(-1);
    if (last?.key === key) last.rows.push(row);
    else blocks.push({ key, programme: `${row.cells[name]} (${row.cells[code]})`, cohort: String(row.cells[cohort]), rows: [row] });
  }
  return (
    <div className="space-y-6">
      {blocks.map((b) => {
        const caption = t("caption", { programme: b.programme, cohort: b.cohort });
        return (
          <section key={b.key} className="space-y-2" data-testid="programme-block">
            <h2 className="text-base font-semibold text-slate-900">{caption}</h2>
            <Table caption={caption}>
              <thead>
                <tr>
                  <Th>{table.columns[groupName]!.header}</Th>
                  {figures.map(({ c }) => (
                    <Th key={c.key} numeric>
                      {c.header}
                    </Th>
                  ))}
                </tr>
              </thead>
              <TBody>
                {b.rows.map((r, n) => (
                  <tr key={n} className={cn(r.dimension === "all" && "bg-slate-50")}>
                    <th scope="row" className={cn("px-3 py-2.5 text-left text-slate-800 sm:px-4", r.dimension === "all" ? "font-semibold" : "font-normal")}>
                      {String(r.cells[groupName] ?? "")}
                      {r.dimension !== "all" && <span className="block text-xs text-slate-500">{t(`dimensions.${r.dimension}`)}</span>}
                    </th>
                    {figures.map(({ c, i }) => {
                      const v = r.cells[i];
                      return (
                        <Td key={c.key} numeric className={cn(r.dimension === "all" && "font-semibold")}>
                          {typeof v === "number" ? format(v) : String(v ?? "—")}
                        </Td>
                      );
                    })}
                  </tr>
                ))}
              </TBody>
            </Table>
          </section>
        );
      })}
    </div>
  );
}
