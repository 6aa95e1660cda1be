import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "~/server/auth/options";
import { loadActor } from "~/server/auth/actor";
import type { Actor } from "~/server/auth/roles";

/** The signed-in person for this request (roles fresh from the database), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const staffId = (session as { staffId?: string } | null)?.staffId;
  return staffId ? loadActor(staffId) : null;
});
