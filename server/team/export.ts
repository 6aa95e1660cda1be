import "server-only";
import { toCsv } from "~/lib/csv";
import { toIsoDate } from "~/lib/dates";
import { teamFilterFromSearchParams } from "~/lib/schemas/team";
import type { Messages } from "~/messages/en";
import { teamCompliance, type TeamStateRow } from "~/server/team/compliance";

type CsvMessages = { csv: Messages["team"]["csv"]; state: Messages["compliance"]["state"] };

/** The team's rows as CSV: exactly the rows of the page's table, in its order. */
export function teamCsv(rows: readonly TeamStateRow[], m: CsvMessages): string {
  const c = m.csv;
  return toCsv(
    [c.employeeId, c.name, c.email, c.grade, c.department, c.manager, c.courseCode, c.course, c.state, c.dueOn, c.daysOverdue, c.lastCompletedOn, c.lastReminded],
    rows.map((r) => [
      r.employeeId, r.fullName, r.email, r.grade, r.department, r.manager, r.courseCode, r.courseTitle, m.state[r.state],
      r.state === "COMPLIANT" || r.state === "EXEMPT" ? null : r.dueOn, r.state === "OVERDUE" ? r.daysOverdue : null, r.lastCompletedOn,
      r.lastRemindedAt ? toIsoDate(r.lastRemindedAt) : null,
    ]),
  );
}

/** `GET /api/exports/team?scope=&requirement=&state=`: the manager's filtered view as a file named for the day. */
export async function teamCsvFile(managerId: string, query: URLSearchParams, messages: Pick<Messages, "team" | "compliance">, now = new Date()) {
  const today = toIsoDate(now);
  const { rows } = await teamCompliance(managerId, today, teamFilterFromSearchParams(query));
  return { csv: teamCsv(rows, { csv: messages.team.csv, state: messages.compliance.state }), fileName: `team-training-${today}.csv` };
}
