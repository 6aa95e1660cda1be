import "server-only";
import { getActor } from "~/server/auth/session";
import type { TRPCContext } from "~/server/api/trpc";

export async function createContext(): Promise<TRPCContext> {
  return { actor: await getActor() };
}
