import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createRng } from "./random";
import { seedOrganisation } from "./organisation";
import { seedCourses } from "./courses";
import { explainCourseProgress } from "~/server/courses/progress";

const db = testDb();

describe("the demo course history", () => {
  it("seeds completions of the mandatory courses into the ledger, leaving the demo learner's BSAFE due", { timeout: 120_000 }, async () => {
    const asOf = new Date("2026-11-24T10:00:00Z");
    const org = await seedOrganisation(createRng(20200630), asOf);
    const result = await seedCourses({ staff: org.staff, demo: org.demo, asOf, log: console.log });
    expect(result.underway).toBeGreaterThan(100);

    const byCourse = await db.$queryRaw<{ code: string; n: bigint; first: Date; last: Date }[]>`
      SELECT c.code, count(*) AS n, min(r."endDate") AS first, max(r."endDate") AS last
      FROM "TrainingRecord" r JOIN "Course" c ON c.id = r."courseId" GROUP BY c.code`;
    const n = Object.fromEntries(byCourse.map((r) => [r.code, Number(r.n)]));
    expect(n.WT).toBeGreaterThan(1150);
    expect(n.WT).toBeLessThan(1450);
    expect(n.BSAFE).toBeGreaterThan(780);
    expect(n.BSAFE).toBeLessThan(1050);
    expect(n.AFA).toBeGreaterThan(520);
    expect(n.AFA).toBeLessThan(700);
    for (const r of byCourse) {
      expect(r.first.getTime()).toBeGreaterThanOrEqual(new Date("2019-01-01").getTime());
      expect(r.last.getTime()).toBeLessThanOrEqual(asOf.getTime());
    }
    // Every completed progress cycle has exactly its one ledger row; recertifications are separate rows.
    const completed = await db.courseProgress.count({ where: { completedAt: { not: null } } });
    expect(await db.trainingRecord.count()).toBe(completed);
    expect(await db.courseProgress.count({ where: { cycle: 2, course: { code: "BSAFE" } } })).toBeGreaterThan(100);
    // No one completes before their hire date.
    const early = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "TrainingRecord" r JOIN "Staff" s ON s.id = r."staffId" WHERE r."startDate" < s."hireDate"`;
    expect(Number(early[0]!.n)).toBe(0);

    const amina = org.demo.LEARNER;
    const bsafe = await db.course.findUniqueOrThrow({ where: { code: "BSAFE" } });
    expect(await explainCourseProgress(amina.id, bsafe.id)).toMatchObject({ started: false, completed: false, lessonsDone: 0 });
    expect(await db.trainingRecord.count({ where: { staffId: amina.id, course: { code: "WT" } } })).toBe(1);
    // People under way have lessons done and no ledger row.
    const underway = await db.courseProgress.findFirstOrThrow({ where: { completedAt: null }, select: { staffId: true, courseId: true } });
    const why = await explainCourseProgress(underway.staffId, underway.courseId);
    expect(why.started && !why.completed && why.missingLessons.length > 0).toBe(true);
  });
});
