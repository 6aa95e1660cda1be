import "server-only";
// The workbook's words from a message catalogue's "reports" namespace (messages/en/reports.json), so the XLSX
// is in the language of the person who downloads it.
import type { Messages } from "~/messages/en";
import { FIGURES } from "~/server/reports/compare";
import type { WorkbookLabels } from "~/server/reports/export";

export function workbookLabels(m: Messages["reports"]): WorkbookLabels {
  const w = m.workbook;
  const figures = Object.fromEntries(
    FIGURES.map((f) => {
      const name = m.figures[f];
      return [f, { current: name, previous: `${name}, ${w.previousSuffix}`, change: `${name}, ${w.changeSuffix}`, changePercent: `${name}, ${w.changePercentSuffix}` }];
    }),
  ) as WorkbookLabels["figures"];
  return {
    sheetByCategory: w.sheetByCategory,
    sheetBreakdown: w.sheetBreakdown,
    sheetAbout: w.sheetAbout,
    code: w.code,
    category: w.category,
    group: w.group,
    total: w.total,
    notRecorded: w.notRecorded,
    figures,
    about: w.about,
    dimensions: m.dimensions,
    genders: m.genders,
    modes: m.modes,
  };
}
