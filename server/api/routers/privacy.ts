import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { PrivacySettings } from "~/lib/schemas/privacy";
import { updatePrivacySettings } from "~/server/privacy/settings";

export const privacyRouter = router({
  updateSettings: protectedProcedure.input(PrivacySettings).mutation(({ ctx, input }) => updatePrivacySettings(ctx.actor, input)),
});
