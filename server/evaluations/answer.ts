import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { checkAnswers } from "~/lib/evaluations/questionnaire";
import { monthOf } from "~/lib/evaluations/results";
import type { SubmitEvaluationInput } from "~/lib/schemas/evaluations";
import { questionsOf } from "~/server/evaluations/questionnaires";

/**
 * Answers one of the person's evaluation requests, in one transaction: the request is claimed (answeredAt set only
 * while still unanswered, so a double submit or two tabs store ONE response and the second hears "already
 * answered"), then the answers are stored apart from the person — what was evaluated and the month, never who.
 */
export async function submitEvaluation(actor: Pick<Actor, "id">, input: SubmitEvaluationInput, asOf: Date): Promise<{ answered: true }> {
  const request = await db.evaluationRequest.findFirst({
    where: { id: input.requestId, staffId: actor.id },
    select: { id: true, kind: true, questionnaireId: true, courseId: true, sessionId: true, categoryId: true, opensAt: true, answeredAt: true },
  });
  if (!request) throw new AppError("NOT_FOUND", "evaluations.notFound");
  if (request.answeredAt) throw new AppError("CONFLICT", "evaluations.alreadyAnswered");
  if (request.opensAt > asOf) throw new AppError("CONFLICT", "evaluations.notOpen");
  const checked = checkAnswers(await questionsOf(request.questionnaireId, request.kind), input.answers);
  if (!checked.ok) {
    const first = checked.problems[0]!;
    throw new AppError("INVALID", `evaluations.${first.problem}`, undefined, { field: `answers.${first.questionId}` });
  }
  const trainerId = request.sessionId
    ? ((await db.courseSession.findUnique({ where: { id: request.sessionId }, select: { trainerId: true } }))?.trainerId ?? null)
    : null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.evaluationRequest.updateMany({ where: { id: request.id, staffId: actor.id, answeredAt: null }, data: { answeredAt: asOf } });
    if (count === 0) throw new AppError("CONFLICT", "evaluations.alreadyAnswered");
    await tx.evaluationResponse.create({
      data: {
        kind: request.kind,
        questionnaireId: request.questionnaireId,
        courseId: request.courseId,
        sessionId: request.sessionId,
        trainerId,
        categoryId: request.categoryId,
        answeredMonth: monthOf(asOf),
        answers: checked.answers,
      },
    });
    return { answered: true as const };
  });
}

/** "Not now": hides an unanswered request from the person's list and from reminders; idempotent. */
export async function declineEvaluation(actor: Pick<Actor, "id">, requestId: string, asOf: Date): Promise<{ declined: true }> {
  const { count } = await db.evaluationRequest.updateMany({ where: { id: requestId, staffId: actor.id, answeredAt: null, declinedAt: null }, data: { declinedAt: asOf } });
  if (count === 0) {
    const request = await db.evaluationRequest.findFirst({ where: { id: requestId, staffId: actor.id }, select: { answeredAt: true } });
    if (!request) throw new AppError("NOT_FOUND", "evaluations.notFound");
    if (request.answeredAt) throw new AppError("CONFLICT", "evaluations.alreadyAnswered");
  }
  return { declined: true };
}
