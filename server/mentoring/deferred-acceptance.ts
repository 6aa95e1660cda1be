import "server-only";
/**
 * Proposer-proposing deferred acceptance (Gale–Shapley) with receiver capacities, on indices.
 * The result is the proposer-optimal stable matching: no proposer and receiver would both rather
 * be together, every proposer gets the best receiver they can have in any stable matching, and no
 * proposer can do better by misreporting their list (as long as the receivers' order over
 * proposers does not depend on those lists). That matching is unique, so the order in which free
 * proposers propose does not change it.
 */
export type DeferredAcceptanceProblem = {
  /** For each proposer, the receivers they accept, best first. */
  preferences: readonly (readonly number[])[];
  /** For each receiver, how many proposers it may hold; 0 or less holds none. */
  capacities: ArrayLike<number>;
  /** Whether `receiver` ranks proposer `a` above proposer `b`; must be a strict total order. */
  prefers: (receiver: number, a: number, b: number) => boolean;
};

/** The receiver each proposer ends with, or -1. */
export function proposerOptimalStableMatching(problem: DeferredAcceptanceProblem): Int32Array {
  const { preferences, capacities, prefers } = problem;
  const proposers = preferences.length;
  const match = new Int32Array(proposers).fill(-1);
  const next = new Int32Array(proposers);
  const held: number[][] = Array.from({ length: capacities.length }, () => []);
  const free: number[] = [];
  for (let p = proposers - 1; p >= 0; p--) free.push(p);

  while (free.length > 0) {
    const p = free.pop() as number;
    const list = preferences[p] ?? [];
    while (next[p]! < list.length) {
      const r = list[next[p]!]!;
      next[p] = next[p]! + 1;
      const capacity = capacities[r] ?? 0;
      if (capacity <= 0) continue;
      const holding = held[r]!;
      if (holding.length < capacity) {
        holding.push(p);
        match[p] = r;
        break;
      }
      // Capacities are small (≤ 5), so a scan for the weakest held proposer beats a heap.
      let worstAt = 0;
      for (let k = 1; k < holding.length; k++) {
        if (prefers(r, holding[worstAt]!, holding[k]!)) worstAt = k;
      }
      const worst = holding[worstAt]!;
      if (prefers(r, p, worst)) {
        holding[worstAt] = p;
        match[p] = r;
        match[worst] = -1;
        free.push(worst);
        break;
      }
    }
  }
  return match;
}
