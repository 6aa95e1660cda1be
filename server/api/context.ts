import "server-only";
import { getActor } from "~/server/auth/session";
import { isCrossSite, mediaTypeOf } from "~/server/http/request-guards";
import type { TRPCContext } from "~/server/api/trpc";

export async function createContext({ req }: { req: Request }): Promise<TRPCContext> {
  return { actor: await getActor(), request: { crossSite: isCrossSite(req), mediaType: mediaTypeOf(req) } };
}
