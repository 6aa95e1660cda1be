// The small-cell rule, as pure logic: which cells of a table of people counts are hidden so that neither a small
// group nor a hidden figure can be read or recomputed from what is shown (primary + complementary suppression).

/** The threshold's default and bounds (Setting "privacy.smallCellThreshold"). */
export const SMALL_CELL_DEFAULT = 5;
export const SMALL_CELL_MIN = 2;
export const SMALL_CELL_MAX = 20;

export interface Cell {
  /** Distinct people the cell counts: 0 < people < threshold hides it. */
  people: number;
  /** What "smallest" means when a partner cell must be hidden too (participations). */
  size: number;
  /** Published exactly whatever happens (whole-organisation totals): never hidden. */
  fixed?: boolean;
}

/**
 * Which cells to hide. `lines` lists the cells that add up (a table's row with its total, a column with its total):
 * seeing all but one of a line gives that one by subtraction.
 * 1. Primary: every non-fixed cell with 0 < people < threshold.
 * 2. Complementary: while some line has exactly one hidden cell, also hide the line's smallest other non-fixed cell
 *    (a non-zero one if there is any, else a zero: "0" shown next to one "<5" would give the "<5" away).
 * The result: every line hides none or at least two cells, unless all its other cells are fixed (then the hidden
 * cell's value is a published total minus zero cells, which totals that must stay exact give away anyway).
 */
export function suppressCells(cells: readonly Cell[], lines: readonly (readonly number[])[], threshold: number): boolean[] {
  const hidden = cells.map((c) => !c.fixed && c.people > 0 && c.people < threshold);
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter((i) => hidden[i]).length !== 1) continue;
      const partner = smallestCandidate(cells, line, hidden);
      if (partner === null) continue;
      hidden[partner] = true;
      changed = true;
    }
  }
  return hidden;
}

function smallestCandidate(cells: readonly Cell[], line: readonly number[], hidden: readonly boolean[]): number | null {
  let best: number | null = null;
  const rank = (i: number) => [cells[i]!.people > 0 ? 0 : 1, cells[i]!.size, cells[i]!.people, i] as const;
  for (const i of line) {
    if (hidden[i] || cells[i]!.fixed) continue;
    if (best === null || lessThan(rank(i), rank(best))) best = i;
  }
  return best;
}

function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

/**
 * A table laid out for suppressCells(): rows × columns of cells, where the last column is each row's total and the
 * first row is the column totals (row 0 is "everyone"). Lines: every row and every column with at least two cells.
 */
export function tableLines(rows: number, columns: number): number[][] {
  const lines: number[][] = [];
  const at = (r: number, c: number) => r * columns + c;
  if (columns >= 2) for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, c) => at(r, c)));
  if (rows >= 2) for (let c = 0; c < columns; c++) lines.push(Array.from({ length: rows }, (_, r) => at(r, c)));
  return lines;
}
