import "server-only";
import { z } from "zod";
import { router, protectedProcedure } from "~/server/api/trpc";
import { toIsoDate } from "~/lib/dates";
import { localeOr } from "~/lib/i18n/locales";
import {
  ComplianceListFilter,
  ComplianceSettings,
  CreateRequirementInput,
  ExplainInput,
  GrantExemptionInput,
  RequirementIdInput,
  RevokeExemptionInput,
  UpdateRequirementInput,
} from "~/lib/schemas/compliance";
import {
  createRequirement,
  grantExemption,
  listExemptions,
  listRequirements,
  requirementFormOptions,
  revokeExemption,
  setRequirementRetired,
  updateRequirement,
} from "~/server/compliance/requirements";
import { listPeopleStates, myStates, teamStates } from "~/server/compliance/dashboard";
import { explainRequirement } from "~/server/compliance/explain";
import { getComplianceSettings, updateComplianceSettings } from "~/server/compliance/settings";
import { runReminders } from "~/server/compliance/reminders";

const today = () => toIsoDate(new Date());

export const complianceRouter = router({
  requirements: protectedProcedure
    .input(z.object({ includeRetired: z.boolean().default(false) }).default({ includeRetired: false }))
    .query(({ input }) => listRequirements(input)),
  formOptions: protectedProcedure.query(() => requirementFormOptions()),
  createRequirement: protectedProcedure.input(CreateRequirementInput).mutation(({ ctx, input }) => createRequirement(ctx.actor, input)),
  updateRequirement: protectedProcedure.input(UpdateRequirementInput).mutation(({ ctx, input }) => updateRequirement(ctx.actor, input)),
  retireRequirement: protectedProcedure.input(RequirementIdInput).mutation(({ ctx, input }) => setRequirementRetired(ctx.actor, input.id, true)),
  restoreRequirement: protectedProcedure.input(RequirementIdInput).mutation(({ ctx, input }) => setRequirementRetired(ctx.actor, input.id, false)),
  exemptions: protectedProcedure.input(RequirementIdInput).query(({ input }) => listExemptions(input.id)),
  grantExemption: protectedProcedure.input(GrantExemptionInput).mutation(({ ctx, input }) => grantExemption(ctx.actor, input)),
  revokeExemption: protectedProcedure.input(RevokeExemptionInput).mutation(({ ctx, input }) => revokeExemption(ctx.actor, input)),
  settings: protectedProcedure.query(() => getComplianceSettings()),
  updateSettings: protectedProcedure.input(ComplianceSettings).mutation(({ ctx, input }) => updateComplianceSettings(ctx.actor, input)),
  people: protectedProcedure.input(ComplianceListFilter).query(({ ctx, input }) => listPeopleStates(today(), input, localeOr(ctx.actor.locale))),
  mine: protectedProcedure.query(({ ctx }) => myStates(ctx.actor.id, today(), localeOr(ctx.actor.locale))),
  team: protectedProcedure.query(({ ctx }) => teamStates(ctx.actor.id, today(), localeOr(ctx.actor.locale))),
  explain: protectedProcedure.input(ExplainInput).query(({ ctx, input }) => explainRequirement(ctx.actor, input.staffId, input.requirementId, new Date())),
  runRemindersNow: protectedProcedure.mutation(() => runReminders(new Date())),
});
