import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import {
  AddGoalInput,
  CheckInInput,
  ClosePairingInput,
  ConfirmPairingInput,
  DeclineRequestInput,
  ExtendPairingInput,
  FeedbackInput,
  GoalProgressInput,
  LogMeetingInput,
  MenteeProfileInput,
  MentorProfileInput,
  PairingIdInput,
  RankingInput,
  RequestIdInput,
  SendRequestsInput,
} from "~/lib/schemas/mentoring";
import { saveMenteeProfile, saveMentorProfile } from "~/server/mentoring/profiles";
import { acceptRequest, declineRequest, sendRequests, withdrawRequest } from "~/server/mentoring/requests";
import {
  addGoal,
  checkIn,
  closePairing,
  confirmPairing,
  declineProposal,
  extendPairing,
  giveFeedback,
  logMeeting,
  setGoalProgress,
} from "~/server/mentoring/pairings";
import { saveRanking } from "~/server/mentoring/rounds";

/** MentorNet for mentees and mentors; who may act on which request or pairing is decided in server/mentoring. */
export const mentoringRouter = router({
  saveMenteeProfile: protectedProcedure.input(MenteeProfileInput).mutation(({ ctx, input }) => saveMenteeProfile(ctx.actor, input)),
  saveMentorProfile: protectedProcedure.input(MentorProfileInput).mutation(({ ctx, input }) => saveMentorProfile(ctx.actor, input)),
  sendRequests: protectedProcedure.input(SendRequestsInput).mutation(({ ctx, input }) => sendRequests(ctx.actor, input)),
  withdrawRequest: protectedProcedure.input(RequestIdInput).mutation(({ ctx, input }) => withdrawRequest(ctx.actor, input.requestId)),
  acceptRequest: protectedProcedure.input(RequestIdInput).mutation(({ ctx, input }) => acceptRequest(ctx.actor, input.requestId)),
  declineRequest: protectedProcedure.input(DeclineRequestInput).mutation(({ ctx, input }) => declineRequest(ctx.actor, input)),
  confirmPairing: protectedProcedure.input(ConfirmPairingInput).mutation(({ ctx, input }) => confirmPairing(ctx.actor, input)),
  declineProposal: protectedProcedure.input(PairingIdInput).mutation(({ ctx, input }) => declineProposal(ctx.actor, input.pairingId)),
  extendPairing: protectedProcedure.input(ExtendPairingInput).mutation(({ ctx, input }) => extendPairing(ctx.actor, input)),
  closePairing: protectedProcedure.input(ClosePairingInput).mutation(({ ctx, input }) => closePairing(ctx.actor, input)),
  addGoal: protectedProcedure.input(AddGoalInput).mutation(({ ctx, input }) => addGoal(ctx.actor, input)),
  setGoalProgress: protectedProcedure.input(GoalProgressInput).mutation(({ ctx, input }) => setGoalProgress(ctx.actor, input)),
  logMeeting: protectedProcedure.input(LogMeetingInput).mutation(({ ctx, input }) => logMeeting(ctx.actor, input)),
  checkIn: protectedProcedure.input(CheckInInput).mutation(({ ctx, input }) => checkIn(ctx.actor, input)),
  giveFeedback: protectedProcedure.input(FeedbackInput).mutation(({ ctx, input }) => giveFeedback(ctx.actor, input)),
  saveRanking: protectedProcedure.input(RankingInput).mutation(({ ctx, input }) => saveRanking(ctx.actor, input)),
});
