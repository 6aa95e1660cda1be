import "server-only";
import { shuffled } from "~/server/courses/grading";

// Pure quiz rules: what an attempt draws from the pool, and whether the learner may start one now.

export type PoolQuestion = { id: string; optionIds: readonly string[] };
export type Draw = { questionIds: string[]; optionIds: string[] };

/**
 * The questions of one attempt: `count` distinct questions of the pool (all when null or larger than the pool),
 * chosen at random by `seed`. With `shuffle` the questions and each question's options come in a random order;
 * without it they keep the pool's order. The same seed gives the same draw (tests; the server seeds each attempt
 * at random and stores the draw).
 */
export function drawAttempt(pool: readonly PoolQuestion[], opts: { count: number | null; shuffle: boolean }, seed: string): Draw {
  const n = opts.count === null ? pool.length : Math.max(0, Math.min(opts.count, pool.length));
  const picked = new Set(shuffled(pool, `${seed}:draw`).slice(0, n).map((q) => q.id));
  const inPool = pool.filter((q) => picked.has(q.id));
  const questions = opts.shuffle ? shuffled(inPool, `${seed}:order`) : inPool;
  return {
    questionIds: questions.map((q) => q.id),
    optionIds: questions.flatMap((q) => (opts.shuffle ? shuffled(q.optionIds, `${seed}:${q.id}`) : [...q.optionIds])),
  };
}

/** A course's quiz rules: attempts per set (null = unlimited), then hours to wait before the next set (null = until L&D grants one). */
export type QuizRules = { attempts: number | null; waitHours: number | null };

export type QuizWindow =
  | { state: "open"; attemptsLeft: number | null }
  | { state: "waiting"; attemptsLeft: 0; opensAt: Date }
  | { state: "closed"; attemptsLeft: 0 };

const HOUR = 3_600_000;

/**
 * Whether a learner may start an attempt at `asOf`, from the attempts submitted in this completion cycle and the
 * attempts L&D granted. Attempts come in sets of `rules.attempts`: when the last of a set fails, the quiz waits
 * `waitHours` from that submission and then opens a fresh set (with no waiting time set, it stays closed). A grant
 * adds one attempt at once, also while waiting. Pure: the caller passes the clock.
 */
export function quizWindow(rules: QuizRules, attempts: readonly { submittedAt: Date }[], grants: readonly { grantedAt: Date }[], asOf: Date): QuizWindow {
  const max = rules.attempts;
  if (max === null) return { state: "open", attemptsLeft: null };
  const events = [
    ...attempts.map((a) => ({ at: a.submittedAt.getTime(), grant: false })),
    ...grants.map((g) => ({ at: g.grantedAt.getTime(), grant: true })),
  ].sort((a, b) => a.at - b.at || Number(b.grant) - Number(a.grant));
  let left = max;
  // When the quiz opens again after a set is used up: a time, or null for "not by itself".
  let lockedUntil: number | null = null;
  const reopen = (at: number) => {
    if (left === 0 && lockedUntil !== null && lockedUntil <= at) {
      left = max;
      lockedUntil = null;
    }
  };
  for (const e of events) {
    reopen(e.at);
    if (e.grant) {
      left += 1;
      lockedUntil = null;
    } else {
      left = Math.max(0, left - 1);
      if (left === 0) lockedUntil = rules.waitHours === null ? null : e.at + rules.waitHours * HOUR;
    }
  }
  reopen(asOf.getTime());
  if (left > 0) return { state: "open", attemptsLeft: left };
  return lockedUntil === null ? { state: "closed", attemptsLeft: 0 } : { state: "waiting", attemptsLeft: 0, opensAt: new Date(lockedUntil) };
}
