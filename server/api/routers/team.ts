import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { RemindInput } from "~/lib/schemas/team";
import { remindTeamMember } from "~/server/team/remind";

export const teamRouter = router({
  // object-level: only the manager's own reports (server/team/policy.ts)
  remind: protectedProcedure.input(RemindInput).mutation(({ ctx, input }) => remindTeamMember(ctx.actor, input)),
});
