import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import {
  AcceptRequestInput,
  AddGoalInput,
  AnswerExtensionInput,
  CheckInInput,
  ClosePairingInput,
  ConfirmPairingInput,
  DeclineRequestInput,
  FeedbackInput,
  GoalProgressInput,
  LogMeetingInput,
  MenteeProfileInput,
  MentorProfileInput,
  PairingIdInput,
  ProposeExtensionInput,
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
  answerExtension,
  declineProposal,
  proposeExtension,
  withdrawExtension,
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
  acceptRequest: protectedProcedure.input(AcceptRequestInput).mutation(({ ctx, input }) => acceptRequest(ctx.actor, input)),
  declineRequest: protectedProcedure.input(DeclineRequestInput).mutation(({ ctx, input }) => declineRequest(ctx.actor, input)),
  confirmPairing: protectedProcedure.input(ConfirmPairingInput).mutation(({ ctx, input }) => confirmPairing(ctx.actor, input)),
  declineProposal: protectedProcedure.input(PairingIdInput).mutation(({ ctx, input }) => declineProposal(ctx.actor, input.pairingId)),
  proposeExtension: protectedProcedure.input(ProposeExtensionInput).mutation(({ ctx, input }) => proposeExtension(ctx.actor, input)),
  answerExtension: protectedProcedure.input(AnswerExtensionInput).mutation(({ ctx, input }) => answerExtension(ctx.actor, input)),
  withdrawExtension: protectedProcedure.input(PairingIdInput).mutation(({ ctx, input }) => withdrawExtension(ctx.actor, input.pairingId)),
  closePairing: protectedProcedure.input(ClosePairingInput).mutation(({ ctx, input }) => closePairing(ctx.actor, input)),
  addGoal: protectedProcedure.input(AddGoalInput).mutation(({ ctx, input }) => addGoal(ctx.actor, input)),
  setGoalProgress: protectedProcedure.input(GoalProgressInput).mutation(({ ctx, input }) => setGoalProgress(ctx.actor, input)),
  logMeeting: protectedProcedure.input(LogMeetingInput).mutation(({ ctx, input }) => logMeeting(ctx.actor, input)),
  checkIn: protectedProcedure.input(CheckInInput).mutation(({ ctx, input }) => checkIn(ctx.actor, input)),
  giveFeedback: protectedProcedure.input(FeedbackInput).mutation(({ ctx, input }) => giveFeedback(ctx.actor, input)),
  saveRanking: protectedProcedure.input(RankingInput).mutation(({ ctx, input }) => saveRanking(ctx.actor, input)),
});
