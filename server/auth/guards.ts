import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getActor } from "~/server/auth/session";
import type { Actor, Role } from "~/server/auth/roles";

/** For pages: the signed-in person, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

/** For pages: a person holding one of these roles, or the 403 page (never the page's data). */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireActor();
  if (!actor.roles.some((r) => roles.includes(r))) forbidden();
  return actor;
}
