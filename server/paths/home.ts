import "server-only";
import { db } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import { doneStepIds } from "~/server/paths/step-status";
import { syncPathCompletions } from "~/server/paths/completion";
import { PATH_SELECT, viewPath } from "~/server/paths/learner";

export type HomePath = {
  code: string;
  title: string;
  done: number;
  required: number;
  /** the step to take next; null when every open step is optional (should not happen for an incomplete path) */
  next: { title: string; href: string; external: boolean } | null;
};

/** The home page's card: each path the person is enrolled in and has not completed, with its next step. */
export async function pathsForHome(staffId: string, asOf: Date, locale: string): Promise<HomePath[]> {
  await syncPathCompletions({ staffId }, asOf);
  const enrolments = await db.pathEnrolment.findMany({
    where: { staffId, completedAt: null, withdrawnAt: null, path: { status: "PUBLISHED" } },
    select: { enrolledAt: true, completedAt: true, origin: true, path: { select: PATH_SELECT } },
    orderBy: { enrolledAt: "asc" },
  });
  if (enrolments.length === 0) return [];
  const done = await doneStepIds(staffId, toIsoDate(asOf), enrolments.map((e) => e.path.id));
  return enrolments.map((e) => {
    const v = viewPath(e.path, done, { enrolledAt: e.enrolledAt, completedAt: e.completedAt, origin: e.origin }, locale);
    const step = v.progress.next === null ? null : v.steps[v.progress.next]!;
    return {
      code: v.code,
      title: v.title,
      done: v.progress.done,
      required: v.progress.required,
      next: step ? { title: step.title, href: step.href ?? `/paths/${v.code}`, external: step.external && !!step.href } : null,
    };
  });
}
