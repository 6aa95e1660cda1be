import "server-only";
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

/** GET /api/exports/compliance?requirement=&department=&sector=&state=&min=&q= — L&D admins and auditors. */
export async function complianceCsvDownload(request: Request, actor: { roles: readonly string[] } | null, messages: Messages, now = new Date()): Promise<Response> {
  if (!actor) return new Response("Please sign in.", { status: 401 });
  if (!actor.roles.some((r) => r === "LD_ADMIN" || r === "AUDITOR")) return new Response("You do not have access to this.", { status: 403 });
  const url = new URL(request.url);
  const { page: _page, ...filter } = listFilterFromSearchParams(Object.fromEntries(url.searchParams));
  const today = toIsoDate(now);
  const csv = complianceCsv(await allPeopleStates(today, filter), messages.compliance);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="compliance-${today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
