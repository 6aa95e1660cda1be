import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import type { IsoDate } from "~/lib/dates";

/**
 * Which path steps people have done on a day, for many people at once, in one query (no loop per person or step).
 *
 * A COURSE step is done by a COMPLETED or ATTENDED participation in the ledger for that course, whatever the course's
 * mode (online, SCORM, video, a session of a classroom or virtual course — attending any session of it), ending on or
 * before `asOf`. A completion from before the person enrolled in the path counts (the learning was done; the path
 * should not make them repeat it), but one whose recertification has lapsed does not: a course with validityMonths
 * counts through endDate + validityMonths inclusive, as compliance reads it (server/compliance/state-query.ts).
 * An EXTERNAL step is done by an approved external-learning declaration naming the step (ExternalLearning.pathStepId).
 *
 * `pairs` is a query of (staff_id, path_id) rows: whose progress, in which paths.
 */
export function doneStepsSql(asOf: IsoDate, pairs: Prisma.Sql): Prisma.Sql {
  const day = Prisma.sql`${asOf}::date`;
  return Prisma.sql`
    SELECT pr.staff_id, s."pathId" AS path_id, s.id AS step_id
    FROM (${pairs}) pr
    JOIN "PathStep" s ON s."pathId" = pr.path_id
    WHERE (s.kind = 'COURSE' AND EXISTS (
            SELECT 1 FROM "TrainingRecord" t JOIN "Course" c ON c.id = t."courseId"
            WHERE t."staffId" = pr.staff_id AND t."courseId" = s."courseId"
              AND t.status IN ('COMPLETED', 'ATTENDED') AND t."endDate" <= ${day}
              AND (c."validityMonths" IS NULL OR ${day} <= (t."endDate" + make_interval(months => c."validityMonths"))::date)))
       OR (s.kind = 'EXTERNAL' AND EXISTS (
            SELECT 1 FROM "ExternalLearning" x
            WHERE x."staffId" = pr.staff_id AND x."pathStepId" = s.id AND x.status = 'APPROVED' AND x."endDate" <= ${day}))`;
}

/** One person's done steps in the given paths (all paths when none given): step ids. */
export async function doneStepIds(staffId: string, asOf: IsoDate, pathIds?: readonly string[]): Promise<Set<string>> {
  const pairs = pathIds
    ? Prisma.sql`SELECT ${staffId}::text AS staff_id, p.id AS path_id FROM "LearningPath" p WHERE p.id = ANY(${[...pathIds]}::text[])`
    : Prisma.sql`SELECT ${staffId}::text AS staff_id, p.id AS path_id FROM "LearningPath" p`;
  const rows = await db.$queryRaw<{ step_id: string }[]>`SELECT d.step_id FROM (${doneStepsSql(asOf, pairs)}) d`;
  return new Set(rows.map((r) => r.step_id));
}
