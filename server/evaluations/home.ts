import "server-only";
import { ensureEvaluationRequests, myEvaluations } from "~/server/evaluations/requests";

export type EvaluationsHome = { first: { id: string; course: string }; more: number } | null;

/** For the home page: the newest open evaluation and how many more wait; null when none (the card then shows nothing). */
export async function evaluationsForHome(staffId: string, asOf: Date, locale: string): Promise<EvaluationsHome> {
  await ensureEvaluationRequests({ staffId, asOf });
  const { open } = await myEvaluations(staffId, asOf, locale);
  const first = open[0];
  return first ? { first: { id: first.id, course: first.course }, more: open.length - 1 } : null;
}
