import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { CoachingRequestInput, CoachingRespondInput, LogCoachingSessionInput, RequestIdInput } from "~/lib/schemas/mentoring";
import { answerCoachingRequest, closeCoaching, logCoachingSession, requestCoaching } from "~/server/mentoring/coaching";

/** The coaching network; only the addressed coach answers a request or logs its sessions (server/mentoring/coaching.ts). */
export const coachingRouter = router({
  request: protectedProcedure.input(CoachingRequestInput).mutation(({ ctx, input }) => requestCoaching(ctx.actor, input)),
  answer: protectedProcedure.input(CoachingRespondInput).mutation(({ ctx, input }) => answerCoachingRequest(ctx.actor, input)),
  logSession: protectedProcedure.input(LogCoachingSessionInput).mutation(({ ctx, input }) => logCoachingSession(ctx.actor, input)),
  close: protectedProcedure.input(RequestIdInput).mutation(({ ctx, input }) => closeCoaching(ctx.actor, input.requestId)),
});
