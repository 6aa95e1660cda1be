import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import type { GrantAttemptInput } from "~/lib/schemas/courses";
import { quizWindow, type QuizWindow } from "~/server/courses/quiz-rules";

// L&D's side of the quiz rules: who is stuck at a course's quiz, and one more attempt for a person (recorded with
// who granted it, when and why: a QuizAttemptGrant row, written only here, and the audit trail).

/**
 * One more attempt at a quiz for a person in their current cycle, at once (also while they wait). Refused when the
 * cycle is over, the quiz is passed, or the person still has an attempt: a grant is for someone who is stuck.
 */
export async function grantAttempt(actor: Pick<Actor, "id">, input: GrantAttemptInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    // The learner's own steps lock this row too: a grant never interleaves with an attempt being submitted.
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CourseProgress" WHERE id = ${input.progressId} FOR UPDATE`;
    if (rows.length === 0) throw new AppError("NOT_FOUND", "courses.grant.notFound");
    const progress = await tx.courseProgress.findUniqueOrThrow({
      where: { id: input.progressId },
      select: { id: true, staffId: true, versionId: true, completedAt: true, course: { select: { id: true, quizAttempts: true, quizWaitHours: true } } },
    });
    const lesson = await tx.lesson.findUnique({ where: { id: input.lessonId }, select: { id: true, kind: true, versionId: true, title: true } });
    if (!lesson || lesson.kind !== "QUIZ" || lesson.versionId !== progress.versionId) throw new AppError("NOT_FOUND", "courses.grant.notFound");
    if (progress.completedAt) throw new AppError("CONFLICT", "courses.grant.completed");
    const where = { progressId: progress.id, lessonId: lesson.id };
    const attempts = await tx.quizAttempt.findMany({ where: { ...where, submittedAt: { not: null } }, select: { submittedAt: true, passed: true } });
    const grants = await tx.quizAttemptGrant.findMany({ where, select: { grantedAt: true } });
    if (attempts.some((a) => a.passed)) throw new AppError("CONFLICT", "courses.grant.passed");
    const window = quizWindow(
      { attempts: progress.course.quizAttempts, waitHours: progress.course.quizWaitHours },
      attempts.map((a) => ({ submittedAt: a.submittedAt! })),
      grants,
      asOf,
    );
    if (window.state === "open") throw new AppError("CONFLICT", "courses.grant.notNeeded", { left: window.attemptsLeft ?? -1 });
    const grant = await tx.quizAttemptGrant.create({
      data: { ...where, grantedById: actor.id, grantedAt: asOf, reason: input.reason },
      select: { id: true, grantedAt: true },
    });
    await audit(tx, actor, "quiz.grantAttempt", "CourseProgress", progress.id, {
      reason: input.reason,
      data: { staffId: progress.staffId, courseId: progress.course.id, lessonId: lesson.id, grantId: grant.id },
    });
    return grant;
  });
}

export type QuizLearnerRow = {
  progressId: string;
  lessonId: string;
  lessonTitle: string;
  staff: { id: string; fullName: string; email: string };
  cycle: number;
  attempts: number;
  bestScore: number;
  lastAttemptAt: Date;
  window: QuizWindow;
  grants: { grantedAt: Date; reason: string; grantedBy: string }[];
};

/**
 * The people under way in a course who have attempted its quiz and not passed it yet, in their current cycle (a
 * cycle not completed is always the person's latest), those who cannot try now first. Three queries whatever the
 * number of learners; the rule itself is the pure quizWindow.
 */
export async function listQuizLearners(courseId: string, asOf: Date = new Date()) {
  const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true, code: true, title: true, quizAttempts: true, quizWaitHours: true } });
  if (!course) return null;
  const [attempts, grants] = await Promise.all([
    db.quizAttempt.findMany({
      where: { submittedAt: { not: null }, progress: { courseId, completedAt: null } },
      orderBy: { submittedAt: "asc" },
      select: {
        progressId: true, lessonId: true, score: true, passed: true, submittedAt: true,
        lesson: { select: { title: true } },
        progress: { select: { cycle: true, staff: { select: { id: true, fullName: true, email: true } } } },
      },
    }),
    db.quizAttemptGrant.findMany({
      where: { progress: { courseId, completedAt: null } },
      orderBy: { grantedAt: "asc" },
      select: { progressId: true, lessonId: true, grantedAt: true, reason: true, grantedBy: { select: { fullName: true } } },
    }),
  ]);
  const key = (a: { progressId: string; lessonId: string }) => `${a.progressId}:${a.lessonId}`;
  const groups = new Map<string, typeof attempts>();
  for (const a of attempts) groups.set(key(a), [...(groups.get(key(a)) ?? []), a]);
  const grantsBy = new Map<string, typeof grants>();
  for (const g of grants) grantsBy.set(key(g), [...(grantsBy.get(key(g)) ?? []), g]);
  const rules = { attempts: course.quizAttempts, waitHours: course.quizWaitHours };
  const rows: QuizLearnerRow[] = [];
  for (const [k, list] of groups) {
    if (list.some((a) => a.passed)) continue;
    const first = list[0]!;
    const given = grantsBy.get(k) ?? [];
    rows.push({
      progressId: first.progressId,
      lessonId: first.lessonId,
      lessonTitle: first.lesson.title,
      staff: first.progress.staff,
      cycle: first.progress.cycle,
      attempts: list.length,
      bestScore: Math.max(...list.map((a) => a.score ?? 0)),
      lastAttemptAt: list.at(-1)!.submittedAt!,
      window: quizWindow(rules, list.map((a) => ({ submittedAt: a.submittedAt! })), given, asOf),
      grants: given.map((g) => ({ grantedAt: g.grantedAt, reason: g.reason, grantedBy: g.grantedBy.fullName })),
    });
  }
  const rank = (r: QuizLearnerRow) => (r.window.state === "open" ? 1 : 0);
  rows.sort((a, b) => rank(a) - rank(b) || b.lastAttemptAt.getTime() - a.lastAttemptAt.getTime());
  return { course, rows };
}
