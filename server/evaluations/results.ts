import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import type { Actor } from "~/server/auth/roles";
import { localized, parseFollowUp, parseQuestions, questionsFor, type Question } from "~/lib/evaluations/questionnaire";
import { nextMonth, parseMonth, responseRate, scaleSummary, visible } from "~/lib/evaluations/results";
import type { EvaluationResultsFilter } from "~/lib/schemas/evaluations";
import { resultsView } from "~/server/evaluations/policy";
import { courseTitleIn } from "~/server/evaluations/words";

export type ScaleResult = { id: string; kind: "scale"; label: string; count: number; average: number | null; distribution: number[] };
export type ChoiceResult = { id: string; kind: "choice"; label: string; count: number; options: { value: string; label: string; count: number }[] };
export type CommentResult = { id: string; label: string; texts: string[] };

/** Results of a scope: below 5 responses only how many there are — no rate, averages, counts or comments. */
export type EvaluationResults =
  | { hidden: true; responses: number }
  | { hidden: false; responses: number; requests: number; rate: number | null; questions: (ScaleResult | ChoiceResult)[]; comments: CommentResult[] | null };

const MAX_COMMENTS = 300;

/** The scope's conditions on EvaluationResponse (alias r) and EvaluationRequest (alias er, with its session cs). */
function scope(filter: EvaluationResultsFilter, trainerId: string | null) {
  const responses: Prisma.Sql[] = [Prisma.sql`r.kind = ${filter.kind}::"EvaluationKind"`];
  const requests: Prisma.Sql[] = [Prisma.sql`er.kind = ${filter.kind}::"EvaluationKind"`];
  for (const [column, value] of [["courseId", filter.courseId], ["sessionId", filter.sessionId], ["categoryId", filter.categoryId]] as const) {
    if (!value) continue;
    responses.push(Prisma.sql`r.${Prisma.raw(`"${column}"`)} = ${value}`);
    requests.push(Prisma.sql`er.${Prisma.raw(`"${column}"`)} = ${value}`);
  }
  if (trainerId) {
    responses.push(Prisma.sql`r."trainerId" = ${trainerId}`);
    requests.push(Prisma.sql`cs."trainerId" = ${trainerId}`);
  }
  const from = parseMonth(filter.from);
  const to = parseMonth(filter.to);
  if (from) {
    responses.push(Prisma.sql`r."answeredMonth" >= ${from}::date`);
    requests.push(Prisma.sql`er."opensAt" >= ${from}`);
  }
  if (to) {
    responses.push(Prisma.sql`r."answeredMonth" < ${nextMonth(to)}::date`);
    requests.push(Prisma.sql`er."opensAt" < ${nextMonth(to)}`);
  }
  return { responses: Prisma.join(responses, " AND "), requests: Prisma.join(requests, " AND ") };
}

/**
 * Evaluation results for a scope, aggregated in the database (jsonb): the response rate, per scale question the average
 * and the counts of 1–5, per choice question the counts, and (for L&D) the text answers. Anonymity: with fewer than 5
 * responses in scope nothing but their number leaves this function; answers carry no person and only a month.
 */
