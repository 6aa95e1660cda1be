import "server-only";
/**
 * MentorNet cohort matching round, pure: the caller loads mentees, mentors and the forbidden
 * pairs, this module decides the pairings and explains them. Two algorithms, chosen by the admin:
 *
 * - DEFERRED_ACCEPTANCE: mentee-proposing Gale–Shapley with mentor capacities. Mentees propose
 *   only to mentors they ranked; a mentor keeps the proposals with the best fit (compatibility
 *   without the choice bonus), ties to the smaller mentee id. Stable, mentee-optimal, and no
 *   mentee gains by misreporting their ranking.
 * - OPTIMAL: maximise first the number of mentees matched, then the total compatibility score
 *   (choice bonus included) over all mentor slots. By default a mentee only gets a mentor they
 *   ranked (`rankedOnly`); with `rankedOnly: false` any eligible mentor may be assigned.
 *
 * Hard constraints hold in both: never the mentee themself, never anyone in their reporting line
 * (`managerChain` and the caller's `forbidden` pairs), never a paused or capacity-0 mentor, never
 * more mentees than a mentor's capacity.
 *
 * Scores are compared at a resolution of 0.001 point (weights like 0.1 would otherwise let float
 * noise break ties), and pairing scores are reported at that resolution too.
 */
import { maxWeightMaxCardinalityAssignment } from "~/server/mentoring/assignment";
import { DEFAULT_WEIGHTS, prepareMentee, prepareMentor, scorePrepared } from "~/server/mentoring/compatibility";
import type {
  MatchMentee,
  MatchMentor,
  MatchReason,
  MatchWeights,
  PreparedMentee,
  PreparedMentor,
} from "~/server/mentoring/compatibility";
import { proposerOptimalStableMatching } from "~/server/mentoring/deferred-acceptance";

/** menteeId → mentor ids that mentee must never be paired with (reporting line, conflicts…). */
export type ForbiddenPairs = ReadonlyMap<string, ReadonlySet<string>>;

export type MatchingAlgorithm = "DEFERRED_ACCEPTANCE" | "OPTIMAL";

export type MatchRoundInput = {
  mentees: readonly MatchMentee[];
  mentors: readonly MatchMentor[];
  weights?: MatchWeights;
  forbidden?: ForbiddenPairs;
};

export type OptimalAssignmentInput = MatchRoundInput & {
  /** Only assign mentors the mentee ranked (default true). */
  rankedOnly?: boolean;
};

/** `rankedOnly` only concerns OPTIMAL: deferred acceptance never assigns an unranked mentor. */
export type RunMatchingInput = OptimalAssignmentInput & { algorithm: MatchingAlgorithm };

export type Pairing = {
  menteeId: string;
  mentorId: string;
  /** Compatibility including the choice bonus, at 0.001 resolution. */
  score: number;
  /** 1-based position of the mentor in the mentee's ranking, null when unranked. */
  choice: number | null;
  reasons: MatchReason[];
};

export type MatchResult = {
  algorithm: MatchingAlgorithm;
  /** Sorted by mentee id. */
  pairings: Pairing[];
  /** Sorted. */
  unmatchedMenteeIds: string[];
};

export type MatchingMetrics = {
  matched: number;
  unmatchedMenteeIds: string[];
  firstChoice: number;
  top3: number;
  /** Mean score of the matched pairs; null when nobody is matched. */
  averageScore: number | null;
  pairs: Pairing[];
};

export type MentorSuggestion = {
  mentorId: string;
  score: number;
  reasons: MatchReason[];
};

const SCORE_SCALE = 1000;
const toScaled = (score: number) => Math.round(score * SCORE_SCALE);

// Code-unit order, not localeCompare: the same ids must sort the same on every server.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Everyone above `menteeId` in the reporting line, nearest first in iteration order.
 * Stops at a repeated id, so a cycle in HR data cannot hang the round.
 */
