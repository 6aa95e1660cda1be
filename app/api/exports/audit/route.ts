import { route } from "~/server/http/route";
import { AuditSearchInput } from "~/lib/schemas/audit";
import { auditCsvResponse } from "~/server/audit/csv";

export const dynamic = "force-dynamic";

/** The audit trail as CSV, with the search page's filters (/admin/audit), streamed; for L&D admins and auditors. */
export const GET = route({ name: "audit-export", roles: ["LD_ADMIN", "AUDITOR"] }, ({ query, messages }) => {
  const { cursor: _cursor, ...filter } = AuditSearchInput.parse(Object.fromEntries(query));
  return auditCsvResponse(filter, messages.audit);
});
