import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { ApiTokenIdInput, CreateApiTokenInput, RenameApiTokenInput } from "~/lib/schemas/api-tokens";
import { createApiToken, listApiTokens, renameApiToken, revokeApiToken } from "~/server/api-tokens/tokens";

export const apiTokensRouter = router({
  list: protectedProcedure.query(({ ctx }) => listApiTokens(ctx.actor)),
  create: protectedProcedure.input(CreateApiTokenInput).mutation(({ ctx, input }) => createApiToken(ctx.actor, input)),
  rename: protectedProcedure.input(RenameApiTokenInput).mutation(({ ctx, input }) => renameApiToken(ctx.actor, input)),
  revoke: protectedProcedure.input(ApiTokenIdInput).mutation(({ ctx, input }) => revokeApiToken(ctx.actor, input.id)),
});
