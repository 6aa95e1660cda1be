import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { AuditSearchInput } from "~/lib/schemas/audit";
import { auditActions, auditEntityKinds, searchAudit } from "~/server/audit/search";

// Read-only: the trail is written by the domain modules' audit() calls and never changed (server/audit.ts).
export const auditRouter = router({
  search: protectedProcedure.input(AuditSearchInput).query(({ input }) => searchAudit(input)),
  choices: protectedProcedure.query(async () => ({ actions: await auditActions(), entities: await auditEntityKinds() })),
});
