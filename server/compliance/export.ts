import "server-only";
import type { Locale } from "~/lib/i18n/locales";
import { toCsv } from "~/lib/csv";
import { toIsoDate } from "~/lib/dates";
import { listFilterFromSearchParams } from "~/lib/schemas/compliance";
import type { Messages } from "~/messages/en";
import { streamPeopleStates, type PersonStateRow } from "~/server/compliance/dashboard";

type CsvMessages = Pick<Messages["compliance"], "csv" | "state">;

function csvHeader(m: CsvMessages): string[] {
  const c = m.csv;
  return [
    c.employeeId, c.name, c.email, c.department, c.sector, c.dutyStation, c.grade, c.manager,
    c.courseCode, c.course, c.state, c.dueOn, c.validUntil, c.lastCompletedOn, c.daysOverdue, c.exemptReason,
  ];
}

function csvCells(rows: readonly PersonStateRow[], m: CsvMessages) {
  return rows.map((r) => [
    r.employeeId, r.fullName, r.email, r.department, r.sector, r.dutyStation, r.grade, r.manager,
    r.courseCode, r.courseTitle, m.state[r.state], r.state === "COMPLIANT" ? null : r.dueOn, r.validUntil, r.lastCompletedOn,
    r.state === "OVERDUE" ? r.daysOverdue : null, r.exemptReason,
  ]);
}

/** The people list as CSV: the same filter and order as the page, one row per person and requirement. */
export function complianceCsv(rows: readonly PersonStateRow[], m: CsvMessages): string {
  return toCsv(csvHeader(m), csvCells(rows, m));
}

/**
 * The same CSV as complianceCsv(allPeopleStates(…)), streamed: the header at once, then the rows as the database's
 * cursor yields them, 5,000 at a time. `bom` puts Excel's byte-order mark in front.
 */
export async function complianceCsvStream(
  query: URLSearchParams,
  messages: Pick<Messages, "compliance">,
  now = new Date(),
  locale: Locale = "en",
  options: { bom?: boolean } = {},
): Promise<{ body: ReadableStream<Uint8Array>; fileName: string }> {
  // The filter is checked before anything is sent: a bad one is a 400, not a truncated file.
  const { page: _page, ...filter } = listFilterFromSearchParams(Object.fromEntries(query));
  const today = toIsoDate(now);
  const m = messages.compliance;
  const header = csvHeader(m);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(`${options.bom ? "\uFEFF" : ""}${toCsv(header, [])}`));
        await streamPeopleStates(today, filter, locale, (rows) => {
          // toCsv of the rows alone, without repeating the header line.
          const text = toCsv(header, csvCells(rows, m));
          controller.enqueue(encoder.encode(text.slice(text.indexOf("\r\n") + 2)));
        });
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return { body, fileName: `compliance-${today}.csv` };
}
