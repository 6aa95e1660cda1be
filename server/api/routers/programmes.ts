import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { ApplicationIdInput, ApplyInput, EndorsementInput } from "~/lib/schemas/programmes";
import { applyToProgramme, withdrawApplication } from "~/server/programmes/applications";
import { decideEndorsement } from "~/server/programmes/endorsement";

/** Development programmes for staff and managers; who may act on which application is decided in server/programmes. */
export const programmesRouter = router({
  submitApplication: protectedProcedure.input(ApplyInput).mutation(({ ctx, input }) => applyToProgramme(ctx.actor, input)),
  withdraw: protectedProcedure.input(ApplicationIdInput).mutation(({ ctx, input }) => withdrawApplication(ctx.actor, input.applicationId)),
  endorse: protectedProcedure.input(EndorsementInput).mutation(({ ctx, input }) => decideEndorsement(ctx.actor, input)),
});
