import "server-only";
import { hasRole, type Actor } from "~/server/auth/roles";
import { isInTeamOf } from "~/server/team/policy";

/**
 * Who may download a person's certificates: the holder, their manager (anyone up the reporting line, the team's
 * rule in server/team/policy.ts), L&D and auditors. Everyone else is told there is no such certificate.
 */
export async function maySeeCertificatesOf(actor: Pick<Actor, "id" | "roles">, holderId: string): Promise<boolean> {
  if (actor.id === holderId || hasRole(actor, "LD_ADMIN", "AUDITOR")) return true;
  return hasRole(actor, "MANAGER") && (await isInTeamOf(actor.id, holderId));
}
