import "server-only";
/**
 * Capacitated assignment on indices: each row gets at most one column, column c at most
 * capacities[c] rows, only along the given edges. Objective, in this order:
 *   1. as many rows assigned as possible;
 *   2. among those, the largest total edge weight.
 * Solved as a min-cost max-flow (source → row → column → sink, cost = −weight) by successive
 * shortest paths: Dijkstra on reduced costs (Johnson potentials), stopped as soon as the sink is
 * settled, then as many augmentations as fit along zero-reduced-cost edges before the next
 * Dijkstra (primal–dual), which keeps the number of Dijkstra runs far below the number of rows.
 *
 * Weights must be integers (callers scale them): ties are then decided exactly, never by float noise.
 */
export type AssignmentProblem = {
  rows: number;
  capacities: ArrayLike<number>;
  edgeRows: ArrayLike<number>;
  edgeColumns: ArrayLike<number>;
  edgeWeights: ArrayLike<number>;
};

/** The column assigned to each row, or -1. */
export function maxWeightMaxCardinalityAssignment(problem: AssignmentProblem): Int32Array {
  const { rows, capacities, edgeRows, edgeColumns, edgeWeights } = problem;
  const columns = capacities.length;
  const edgeCount = edgeRows.length;
  const source = 0;
  const sink = rows + columns + 1;
  const nodes = rows + columns + 2;
  const rowNode = (r: number) => 1 + r;
  const columnNode = (c: number) => 1 + rows + c;

  // Residual graph as linked adjacency lists in typed arrays; arc a and a^1 are each other's reverse.
  const maxArcs = 2 * (rows + edgeCount + columns);
  const head = new Int32Array(nodes).fill(-1);
  const nextArc = new Int32Array(maxArcs);
  const to = new Int32Array(maxArcs);
  const residual = new Int32Array(maxArcs);
  const cost = new Float64Array(maxArcs);
  let arcs = 0;
  const addArc = (u: number, v: number, capacity: number, c: number): number => {
    const a = arcs;
    to[a] = v; residual[a] = capacity; cost[a] = c; nextArc[a] = head[u]!; head[u] = a;
    to[a + 1] = u; residual[a + 1] = 0; cost[a + 1] = -c; nextArc[a + 1] = head[v]!; head[v] = a + 1;
    arcs += 2;
    return a;
  };

  // Initial potentials: the graph is a layered DAG, so shortest distances are read off directly.
  const potential = new Float64Array(nodes);
  const cheapestInto = new Float64Array(columns).fill(Infinity);

  for (let c = 0; c < columns; c++) {
    const capacity = Math.floor(capacities[c] ?? 0);
    if (capacity > 0) addArc(columnNode(c), sink, capacity, 0);
  }
  const rowArcFirst = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const r = edgeRows[e]!;
    const c = edgeColumns[e]!;
    const w = edgeWeights[e]!;
    if (!Number.isSafeInteger(w)) throw new RangeError(`Edge weight must be a safe integer, got ${w}.`);
    if (r < 0 || r >= rows || c < 0 || c >= columns) throw new RangeError(`Edge ${e} is out of range.`);
    rowArcFirst[e] = addArc(rowNode(r), columnNode(c), 1, -w);
    if (-w < cheapestInto[c]!) cheapestInto[c] = -w;
  }
  for (let r = 0; r < rows; r++) addArc(source, rowNode(r), 1, 0);

  let sinkPotential = 0;
  for (let c = 0; c < columns; c++) {
    const p = cheapestInto[c] === Infinity ? 0 : cheapestInto[c]!;
    potential[columnNode(c)] = p;
    if (p < sinkPotential) sinkPotential = p;
  }
  potential[sink] = sinkPotential;

  const dist = new Float64Array(nodes);
  const settled = new Uint8Array(nodes);
  // Binary heap with lazy deletion; a node is pushed at most once per improvement.
  let heapNode = new Int32Array(nodes * 2);
  let heapKey = new Float64Array(nodes * 2);
  let heapSize = 0;
  const push = (v: number, key: number) => {
    if (heapSize === heapNode.length) {
      const n = new Int32Array(heapSize * 2); n.set(heapNode); heapNode = n;
      const k = new Float64Array(heapSize * 2); k.set(heapKey); heapKey = k;
    }
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapKey[parent]! <= key) break;
      heapNode[i] = heapNode[parent]!; heapKey[i] = heapKey[parent]!;
      i = parent;
    }
    heapNode[i] = v; heapKey[i] = key;
  };
  const pop = (): number => {
    const top = heapNode[0]!;
    const lastNode = heapNode[--heapSize]!;
    const lastKey = heapKey[heapSize]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && heapKey[child + 1]! < heapKey[child]!) child++;
      if (heapKey[child]! >= lastKey) break;
      heapNode[i] = heapNode[child]!; heapKey[i] = heapKey[child]!;
      i = child;
    }
    heapNode[i] = lastNode; heapKey[i] = lastKey;
    return top;
  };

  /** Dijkstra on reduced costs; updates potentials so that shortest paths become zero-cost. */
  const shortestPaths = (): boolean => {
    dist.fill(Infinity);
    settled.fill(0);
    heapSize = 0;
    dist[source] = 0;
    push(source, 0);
    let sinkDist = Infinity;
    while (heapSize > 0) {
      const key = heapKey[0]!;
      const u = pop();
      if (settled[u] || key > dist[u]!) continue;
      settled[u] = 1;
      if (u === sink) { sinkDist = key; break; }
      const pu = potential[u]!;
      for (let a = head[u]!; a !== -1; a = nextArc[a]!) {
        if (residual[a] === 0) continue;
        const v = to[a]!;
        if (settled[v]) continue;
        const d = key + cost[a]! + pu - potential[v]!;
        if (d < dist[v]!) { dist[v] = d; push(v, d); }
      }
    }
    if (sinkDist === Infinity) return false;
    // Capping at the sink's distance keeps every reduced cost ≥ 0 although the search stopped early.
    for (let v = 0; v < nodes; v++) potential[v] = potential[v]! + Math.min(dist[v]!, sinkDist);
    return true;
  };

  // Blocking flow along zero-reduced-cost arcs: iterative DFS with per-phase current arcs.
  const currentArc = new Int32Array(nodes);
  const dead = new Uint8Array(nodes);
  const onPath = new Uint8Array(nodes);
  const pathNodes = new Int32Array(nodes + 1);
  const pathArcs = new Int32Array(nodes + 1);
  const augmentAlongZeroArcs = (): number => {
    currentArc.set(head);
    dead.fill(0);
    let pushed = 0;
    let depth = 0;
    pathNodes[0] = source;
    onPath[source] = 1;
    while (depth >= 0) {
      const u = pathNodes[depth]!;
      if (u === sink) {
        for (let k = 0; k < depth; k++) {
          const a = pathArcs[k]!;
          residual[a] = residual[a]! - 1;
          residual[a ^ 1] = residual[a ^ 1]! + 1;
        }
        pushed++;
        for (let k = 1; k <= depth; k++) onPath[pathNodes[k]!] = 0;
        depth = 0;
        continue;
      }
      let a = currentArc[u]!;
      const pu = potential[u]!;
      while (a !== -1) {
        const v = to[a]!;
        if (residual[a]! > 0 && !dead[v] && !onPath[v] && cost[a]! + pu - potential[v]! === 0) break;
        a = nextArc[a]!;
      }
      currentArc[u] = a;
      if (a === -1) {
        dead[u] = 1;
        onPath[u] = 0;
        depth--;
        if (depth >= 0) {
          const parent = pathNodes[depth]!;
          currentArc[parent] = nextArc[currentArc[parent]!]!;
        }
        continue;
      }
      pathArcs[depth] = a;
      pathNodes[++depth] = to[a]!;
      onPath[to[a]!] = 1;
    }
    onPath.fill(0);
    return pushed;
  };

  while (shortestPaths()) {
    // The Dijkstra path to the sink is all zero-cost arcs, so each round augments at least once.
    if (augmentAlongZeroArcs() === 0) break;
  }

  const assigned = new Int32Array(rows).fill(-1);
  for (let e = 0; e < edgeCount; e++) {
    if (residual[rowArcFirst[e]!] === 0) assigned[edgeRows[e]!] = edgeColumns[e]!;
  }
  return assigned;
}
