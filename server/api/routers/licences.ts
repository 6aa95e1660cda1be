import "server-only";
import { z } from "zod";
import { router, protectedProcedure } from "~/server/api/trpc";
import { CreatePoolInput, DeclineRequestInput, LicenceRef, PoolRef, ReleaseLicenceInput, UpdatePoolInput } from "~/lib/schemas/licences";
import { availablePools, giveBackLicence, myLicences, requestLicence } from "~/server/licences/requests";
import { assignRequest, createPool, declineRequest, listPools, poolDetail, releaseLicence, updatePool } from "~/server/licences/pools";

/** Licences for external platforms: staff ask and give back; L&D keeps the pools (roles in server/api/permissions.ts). */
export const licencesRouter = router({
  available: protectedProcedure.query(({ ctx }) => availablePools(ctx.actor.id, new Date())),
  mine: protectedProcedure.query(({ ctx }) => myLicences(ctx.actor.id, new Date())),
  request: protectedProcedure.input(PoolRef).mutation(({ ctx, input }) => requestLicence(ctx.actor, input.poolId)),
  giveBack: protectedProcedure.input(PoolRef).mutation(({ ctx, input }) => giveBackLicence(ctx.actor, input.poolId)),
  pools: protectedProcedure.query(() => listPools(new Date())),
  pool: protectedProcedure
    .input(PoolRef.extend({ sort: z.enum(["inactive", "name"]).default("inactive") }))
    .query(({ input }) => poolDetail(input.poolId, new Date(), input.sort)),
  createPool: protectedProcedure.input(CreatePoolInput).mutation(({ ctx, input }) => createPool(ctx.actor, input)),
  updatePool: protectedProcedure.input(UpdatePoolInput).mutation(({ ctx, input }) => updatePool(ctx.actor, input)),
  assign: protectedProcedure.input(LicenceRef).mutation(({ ctx, input }) => assignRequest(ctx.actor, input.licenceId)),
  decline: protectedProcedure.input(DeclineRequestInput).mutation(({ ctx, input }) => declineRequest(ctx.actor, input)),
  release: protectedProcedure.input(ReleaseLicenceInput).mutation(({ ctx, input }) => releaseLicence(ctx.actor, input)),
});
