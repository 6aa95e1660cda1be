/**
 * The path completion rule, pure: which steps are done, which one is next, which are still locked, and whether the
 * path is complete. The database computes "done" per step (server/paths/step-status.ts); this decides what it means.
 *
 * - A path is complete when `requiredSteps` of its steps are done (null = every step), and it has at least one step.
 * - SEQUENTIAL: a step opens only when every earlier step is done (the first open, undone step is "next"; the undone
 *   steps after it are "locked"). A step done out of order (a course completed before enrolling) still counts.
 * - FREE: every undone step is open; the first of them is "next".
 * - Once complete, nothing is locked and nothing is "next": the remaining steps stay open, as optional.
 */

export type PathOrderKind = "SEQUENTIAL" | "FREE";
export type StepState = "done" | "next" | "open" | "locked";

export type PathProgress = {
  states: StepState[];
  done: number;
  /** how many steps the path asks for (requiredSteps, capped at the number of steps) */
  required: number;
  total: number;
  complete: boolean;
  /** index of the next step, or null (complete, or no steps) */
  next: number | null;
};

/** How many steps complete a path: every one, or N of them (never more than there are, never fewer than one). */
export function requiredCount(total: number, requiredSteps: number | null): number {
  if (requiredSteps === null) return total;
  return Math.max(1, Math.min(total, requiredSteps));
}

export function pathProgress(done: readonly boolean[], order: PathOrderKind, requiredSteps: number | null): PathProgress {
  const total = done.length;
  const doneCount = done.filter(Boolean).length;
  const required = requiredCount(total, requiredSteps);
  const complete = total > 0 && doneCount >= required;
  let next: number | null = null;
  let blocked = false;
  const states = done.map((d, i): StepState => {
    if (d) return "done";
    if (complete) return "open";
    if (order === "SEQUENTIAL") {
      if (blocked) return "locked";
      blocked = true;
      next = i;
      return "next";
    }
    if (next === null) {
      next = i;
      return "next";
    }
    return "open";
  });
  return { states, done: doneCount, required, total, complete, next };
}

/** Whether a learner may start the step now (done steps stay reachable, to revisit). */
export function stepIsOpen(state: StepState): boolean {
  return state !== "locked";
}
