import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import { toIsoDate } from "~/lib/dates";
import { localizePathText } from "~/lib/paths/text";
import { doneStepsSql } from "~/server/paths/step-status";
import { queuePathMails } from "~/server/paths/mail";
import { mailDate } from "~/server/mail/render";

/**
 * Records path completions: every open enrolment (not completed, not withdrawn) whose person has done the steps the
 * path asks for gets completedAt, once — one set-based UPDATE whose own WHERE re-checks `completedAt IS NULL`, so of
 * two concurrent syncs the second waits on the row lock and then skips it. The winner's transaction tells the learner
 * (mail + notification, deduplicated by the enrolment). Training days: a path adds none; its steps' participations
 * already counted in the ledger.
 */
export async function syncPathCompletions(scope: { staffId?: string; staffIds?: readonly string[]; pathId?: string }, asOf: Date): Promise<{ completed: number }> {
  const day = toIsoDate(asOf);
  const who = Prisma.sql`${scope.staffId ? Prisma.sql`AND e."staffId" = ${scope.staffId}` : Prisma.empty} ${
    scope.staffIds ? Prisma.sql`AND e."staffId" = ANY(${[...scope.staffIds]}::text[])` : Prisma.empty
  } ${scope.pathId ? Prisma.sql`AND e."pathId" = ${scope.pathId}` : Prisma.empty}`;
  const open = Prisma.sql`SELECT e."staffId" AS staff_id, e."pathId" AS path_id FROM "PathEnrolment" e WHERE e."completedAt" IS NULL AND e."withdrawnAt" IS NULL ${who}`;
  return db.$transaction(async (tx) => {
    const won = await tx.$queryRaw<{ id: string; staffId: string; pathId: string }[]>`
      WITH done AS (
        SELECT d.staff_id, d.path_id, count(*)::int AS n FROM (${doneStepsSql(day, open)}) d GROUP BY d.staff_id, d.path_id
      ),
      steps AS (
        SELECT s."pathId" AS path_id, count(*)::int AS total FROM "PathStep" s GROUP BY s."pathId"
      ),
      judged AS (
        SELECT e.id
        FROM "PathEnrolment" e
        JOIN "LearningPath" p ON p.id = e."pathId"
        JOIN steps st ON st.path_id = e."pathId"
        JOIN done d ON d.staff_id = e."staffId" AND d.path_id = e."pathId"
        WHERE e."completedAt" IS NULL AND e."withdrawnAt" IS NULL ${who}
          AND d.n >= LEAST(st.total, GREATEST(1, COALESCE(p."requiredSteps", st.total)))
      )
      UPDATE "PathEnrolment" e SET "completedAt" = ${asOf}, "updatedAt" = ${asOf}
      FROM judged j
      WHERE e.id = j.id AND e."completedAt" IS NULL AND e."withdrawnAt" IS NULL
      RETURNING e.id, e."staffId", e."pathId"`;
    if (won.length === 0) return { completed: 0 };
    const [people, paths] = await Promise.all([
      tx.staff.findMany({ where: { id: { in: [...new Set(won.map((w) => w.staffId))] } }, select: { id: true, email: true, locale: true } }),
      tx.learningPath.findMany({ where: { id: { in: [...new Set(won.map((w) => w.pathId))] } }, select: { id: true, code: true, title: true, translations: true } }),
    ]);
    const person = new Map(people.map((p) => [p.id, p]));
    const path = new Map(paths.map((p) => [p.id, p]));
    await queuePathMails(
      tx,
      won.flatMap((w) => {
        const s = person.get(w.staffId);
        const p = path.get(w.pathId);
        if (!s || !p) return [];
        return [{
          to: s.email,
          template: "completed" as const,
          values: { path: localizePathText(p, s.locale).title, date: mailDate(asOf, s.locale) },
          path: `/paths/${p.code}`,
          dedupeKey: `path-completed:${w.id}`,
        }];
      }),
    );
    return { completed: won.length };
  });
}

/** The daily run: records every completion reached since (idempotent: a second run the same day records nothing). */
export async function runPathsDaily(asOf: Date): Promise<{ completed: number }> {
  return syncPathCompletions({}, asOf);
}
