import "server-only";
import { z } from "zod";
import { router, protectedProcedure } from "~/server/api/trpc";
import { getProfile, setLocale } from "~/server/people/people";
import { LOCALES } from "~/lib/i18n/locales";

export const meRouter = router({
  get: protectedProcedure.query(async ({ ctx }) => ({ actor: ctx.actor, profile: await getProfile(ctx.actor.id) })),
  setLocale: protectedProcedure
    .input(z.object({ locale: z.enum(LOCALES) }))
    .mutation(({ ctx, input }) => setLocale(ctx.actor, input.locale)),
});
