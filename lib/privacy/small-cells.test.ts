import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { suppressCells, tableLines, type Cell } from "~/lib/privacy/small-cells";

/**
 * A breakdown as the reports lay it out: row 0 everyone (column totals), rows 1.. the groups; columns the categories,
 * then the row's total. `counts[g][c]` are a group's participants in a category; people = participants here.
 */
function table(counts: number[][], fixedTotals: boolean): { cells: Cell[]; lines: number[][]; columns: number } {
  const categories = counts[0]!.length;
  const withTotals = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const everyone = withTotals[0]!.map((_, c) => withTotals.reduce((sum, row) => sum + row[c]!, 0));
  const rows = [everyone, ...withTotals];
  const columns = categories + 1;
  const cells = rows.flatMap((row, r) => row.map((v): Cell => ({ people: v, size: v, fixed: fixedTotals && r === 0 })));
  return { cells, lines: tableLines(rows.length, columns), columns };
}

const counts = fc
  .record({ groups: fc.integer({ min: 2, max: 6 }), categories: fc.integer({ min: 1, max: 5 }) })
  .chain(({ groups, categories }) =>
    fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: categories, maxLength: categories }), {
      minLength: groups,
      maxLength: groups,
    }),
  );

describe("suppressCells", () => {
  it("hides a small group and its partner in a two-group table, never an exact total", () => {
    // everyone: 10 = F 7 + X 3 (one category): X is small, and F = 10 − X would give it away, so F is hidden too.
    const t = table([[7], [3]], true);
    const hidden = suppressCells(t.cells, t.lines, 5);
    // row 0: [10, 10] (fixed); row 1: [7, 7]; row 2: [3, 3]
    expect(hidden).toEqual([false, false, true, true, true, true]);
  });

  it("leaves a table without small cells alone", () => {
    const t = table([[7, 9], [6, 12]], true);
    expect(suppressCells(t.cells, t.lines, 5).some(Boolean)).toBe(false);
  });

  it("picks the next-smallest cell of the line as the partner", () => {
    // Group 1: categories 2, 40, 6; the partner of the 2 in its row is the 6, not the 40.
    const t = table([[2, 40, 6], [30, 30, 30], [30, 30, 30]], true);
    const hidden = suppressCells(t.cells, t.lines, 5);
    const at = (r: number, c: number) => hidden[r * t.columns + c];
    expect(at(1, 0)).toBe(true);
    expect(at(1, 2)).toBe(true);
    expect(at(1, 1)).toBe(false);
  });

  it("with a higher threshold hides more", () => {
    const t = table([[7, 9], [6, 12]], true);
    expect(suppressCells(t.cells, t.lines, 8).some(Boolean)).toBe(true);
  });

  it("property: every small cell is hidden, no exact total is, and no hidden value can be recomputed from a line", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 2, max: 20 }), fc.boolean(), (rows, threshold, fixedTotals) => {
        const t = table(rows, fixedTotals);
        const hidden = suppressCells(t.cells, t.lines, threshold);
        t.cells.forEach((c, i) => {
          if (c.fixed) expect(hidden[i]).toBe(false);
          else if (c.people > 0 && c.people < threshold) expect(hidden[i]).toBe(true);
        });
        // A line with exactly one hidden cell gives it by subtraction: allowed only where every other cell of the
        // line is a published exact total (the value is then that total minus zeros: public anyway).
        for (const line of t.lines) {
          const unknown = line.filter((j) => hidden[j]);
          if (unknown.length !== 1) continue;
          expect(line.filter((j) => j !== unknown[0]).every((j) => t.cells[j]!.fixed)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("property: with the whole organisation's totals exact, lines across two or more groups never hide just one cell", () => {
    fc.assert(
      fc.property(counts, (rows) => {
        const t = table(rows, true);
        const hidden = suppressCells(t.cells, t.lines, 5);
        // Every line has a non-fixed cell besides any hidden one (≥ 2 groups; ≥ 2 cells per group row).
        for (const line of t.lines) expect(line.filter((j) => hidden[j]).length).not.toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
