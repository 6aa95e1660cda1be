import type { Role } from "~/server/auth/roles";

/** "public": anyone; "authenticated": any signed-in person; otherwise the roles allowed. */
export type Access = "public" | "authenticated" | readonly Role[];

const ADMIN = ["LD_ADMIN"] as const;
const REPORTS = ["LD_ADMIN", "AUDITOR"] as const;

/**
 * Who may call every tRPC procedure. The guard in trpc.ts enforces it and
 * server/api/permissions.int.test.ts walks the real router against it.
 * Object-level rules (is this my team member, my mentee?) live in each domain's policy.
 */
export const procedureRoles: Record<string, Access> = {
  "health.ping": "public",
  "me.get": "authenticated",
  "me.setLocale": "authenticated",
  "people.team": ["MANAGER", "LD_ADMIN"],
  "people.search": ADMIN,
  "people.orgSummary": REPORTS,
  "categories.list": "authenticated",
  "categories.create": ADMIN,
  "categories.rename": ADMIN,
  "categories.retire": ADMIN,
  "categories.restore": ADMIN,
};