export function reportingLineForbidden(menteeId: string, managerOf: ReadonlyMap<string, string | null>): Set<string> {
  const above = new Set<string>();
  let current = managerOf.get(menteeId) ?? null;
  while (current !== null && current !== menteeId && !above.has(current)) {
    above.add(current);
    current = managerOf.get(current) ?? null;
  }
  return above;
}

/** Hard constraint on one pair; `forbiddenForMentee` is that mentee's entry of ForbiddenPairs. */
export function isPairingForbidden(
  mentee: Pick<MatchMentee, "id" | "managerChain">,
  mentorId: string,
  forbiddenForMentee?: ReadonlySet<string>,
): boolean {
  return (
    mentee.id === mentorId ||
    (mentee.managerChain?.includes(mentorId) ?? false) ||
    (forbiddenForMentee?.has(mentorId) ?? false)
  );
}

/** Mentees a mentor may take this round: 0 when paused or when the capacity is not a positive number. */
export function effectiveCapacity(mentor: Pick<MatchMentor, "capacity" | "paused">): number {
  if (mentor.paused) return 0;
  return Number.isFinite(mentor.capacity) ? Math.max(0, Math.floor(mentor.capacity)) : 0;
}

type Round = {
  weights: MatchWeights;
  mentees: PreparedMentee[];
  mentors: PreparedMentor[];
  capacities: Int32Array;
  /** per mentee: mentor ids never allowed (self, reporting line, caller's pairs) */
  blocked: Set<string>[];
  /** per mentee: indices of ranked mentors that are eligible, best choice first */
  rankedEligible: number[][];
};

function uniqueSorted<T extends { id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => byId(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new RangeError(`Duplicate ${what} id "${sorted[i]!.id}".`);
  }
  return sorted;
}

// Inputs are sorted by id first, so results never depend on the order the database returned rows.
function prepareRound(input: MatchRoundInput): Round {
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  const mentees = uniqueSorted(input.mentees, "mentee").map(prepareMentee);
  const mentors = uniqueSorted(input.mentors, "mentor").map(prepareMentor);
  const mentorIndex = new Map(mentors.map((m, j) => [m.mentor.id, j]));
  const capacities = Int32Array.from(mentors, (m) => effectiveCapacity(m.mentor));

  const blocked = mentees.map(({ mentee }) => {
    const set = new Set<string>(mentee.managerChain ?? []);
    set.add(mentee.id);
    for (const id of input.forbidden?.get(mentee.id) ?? []) set.add(id);
    return set;
  });

  const rankedEligible = mentees.map((pm, i) => {
    const list: number[] = [];
    for (const mentorId of pm.choiceOf.keys()) {
      const j = mentorIndex.get(mentorId);
      if (j !== undefined && capacities[j]! > 0 && !blocked[i]!.has(mentorId)) list.push(j);
    }
    return list;
  });

  return { weights, mentees, mentors, capacities, blocked, rankedEligible };
}

function toResult(round: Round, algorithm: MatchingAlgorithm, assigned: Int32Array): MatchResult {
  const pairings: Pairing[] = [];
  const unmatchedMenteeIds: string[] = [];
  round.mentees.forEach((pm, i) => {
    const j = assigned[i]!;
    if (j < 0) {
      unmatchedMenteeIds.push(pm.mentee.id);
      return;
    }
    const pt = round.mentors[j]!;
    const reasons: MatchReason[] = [];
    const score = scorePrepared(pm, pt, round.weights, { withChoice: true, reasons });
    pairings.push({
      menteeId: pm.mentee.id,
      mentorId: pt.mentor.id,
      score: toScaled(score) / SCORE_SCALE,
      choice: pm.choiceOf.get(pt.mentor.id) ?? null,
      reasons,
    });
  });
  return { algorithm, pairings, unmatchedMenteeIds };
}

