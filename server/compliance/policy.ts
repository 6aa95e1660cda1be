import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { hasRole, type Actor } from "~/server/auth/roles";

/**
 * Whose compliance a person may see in detail: their own, their direct reports' (as their manager), and anyone's
 * for L&D admins. Auditors see the organisation's figures on the dashboard, not individual explanations.
 */
export async function canSeeComplianceOf(actor: Pick<Actor, "id" | "roles">, staffId: string): Promise<boolean> {
  if (actor.id === staffId || hasRole(actor, "LD_ADMIN")) return true;
  const person = await db.staff.findUnique({ where: { id: staffId }, select: { managerId: true } });
  return !!person && person.managerId === actor.id;
}

export async function assertCanSeeComplianceOf(actor: Pick<Actor, "id" | "roles">, staffId: string): Promise<void> {
  if (!(await canSeeComplianceOf(actor, staffId))) {
    throw new AppError("FORBIDDEN", "compliance.onlyOwnReports");
  }
}
