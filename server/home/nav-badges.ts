import "server-only";
import { db } from "~/server/db";
import type { Actor } from "~/server/auth/roles";
import { pairingsNeedingAction } from "~/server/home/mentor";

/**
 * Counts for the header's navigation, keyed by the item's href: what waits for this person there. "/mentoring":
 * requests addressed to them as a mentor still open, and pairings waiting for them on either side (a proposal to
 * confirm, a check-in, a close, closing feedback). Absent keys: nothing waits.
 */
export async function navBadges(actor: Pick<Actor, "id" | "roles">, asOf: Date = new Date()): Promise<Partial<Record<string, number>>> {
  const [requests, pairings] = await Promise.all([
    actor.roles.includes("MENTOR") ? db.mentoringRequest.count({ where: { mentorId: actor.id, status: "OPEN", expiresAt: { gt: asOf } } }) : Promise.resolve(0),
    pairingsNeedingAction(actor.id, asOf, "ANY"),
  ]);
  const badges: Partial<Record<string, number>> = {};
  const mentoring = requests + pairings.length;
  if (mentoring > 0) badges["/mentoring"] = mentoring;
  return badges;
}
