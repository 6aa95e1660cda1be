import "server-only";
// The parity report as a table: the ONE definition of its columns, rows and words. The page, the CSV (page download,
// API, CLI), the XLSX and the API/CLI JSON all come from parityTable(), so they carry exactly the same figures.
import type { Messages } from "~/messages/en";
import type { ParityReport, ParityRow } from "~/server/parity/report";

export type ParityColumnKind = "text" | "count" | "percent" | "points";
export interface ParityColumn {
  /** stable key: the CSV header and the JSON field */
  key: string;
  kind: ParityColumnKind;
  header: string;
}
/** A number, a text, empty (null), or "<5" for a figure hidden by the small-cell rule. */
export type ParityCell = string | number | null;
export interface ParityTableRow {
  level: ParityRow["level"];
  cells: ParityCell[];
}
export interface ParityTable {
  columns: ParityColumn[];
  rows: ParityTableRow[];
}

export interface ParityWords {
  level: string;
  code: string;
  name: string;
  levels: Record<ParityRow["level"], string>;
  groups: Record<string, string>;
  allStaff: string;
  women: string;
  staff: string;
  womenShare: string;
  target: string;
  gap: string;
  womenCompare: string;
  staffCompare: string;
  womenShareCompare: string;
  change: string;
}

export function parityWords(m: Messages["parity"]): ParityWords {
  const c = m.columns;
  return {
    level: c.level,
    code: c.code,
    name: c.name,
    levels: m.levels,
    groups: m.groups,
    allStaff: m.groups.ALL,
    women: c.women,
    staff: c.staff,
    womenShare: c.womenShare,
    target: c.target,
    gap: c.gap,
    womenCompare: c.womenCompare,
    staffCompare: c.staffCompare,
    womenShareCompare: c.womenShareCompare,
    change: c.change,
  };
}

/** A grade reads as its code; a group and the total by name (General Service, All staff). */
export function rowName(row: Pick<ParityRow, "level" | "code">, words: ParityWords): string {
  if (row.level === "grade") return row.code;
  return words.groups[row.code] ?? row.code;
}

/**
 * Columns: level, code, name, women, staff, women_share, target, gap (points: share − target), and with a comparison
 * date women_compare, staff_compare, women_share_compare and change (points). Rows: each group's grades then the
 * group, grades outside the groups, then everyone. A hidden row's figures read "<5" (the threshold); its target stays.
 */
export function parityTable(report: ParityReport, words: ParityWords): ParityTable {
  const comparing = report.compare !== null;
  const columns: ParityColumn[] = [
    { key: "level", kind: "text", header: words.level },
    { key: "code", kind: "text", header: words.code },
    { key: "name", kind: "text", header: words.name },
    { key: "women", kind: "count", header: words.women },
    { key: "staff", kind: "count", header: words.staff },
    { key: "women_share", kind: "percent", header: words.womenShare },
    { key: "target", kind: "percent", header: words.target },
    { key: "gap", kind: "points", header: words.gap },
    ...(comparing
      ? ([
          { key: "women_compare", kind: "count", header: words.womenCompare },
          { key: "staff_compare", kind: "count", header: words.staffCompare },
          { key: "women_share_compare", kind: "percent", header: words.womenShareCompare },
          { key: "change", kind: "points", header: words.change },
        ] as const)
      : []),
  ];
  const hidden = `<${report.smallCells?.threshold ?? 5}`;
  const rows = report.rows.map((r): ParityTableRow => {
    const h = (v: number | null): ParityCell => (r.hidden ? hidden : v);
    return {
      level: r.level,
      cells: [
        r.level,
        r.code,
        rowName(r, words),
        h(r.now.women),
        h(r.now.staff),
        h(r.share),
        r.target,
        h(r.gap),
        ...(comparing ? [h(r.then?.women ?? 0), h(r.then?.staff ?? 0), h(r.shareThen), h(r.change)] : []),
      ],
    };
  });
  return { columns, rows };
}

/** The table's rows as objects keyed by the columns' keys: the API's and the CLI's JSON rows (the CSV's cells, exactly). */
export function tableRecords(table: { columns: { key: string }[]; rows: { cells: ParityCell[] }[] }): Record<string, ParityCell>[] {
  return table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.key, r.cells[i] ?? null])));
}
