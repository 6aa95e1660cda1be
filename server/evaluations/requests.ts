import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import { AppError } from "~/server/errors";
import { localized, type Question } from "~/lib/evaluations/questionnaire";
import { courseTitleIn } from "~/server/evaluations/words";
import { ensureDefaultQuestionnaire, questionsOf } from "~/server/evaluations/questionnaires";
import { getEvaluationSettings } from "~/server/evaluations/settings";

/** Participations ending this many days before `asOf` (or fewer) get evaluation requests. */
export const EVALUATION_WINDOW_DAYS = 90;

export type EnsureResult = { created: number };

/**
 * Creates the evaluation requests of recent participations — COMPLETED or ATTENDED, from an online course or a
 * session, ended in the last 90 days — in one set-based statement: a REACTION request for the learner (open from the
 * end date), and weeks later (setting) a follow-up for the learner and one for their manager, if any. Idempotent: the
 * unique (record, kind, person) makes a second run (or a concurrent one) write nothing. `staffId`: only the requests
 * this person answers (their own and their team's follow-ups), as run when they open their home or evaluations;
 * `learnerIds`: every request of these people's participations (their managers' follow-ups included).
 */
export async function ensureEvaluationRequests({ staffId, learnerIds, asOf }: { staffId?: string; learnerIds?: readonly string[]; asOf: Date }): Promise<EnsureResult> {
  await ensureDefaultQuestionnaire();
  const { followUpWeeks } = await getEvaluationSettings();
  // One person's: their own participations and their team's (for the manager's follow-up), found through indexes.
  const mine = staffId
    ? Prisma.sql`AND r."staffId" IN (SELECT ${staffId}::text UNION ALL SELECT t.id FROM "Staff" t WHERE t."managerId" = ${staffId})
        AND ((k.kind <> 'FOLLOW_UP_MANAGER' AND r."staffId" = ${staffId}) OR (k.kind = 'FOLLOW_UP_MANAGER' AND s."managerId" = ${staffId}))`
    : learnerIds
      ? Prisma.sql`AND r."staffId" = ANY(${[...learnerIds]}::text[])`
      : Prisma.empty;
  const created = await db.$executeRaw`
    INSERT INTO "EvaluationRequest" (id, kind, "trainingRecordId", "staffId", "questionnaireId", "courseId", "sessionId", "categoryId", "opensAt")
    SELECT 'evr_' || replace(gen_random_uuid()::text, '-', ''), k.kind::"EvaluationKind", r.id,
           CASE WHEN k.kind = 'FOLLOW_UP_MANAGER' THEN s."managerId" ELSE r."staffId" END,
           q.id, r."courseId", e."sessionId", r."categoryId",
           CASE WHEN k.kind = 'REACTION' THEN r."endDate"::timestamp ELSE r."endDate"::timestamp + make_interval(weeks => ${followUpWeeks}::int) END
    FROM "TrainingRecord" r
    JOIN "Staff" s ON s.id = r."staffId"
    LEFT JOIN "Enrollment" e ON r.source = 'SESSION' AND r."sourceKey" LIKE 'enrolment:%' AND e.id = substring(r."sourceKey" FROM 11)
    CROSS JOIN (VALUES ('REACTION'), ('FOLLOW_UP_LEARNER'), ('FOLLOW_UP_MANAGER')) AS k(kind)
    CROSS JOIN LATERAL (
      SELECT qq.id FROM "Questionnaire" qq
      WHERE (qq.scope = 'COURSE' AND qq."courseId" = r."courseId") OR (qq.scope = 'CATEGORY' AND qq."categoryId" = r."categoryId") OR qq.scope = 'DEFAULT'
      ORDER BY CASE qq.scope WHEN 'COURSE' THEN 0 WHEN 'CATEGORY' THEN 1 ELSE 2 END, qq."createdAt", qq.id
      LIMIT 1
    ) q
    WHERE r.status IN ('COMPLETED', 'ATTENDED')
      AND r.source IN ('ONLINE', 'SESSION')
      AND r."endDate" <= (${asOf}::timestamptz AT TIME ZONE 'UTC')::date
      AND r."endDate" > (${asOf}::timestamptz AT TIME ZONE 'UTC')::date - ${EVALUATION_WINDOW_DAYS}::int
      AND (k.kind <> 'FOLLOW_UP_MANAGER' OR s."managerId" IS NOT NULL)
      ${mine}
    ON CONFLICT ("trainingRecordId", kind, "staffId") DO NOTHING`;
  return { created };
}

