import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { hasRole, type Actor } from "~/server/auth/roles";

export type ResultsView = {
  /** null: every trainer's; else only this trainer's sessions */
  trainerId: string | null;
  /** comments (free text) are L&D's only */
  comments: boolean;
};

/** Whether the person trains (or trained) any session: trainers see their own sessions' results. */
export async function isTrainer(staffId: string): Promise<boolean> {
  return (await db.courseSession.count({ where: { trainerId: staffId }, take: 1 })) > 0;
}

/**
 * Who sees which results: L&D and auditors everything (L&D alone the comments); a trainer only their own sessions',
 * without comments; anyone else nothing. Managers never see individual answers: no view shows one.
 */
export async function resultsView(viewer: Pick<Actor, "id" | "roles">, askedTrainerId: string | undefined): Promise<ResultsView> {
  if (hasRole(viewer, "LD_ADMIN", "AUDITOR")) return { trainerId: askedTrainerId ?? null, comments: hasRole(viewer, "LD_ADMIN") };
  if (!(await isTrainer(viewer.id))) throw new AppError("FORBIDDEN", "evaluations.resultsForbidden");
  if (askedTrainerId && askedTrainerId !== viewer.id) throw new AppError("FORBIDDEN", "evaluations.otherTrainer");
  return { trainerId: viewer.id, comments: false };
}
