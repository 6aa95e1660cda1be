import "server-only";
import { db } from "~/server/db";
import { ensureEvaluationRequests } from "~/server/evaluations/requests";
import { queueEvaluationMails } from "~/server/evaluations/mail";
import { courseTitleIn } from "~/server/evaluations/words";

/** An unanswered evaluation is reminded once, this many days after it opened. */
export const REMIND_AFTER_DAYS = 7;
/** … and not when it opened longer ago than this: a stale request is left alone rather than nagged about. */
export const REMIND_WITHIN_DAYS = 30;

export type EvaluationsDailyResult = { requestsCreated: number; reminded: number };

/**
 * The daily evaluation work: create the requests of recent participations for everyone, then remind — once at most —
 * each request open for 7 to 30 days and neither answered nor declined. The reminder is claimed (remindedAt set) in
 * the statement that picks it, and its mail and notification are written in the same transaction under a dedupe key:
 * a second run, or two concurrent ones, send nothing more.
 */
export async function runEvaluationsDaily(asOf: Date): Promise<EvaluationsDailyResult> {
  const { created } = await ensureEvaluationRequests({ asOf });
  const cutoff = new Date(asOf.getTime() - REMIND_AFTER_DAYS * 86_400_000);
  const oldest = new Date(asOf.getTime() - REMIND_WITHIN_DAYS * 86_400_000);
  const reminded = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; email: string; fullName: string; locale: string; title: string; translations: unknown; baseLocale: string }[]>`
      WITH claimed AS (
        UPDATE "EvaluationRequest" er SET "remindedAt" = ${asOf}
        FROM "Staff" s
        WHERE s.id = er."staffId" AND s.active
          AND er."opensAt" <= ${cutoff} AND er."opensAt" > ${oldest} AND er."answeredAt" IS NULL AND er."declinedAt" IS NULL AND er."remindedAt" IS NULL
        RETURNING er.id, er."courseId", s.email, s."fullName", s.locale
      )
      SELECT k.id, k.email, k."fullName", k.locale, c.title, c.translations, c."baseLocale"
      FROM claimed k JOIN "Course" c ON c.id = k."courseId"`;
    await queueEvaluationMails(
      tx,
      due.map((d) => ({
        to: d.email,
        template: "reminder" as const,
        values: { name: d.fullName, course: courseTitleIn(d, d.locale) },
        path: `/evaluations/${d.id}`,
        dedupeKey: `evaluation-reminder:${d.id}`,
        locale: d.locale,
      })),
    );
    return due.length;
  });
  return { requestsCreated: created, reminded };
}