export type MyEvaluation = {
  id: string;
  kind: "REACTION" | "FOLLOW_UP_LEARNER" | "FOLLOW_UP_MANAGER";
  course: string;
  /** the participation's end date */
  date: Date;
  /** for a manager's follow-up: whose participation */
  about: string | null;
  answered: boolean;
};

/** A person's open evaluations (open, unanswered, not declined) and answered ones — never the answers. */
export async function myEvaluations(staffId: string, asOf: Date, locale: string): Promise<{ open: MyEvaluation[]; answered: MyEvaluation[] }> {
  const rows = await db.$queryRaw<{ id: string; kind: MyEvaluation["kind"]; courseId: string; title: string; translations: unknown; baseLocale: string; endDate: Date; about: string | null; answeredAt: Date | null }[]>`
    SELECT er.id, er.kind::text AS kind, c.id AS "courseId", c.title, c.translations, c."baseLocale", r."endDate",
           CASE WHEN er.kind = 'FOLLOW_UP_MANAGER' THEN p."fullName" END AS about, er."answeredAt"
    FROM "EvaluationRequest" er
    JOIN "Course" c ON c.id = er."courseId"
    JOIN "TrainingRecord" r ON r.id = er."trainingRecordId"
    JOIN "Staff" p ON p.id = r."staffId"
    WHERE er."staffId" = ${staffId} AND er."opensAt" <= ${asOf}
      AND (er."answeredAt" IS NOT NULL OR er."declinedAt" IS NULL)
    ORDER BY er."answeredAt" DESC NULLS FIRST, er."opensAt" DESC, er.id
    LIMIT 200`;
  const items = rows.map((r) => ({ id: r.id, kind: r.kind, course: courseTitleIn(r, locale), date: r.endDate, about: r.about, answered: r.answeredAt !== null }));
  return { open: items.filter((i) => !i.answered), answered: items.filter((i) => i.answered) };
}

export type EvaluationForm = {
  id: string;
  kind: MyEvaluation["kind"];
  course: string;
  date: Date;
  about: string | null;
  opensAt: Date;
  answered: boolean;
  questions: (Question & { label: string; optionLabels: { value: string; label: string }[] })[];
};

/** One of the person's requests with its questions in their language; another person's is NOT_FOUND. */
export async function evaluationForm(staffId: string, requestId: string, locale: string): Promise<EvaluationForm> {
  const request = await db.evaluationRequest.findFirst({
    where: { id: requestId, staffId },
    select: { id: true, kind: true, questionnaireId: true, courseId: true, trainingRecordId: true, opensAt: true, answeredAt: true },
  });
  if (!request) throw new AppError("NOT_FOUND", "evaluations.notFound");
  const [course, record, questions] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: request.courseId }, select: { title: true, translations: true, baseLocale: true } }),
    db.trainingRecord.findUniqueOrThrow({ where: { id: request.trainingRecordId }, select: { endDate: true, staff: { select: { fullName: true } } } }),
    questionsOf(request.questionnaireId, request.kind),
  ]);
  return {
    id: request.id,
    kind: request.kind,
    course: courseTitleIn(course, locale),
    date: record.endDate,
    about: request.kind === "FOLLOW_UP_MANAGER" ? record.staff.fullName : null,
    opensAt: request.opensAt,
    answered: request.answeredAt !== null,
    questions: questions.map((q) => ({ ...q, label: localized(q.text, locale), optionLabels: (q.options ?? []).map((o) => ({ value: o.value, label: localized(o.text, locale) })) })),
  };
}
