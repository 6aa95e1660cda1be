import "server-only";
import { db } from "~/server/db";
import type { Actor, Role } from "~/server/auth/roles";

/**
 * Loads the signed-in person with roles read fresh from the database on every request,
 * so a revoked role or a departure takes effect at once (a session cookie can be stale).
 * For a session, pass the session version it was signed with: a session ended since (sign-out, departure, role
 * change: server/auth/session-version.ts) gets null, as if signed out. Same query, no extra round trip.
 */
export async function loadActor(staffId: string, session?: { version: number | undefined }): Promise<Actor | null> {
  const staff = await db.staff.findUnique({
    where: { id: staffId },
    select: {
      id: true,
      employeeId: true,
      email: true,
      fullName: true,
      locale: true,
      localeChosen: true,
      active: true,
      sessionVersion: true,
      roles: true,
      mentorProfile: { select: { id: true } },
      _count: { select: { reports: { where: { active: true } } } },
    },
  });
  if (!staff || !staff.active) return null;
  if (session && session.version !== staff.sessionVersion) return null;
  const roles: Role[] = ["LEARNER"];
  if (staff.mentorProfile) roles.push("MENTOR");
  if (staff._count.reports > 0) roles.push("MANAGER");
  for (const r of staff.roles) roles.push(r);
  return { id: staff.id, employeeId: staff.employeeId, email: staff.email, fullName: staff.fullName, locale: staff.locale, localeChosen: staff.localeChosen, roles };
}

/** The person a next-auth session stands for (its staffId and session version: server/auth/options.ts), or null. */
export async function actorForSession(session: { staffId?: string; sessionVersion?: number } | null): Promise<Actor | null> {
  return session?.staffId ? loadActor(session.staffId, { version: session.sessionVersion }) : null;
}

/** Sign-in gate: only an active staff record with this e-mail may sign in. */
export async function findActiveStaffByEmail(email: string) {
  return db.staff.findFirst({
    where: { email: email.trim().toLowerCase(), active: true },
    select: { id: true, email: true, fullName: true, sessionVersion: true },
  });
}

export async function findActiveStaffByEmployeeId(employeeId: string) {
  return db.staff.findFirst({
    where: { employeeId, active: true },
    select: { id: true, email: true, fullName: true },
  });
}
