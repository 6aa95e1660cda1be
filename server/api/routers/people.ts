import "server-only";
import { z } from "zod";
import { localeOr } from "~/lib/i18n/locales";
import { router, protectedProcedure } from "~/server/api/trpc";
import { listTeam, orgSummary, searchStaff } from "~/server/people/people";

export const peopleRouter = router({
  team: protectedProcedure.query(({ ctx }) => listTeam(ctx.actor, localeOr(ctx.actor.locale))),
  search: protectedProcedure
    .input(z.object({ query: z.string().max(100) }))
    .query(({ input }) => searchStaff(input.query)),
  orgSummary: protectedProcedure.query(() => orgSummary()),
});