/** Mentee-proposing deferred acceptance over the mentees' rankings (see the module comment). */
export function deferredAcceptance(input: MatchRoundInput): MatchResult {
  const round = prepareRound(input);
  // A mentor only ever compares mentees who ranked them, so fit is needed for ranked pairs only.
  const fit = round.rankedEligible.map(
    (list, i) =>
      new Map(
        list.map((j) => [
          j,
          toScaled(scorePrepared(round.mentees[i]!, round.mentors[j]!, round.weights, { withChoice: false })),
        ]),
      ),
  );
  const assigned = proposerOptimalStableMatching({
    preferences: round.rankedEligible,
    capacities: round.capacities,
    // Mentees are indexed in id order, so the smaller index is the smaller id.
    prefers: (j, a, b) => {
      const fa = fit[a]!.get(j)!;
      const fb = fit[b]!.get(j)!;
      return fa !== fb ? fa > fb : a < b;
    },
  });
  return toResult(round, "DEFERRED_ACCEPTANCE", assigned);
}

/** Most mentees matched, then the highest total score (see the module comment). */
export function optimalAssignment(input: OptimalAssignmentInput): MatchResult {
  const round = prepareRound(input);
  const rankedOnly = input.rankedOnly ?? true;
  const edgeRows: number[] = [];
  const edgeColumns: number[] = [];
  const edgeWeights: number[] = [];
  round.mentees.forEach((pm, i) => {
    const addEdge = (j: number) => {
      edgeRows.push(i);
      edgeColumns.push(j);
      edgeWeights.push(toScaled(scorePrepared(pm, round.mentors[j]!, round.weights, { withChoice: true })));
    };
    if (rankedOnly) {
      for (const j of round.rankedEligible[i]!) addEdge(j);
      return;
    }
    const blocked = round.blocked[i]!;
    round.mentors.forEach((pt, j) => {
      if (round.capacities[j]! > 0 && !blocked.has(pt.mentor.id)) addEdge(j);
    });
  });
  const assigned = maxWeightMaxCardinalityAssignment({
    rows: round.mentees.length,
    capacities: round.capacities,
    edgeRows,
    edgeColumns,
    edgeWeights,
  });
  return toResult(round, "OPTIMAL", assigned);
}

export function runMatching(input: RunMatchingInput): MatchResult {
  switch (input.algorithm) {
    case "DEFERRED_ACCEPTANCE":
      return deferredAcceptance(input);
    case "OPTIMAL":
      return optimalAssignment(input);
  }
}

/** Figures for the what-if screen. */
export function matchingMetrics(result: MatchResult): MatchingMetrics {
  let firstChoice = 0;
  let top3 = 0;
  let total = 0;
  for (const p of result.pairings) {
    if (p.choice === 1) firstChoice++;
    if (p.choice !== null && p.choice <= 3) top3++;
    total += p.score;
  }
  const matched = result.pairings.length;
  return {
    matched,
    unmatchedMenteeIds: [...result.unmatchedMenteeIds],
    firstChoice,
    top3,
    averageScore: matched === 0 ? null : toScaled(total / matched) / SCORE_SCALE,
    pairs: [...result.pairings],
  };
}

/**
 * Open mode: mentors the mentee may pick, best first (score, then mentor id). Leaves out the
 * mentee themself, their reporting line (`managerChain` and `forbidden`), paused mentors and
 * mentors whose current `load` (active mentees) has reached their capacity.
 */
export function suggestMentors(
  mentee: MatchMentee,
  mentors: readonly MatchMentor[],
  weights: MatchWeights = DEFAULT_WEIGHTS,
  options: { forbidden?: ReadonlySet<string>; load?: ReadonlyMap<string, number>; limit?: number } = {},
): MentorSuggestion[] {
  const pm = prepareMentee(mentee);
  const suggestions: MentorSuggestion[] = [];
  for (const mentor of mentors) {
    if (isPairingForbidden(mentee, mentor.id, options.forbidden)) continue;
    if ((options.load?.get(mentor.id) ?? 0) >= effectiveCapacity(mentor)) continue;
    const reasons: MatchReason[] = [];
    const score = toScaled(scorePrepared(pm, prepareMentor(mentor), weights, { withChoice: true, reasons })) / SCORE_SCALE;
    suggestions.push({ mentorId: mentor.id, score, reasons });
  }
  suggestions.sort((a, b) => b.score - a.score || byId(a.mentorId, b.mentorId));
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}
