import "server-only";
import { z } from "zod";
import { router, protectedProcedure } from "~/server/api/trpc";
import { localeOr } from "~/lib/i18n/locales";
import { Id } from "~/lib/schemas/common";
import {
  CreateQuestionnaireInput,
  EvaluationRequestInput,
  EvaluationResultsFilter,
  EvaluationSettings,
  QuestionnaireIdInput,
  SubmitEvaluationInput,
  UpdateQuestionnaireInput,
} from "~/lib/schemas/evaluations";
import { ensureEvaluationRequests, evaluationForm, myEvaluations } from "~/server/evaluations/requests";
import { declineEvaluation, submitEvaluation } from "~/server/evaluations/answer";
import { evaluationResults, resultFilterOptions } from "~/server/evaluations/results";
import { createQuestionnaire, deleteQuestionnaire, getQuestionnaire, listQuestionnaires, updateQuestionnaire } from "~/server/evaluations/questionnaires";
import { getEvaluationSettings, updateEvaluationSettings } from "~/server/evaluations/settings";

export const evaluationsRouter = router({
  mine: protectedProcedure.query(async ({ ctx }) => {
    const asOf = new Date();
    await ensureEvaluationRequests({ staffId: ctx.actor.id, asOf });
    return myEvaluations(ctx.actor.id, asOf, localeOr(ctx.actor.locale));
  }),
  get: protectedProcedure.input(EvaluationRequestInput).query(({ ctx, input }) => evaluationForm(ctx.actor.id, input.requestId, localeOr(ctx.actor.locale))),
  submit: protectedProcedure.input(SubmitEvaluationInput).mutation(({ ctx, input }) => submitEvaluation(ctx.actor, input, new Date())),
  decline: protectedProcedure.input(EvaluationRequestInput).mutation(({ ctx, input }) => declineEvaluation(ctx.actor, input.requestId, new Date())),
  results: protectedProcedure.input(EvaluationResultsFilter).query(({ ctx, input }) => evaluationResults(ctx.actor, input, new Date(), localeOr(ctx.actor.locale))),
  filterOptions: protectedProcedure
    .input(z.object({ courseId: Id.optional() }))
    .query(({ ctx, input }) => resultFilterOptions(ctx.actor, input.courseId, new Date(), localeOr(ctx.actor.locale))),
  questionnaires: protectedProcedure.query(() => listQuestionnaires()),
  questionnaire: protectedProcedure.input(QuestionnaireIdInput).query(({ input }) => getQuestionnaire(input.questionnaireId)),
  createQuestionnaire: protectedProcedure.input(CreateQuestionnaireInput).mutation(({ ctx, input }) => createQuestionnaire(ctx.actor, input)),
  updateQuestionnaire: protectedProcedure.input(UpdateQuestionnaireInput).mutation(({ ctx, input }) => updateQuestionnaire(ctx.actor, input)),
  deleteQuestionnaire: protectedProcedure.input(QuestionnaireIdInput).mutation(({ ctx, input }) => deleteQuestionnaire(ctx.actor, input.questionnaireId)),
  settings: protectedProcedure.query(() => getEvaluationSettings()),
  updateSettings: protectedProcedure.input(EvaluationSettings).mutation(({ ctx, input }) => updateEvaluationSettings(ctx.actor, input)),
});
