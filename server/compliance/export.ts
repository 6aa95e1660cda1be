import "server-only";
import type { Locale } from "~/lib/i18n/locales";
import { toCsv } from "~/lib/csv";
import { toIsoDate } from "~/lib/dates";
import { listFilterFromSearchParams } from "~/lib/schemas/compliance";
import type { Messages } from "~/messages/en";
import { allPeopleStates, type PersonStateRow } from "~/server/compliance/dashboard";

type CsvMessages = Pick<Messages["compliance"], "csv" | "state">;

/** The people list as CSV: the same filter and order as the page, one row per person and requirement. */
export function complianceCsv(rows: readonly PersonStateRow[], m: CsvMessages): string {
  const c = m.csv;
  const header = [
    c.employeeId, c.name, c.email, c.department, c.sector, c.dutyStation, c.grade, c.manager,
    c.courseCode, c.course, c.state, c.dueOn, c.validUntil, c.lastCompletedOn, c.daysOverdue, c.exemptReason,
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.employeeId, r.fullName, r.email, r.department, r.sector, r.dutyStation, r.grade, r.manager,
      r.courseCode, r.courseTitle, m.state[r.state], r.state === "COMPLIANT" ? null : r.dueOn, r.validUntil, r.lastCompletedOn,
      r.state === "OVERDUE" ? r.daysOverdue : null, r.exemptReason,
    ]),
  );
}

/**
 * The CSV of `GET /api/exports/compliance?requirement=&department=&sector=&state=&min=&q=` (the people list's
 * filters) and its file name, for the day `now` falls on.
 */
export async function complianceCsvFile(query: URLSearchParams, messages: Pick<Messages, "compliance">, now = new Date(), locale: Locale = "en"): Promise<{ csv: string; fileName: string }> {
  const { page: _page, ...filter } = listFilterFromSearchParams(Object.fromEntries(query));
  const today = toIsoDate(now);
  return { csv: complianceCsv(await allPeopleStates(today, filter, locale), messages.compliance), fileName: `compliance-${today}.csv` };
}
