import "server-only";
import { localeOr } from "~/lib/i18n/locales";
import { router, protectedProcedure } from "~/server/api/trpc";
import {
  AddCoachInput,
  CreateExpertiseInput,
  CreateRoundInput,
  IdInput,
  MentoringSettingsInput,
  PublishRoundInput,
  RenameExpertiseInput,
  RoundRunInput,
  SetCoachListedInput,
  StatsPeriodInput,
} from "~/lib/schemas/mentoring";
import { saveMentoringSettings } from "~/server/mentoring/settings";
import { createExpertise, renameExpertise, setExpertiseRetired } from "~/server/mentoring/expertise";
import { cancelRound, createRound, previewRound, publishRound } from "~/server/mentoring/rounds";
import { resolveRematch } from "~/server/mentoring/pairings";
import { addCoach, setCoachListed } from "~/server/mentoring/coaching";
import { mentoringStats } from "~/server/mentoring/stats";

/** L&D's side of MentorNet and the coaching network; the figures are also open to auditors. */
export const mentoringAdminRouter = router({
  saveSettings: protectedProcedure.input(MentoringSettingsInput).mutation(({ ctx, input }) => saveMentoringSettings(ctx.actor, input)),
  createExpertise: protectedProcedure.input(CreateExpertiseInput).mutation(({ ctx, input }) => createExpertise(ctx.actor, input)),
  renameExpertise: protectedProcedure.input(RenameExpertiseInput).mutation(({ ctx, input }) => renameExpertise(ctx.actor, input)),
  retireExpertise: protectedProcedure.input(IdInput).mutation(({ ctx, input }) => setExpertiseRetired(ctx.actor, input.id, true)),
  restoreExpertise: protectedProcedure.input(IdInput).mutation(({ ctx, input }) => setExpertiseRetired(ctx.actor, input.id, false)),
  createRound: protectedProcedure.input(CreateRoundInput).mutation(({ ctx, input }) => createRound(ctx.actor, input)),
  cancelRound: protectedProcedure.input(IdInput).mutation(({ ctx, input }) => cancelRound(ctx.actor, input.id)),
  previewRound: protectedProcedure.input(RoundRunInput).query(({ ctx, input }) => previewRound(input, undefined, localeOr(ctx.actor.locale))),
  publishRound: protectedProcedure.input(PublishRoundInput).mutation(({ ctx, input }) => publishRound(ctx.actor, input)),
  resolveRematch: protectedProcedure.input(IdInput).mutation(({ ctx, input }) => resolveRematch(ctx.actor, input.id)),
  addCoach: protectedProcedure.input(AddCoachInput).mutation(({ ctx, input }) => addCoach(ctx.actor, input)),
  setCoachListed: protectedProcedure.input(SetCoachListedInput).mutation(({ ctx, input }) => setCoachListed(ctx.actor, input.id, input.listed)),
  stats: protectedProcedure.input(StatsPeriodInput).query(({ input }) => mentoringStats(input)),
});
