import "server-only";
// The workbook's words from a message catalogue's "reports" namespace (messages/en/reports.json), so the XLSX
// is in the language of the person who downloads it; the tables' words are the page's (server/reports/columns.ts).
import type { Messages } from "~/messages/en";
import { reportWords } from "~/server/reports/columns";
import type { WorkbookLabels } from "~/server/reports/export";

export function workbookLabels(m: Messages["reports"]): WorkbookLabels {
  const w = m.workbook;
  return {
    words: reportWords(m),
    sheetByCategory: w.sheetByCategory,
    sheetBreakdown: w.sheetBreakdown,
    sheetAbout: w.sheetAbout,
    about: w.about,
    dimensions: m.dimensions,
  };
}
