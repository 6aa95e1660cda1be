import "server-only";
import type { Db, Tx } from "~/server/db";
import type { GrantedRole } from "~/server/generated/prisma/enums";

/**
 * Sessions are JWTs carrying the staff member's session version (`sv`) from sign-in; loadActor refuses a token whose
 * version is no longer the staff row's. Bumping the version therefore ends every session of that person at their next
 * request — on sign-out, departure or deactivation, and role changes. Call it inside the writer's transaction.
 */
export async function endSessions(tx: Tx | Db, staffIds: readonly string[]): Promise<number> {
  if (staffIds.length === 0) return 0;
  const { count } = await tx.staff.updateMany({ where: { id: { in: [...new Set(staffIds)] } }, data: { sessionVersion: { increment: 1 } } });
  return count;
}

/**
 * Sign-out of the session signed with `version`: ends it (and every other copy of the person's session) unless it
 * has already ended, so replaying an old token's sign-out cannot end a newer session.
 */
export async function endSignedOutSession(tx: Tx | Db, staffId: string, version: number): Promise<boolean> {
  const { count } = await tx.staff.updateMany({ where: { id: staffId, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
  return count > 0;
}

/**
 * Sets a staff member's granted roles (LD_ADMIN, AUDITOR); a change ends their sessions, so the new rights start from
 * a fresh sign-in. No change, no bump (idempotent). Returns whether the roles changed.
 */
export async function setGrantedRoles(tx: Tx, staffId: string, roles: readonly GrantedRole[]): Promise<boolean> {
  const before = await tx.staff.findUniqueOrThrow({ where: { id: staffId }, select: { roles: true } });
  const next = [...new Set(roles)].sort();
  if (JSON.stringify([...before.roles].sort()) === JSON.stringify(next)) return false;
  await tx.staff.update({ where: { id: staffId }, data: { roles: next } });
  await endSessions(tx, [staffId]);
  return true;
}