export async function evaluationResults(viewer: Pick<Actor, "id" | "roles">, filter: EvaluationResultsFilter, asOf: Date, locale: string): Promise<EvaluationResults> {
  const view = await resultsView(viewer, filter.trainerId);
  const where = scope(filter, view.trainerId);
  const [{ responses }] = await db.$queryRaw<[{ responses: number }]>`SELECT count(*)::int AS responses FROM "EvaluationResponse" r WHERE ${where.responses}`;
  if (!visible(responses)) return { hidden: true, responses };

  const [[{ requests }], questionnaires, scales, choices] = await Promise.all([
    db.$queryRaw<[{ requests: number }]>`
      SELECT count(*)::int AS requests FROM "EvaluationRequest" er LEFT JOIN "CourseSession" cs ON cs.id = er."sessionId"
      WHERE ${where.requests} AND er."opensAt" <= ${asOf}`,
    db.$queryRaw<{ questions: unknown; followUp: unknown }[]>`
      SELECT q.questions, q."followUp" FROM "Questionnaire" q
      WHERE q.id IN (SELECT DISTINCT r."questionnaireId" FROM "EvaluationResponse" r WHERE ${where.responses}) ORDER BY q."createdAt", q.id`,
    db.$queryRaw<{ key: string; value: number; count: number }[]>`
      SELECT a.key, (a.value #>> '{}')::numeric::int AS value, count(*)::int AS count
      FROM "EvaluationResponse" r CROSS JOIN LATERAL jsonb_each(r.answers) a
      WHERE ${where.responses} AND jsonb_typeof(a.value) = 'number' GROUP BY 1, 2`,
    db.$queryRaw<{ key: string; value: string; count: number }[]>`
      SELECT a.key, a.value #>> '{}' AS value, count(*)::int AS count
      FROM "EvaluationResponse" r CROSS JOIN LATERAL jsonb_each(r.answers) a
      WHERE ${where.responses} AND jsonb_typeof(a.value) = 'string' AND length(a.value #>> '{}') <= 40 GROUP BY 1, 2`,
  ]);

  // The questions asked in scope, in their questionnaire's order (the first definition of an id wins).
  const asked = new Map<string, Question>();
  for (const q of questionnaires) {
    for (const question of questionsFor(filter.kind, { questions: parseQuestions(q.questions), followUp: parseFollowUp(q.followUp) })) {
      if (!asked.has(question.id)) asked.set(question.id, question);
    }
  }
  const questions: (ScaleResult | ChoiceResult)[] = [];
  for (const q of asked.values()) {
    if (q.kind === "scale") {
      questions.push({ id: q.id, kind: "scale", label: localized(q.text, locale), ...scaleSummary(scales.filter((s) => s.key === q.id)) });
    } else if (q.kind === "choice") {
      const counts = new Map(choices.filter((c) => c.key === q.id).map((c) => [c.value, c.count]));
      const options = (q.options ?? []).map((o) => ({ value: o.value, label: localized(o.text, locale), count: counts.get(o.value) ?? 0 }));
      questions.push({ id: q.id, kind: "choice", label: localized(q.text, locale), count: options.reduce((a, o) => a + o.count, 0), options });
    }
  }

  let comments: CommentResult[] | null = null;
  if (view.comments) {
    const textIds = [...asked.values()].filter((q) => q.kind === "text").map((q) => q.id);
    const texts = textIds.length
      ? await db.$queryRaw<{ key: string; text: string }[]>`
          SELECT a.key, a.value #>> '{}' AS text
          FROM "EvaluationResponse" r CROSS JOIN LATERAL jsonb_each(r.answers) a
          WHERE ${where.responses} AND a.key = ANY(${textIds}::text[]) AND jsonb_typeof(a.value) = 'string'
          -- newest month first, and within a month an order unrelated to when each was written
          ORDER BY r."answeredMonth" DESC, md5(a.value #>> '{}')
          LIMIT ${MAX_COMMENTS}`
      : [];
    comments = textIds.map((id) => ({ id, label: localized(asked.get(id)!.text, locale), texts: texts.filter((t) => t.key === id).map((t) => t.text) }));
  }
  return { hidden: false, responses, requests, rate: responseRate(responses, requests), questions, comments };
}

export type ResultFilterOptions = {
  courses: { id: string; title: string }[];
  sessions: { id: string; startsAt: Date; timeZone: string }[];
  trainers: { id: string; fullName: string }[];
  categories: { id: string; name: string }[];
};

/** The choices of the results filters: what has evaluation requests (a trainer: only their own sessions'). */
export async function resultFilterOptions(viewer: Pick<Actor, "id" | "roles">, courseId: string | undefined, asOf: Date, locale: string): Promise<ResultFilterOptions> {
  const view = await resultsView(viewer, undefined);
  const mine = view.trainerId ? Prisma.sql`AND cs."trainerId" = ${view.trainerId}` : Prisma.empty;
  const join = view.trainerId ? Prisma.sql`JOIN "CourseSession" cs ON cs.id = er."sessionId"` : Prisma.empty;
  const [courses, categories, trainers, sessions] = await Promise.all([
    db.$queryRaw<{ id: string; title: string; translations: unknown; baseLocale: string }[]>`
      SELECT c.id, c.title, c.translations, c."baseLocale" FROM "Course" c
      WHERE c.id IN (SELECT er."courseId" FROM "EvaluationRequest" er ${join} WHERE TRUE ${mine}) ORDER BY c.title`,
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT g.id, g.name FROM "Category" g
      WHERE g.id IN (SELECT er."categoryId" FROM "EvaluationRequest" er ${join} WHERE TRUE ${mine}) ORDER BY g.name`,
    view.trainerId
      ? db.staff.findMany({ where: { id: view.trainerId }, select: { id: true, fullName: true } })
      : db.$queryRaw<{ id: string; fullName: string }[]>`
          SELECT s.id, s."fullName" FROM "Staff" s
          WHERE s.id IN (SELECT cs."trainerId" FROM "CourseSession" cs JOIN "EvaluationRequest" er ON er."sessionId" = cs.id) ORDER BY s."fullName"`,
    courseId
      ? db.courseSession.findMany({
          where: { courseId, ...(view.trainerId ? { trainerId: view.trainerId } : {}), startsAt: { lte: asOf } },
          orderBy: { startsAt: "desc" },
          take: 100,
          select: { id: true, startsAt: true, timeZone: true },
        })
      : Promise.resolve([]),
  ]);
  return { courses: courses.map((c) => ({ id: c.id, title: courseTitleIn(c, locale) })), sessions, trainers, categories };
}
