import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "~/server/auth/options";
import { actorForSession } from "~/server/auth/actor";
import type { Actor } from "~/server/auth/roles";

/** The signed-in person for this request (roles fresh from the database), or null — also when the session has ended. */
export const getActor = cache(async (): Promise<Actor | null> => {
  return actorForSession((await getServerSession(authOptions())) as { staffId?: string; sessionVersion?: number } | null);
});
