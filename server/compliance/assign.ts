// No "server-only" marker: the daily reminder run calls it, from the job worker and from the CLI.
import type { PrismaClient } from "~/server/generated/prisma/client";

/** Pairs per transaction: each holds one advisory lock per pair, and PostgreSQL's lock table is finite. */
const CHUNK = 1_000;

/**
 * Opens an enrolment (origin REQUIREMENT) for each (person, course) pair given: the daily reminder run passes the
 * people due or overdue with a published online mandatory course and no open enrolment in it, read in the same
 * state query as its reminders. Set-based, in transactions of CHUNK pairs (the first run on a large organisation has
 * 100,000s of pairs: one transaction would run out of lock memory). Each pair is locked with the same advisory lock
 * a learner's own "Start the course" takes, and re-checked under it, so nobody ends up with two open enrolments;
 * rerunning it (the same day, or after a crash part-way) enrols nobody twice. Returns how many enrolments it opened.
 */
export async function enrolRequiredLearners(db: PrismaClient, wanted: readonly { staffId: string; courseId: string }[]): Promise<number> {
  // One pair per person and course (two requirements may name the same course), sorted so locks are taken in order.
  const pairs = [...new Map(wanted.map((p) => [`${p.staffId}:${p.courseId}`, p])).values()].sort(
    (a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : a.courseId < b.courseId ? -1 : a.courseId > b.courseId ? 1 : 0),
  );
  let opened = 0;
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    const staffIds = chunk.map((p) => p.staffId);
    const courseIds = chunk.map((p) => p.courseId);
    opened += await db.$transaction(
      async (tx) => {
        // In a fixed order, so two runs at once cannot deadlock.
        await tx.$executeRaw`
          SELECT pg_advisory_xact_lock(hashtext('enrol:' || p.s || ':' || p.c))
          FROM unnest(${staffIds}::text[], ${courseIds}::text[]) AS p(s, c) ORDER BY p.s, p.c`;
        // Re-checked under the locks: someone may have started the course since the first read.
        return tx.$executeRaw`
          WITH opened AS (
            INSERT INTO "Enrollment" (id, "staffId", "courseId", state, origin, "stateChangedAt", "createdAt", "updatedAt")
            SELECT 'enr_' || replace(gen_random_uuid()::text, '-', ''), p.s, p.c, 'ENROLLED', 'REQUIREMENT', now(), now(), now()
            FROM unnest(${staffIds}::text[], ${courseIds}::text[]) AS p(s, c)
            WHERE NOT EXISTS (
              SELECT 1 FROM "Enrollment" e WHERE e."staffId" = p.s AND e."courseId" = p.c AND e.state IN ('ENROLLED', 'IN_PROGRESS'))
            RETURNING id
          )
          INSERT INTO "EnrollmentEvent" (id, "enrollmentId", state, note, at)
          SELECT 'eev_' || replace(gen_random_uuid()::text, '-', ''), id, 'ENROLLED', 'Mandatory training: enrolled by the requirement', now()
          FROM opened`;
      },
      { timeout: 60_000 },
    );
  }
  // A mass enrolment (the first run on an organisation) changes the table's shape faster than autovacuum notices:
  // without fresh statistics the next run's anti-join planned as a nested loop took 34 s for 15,000 people.
  if (opened >= CHUNK) await db.$executeRawUnsafe(`ANALYZE "Enrollment"`);
  return opened;
}
