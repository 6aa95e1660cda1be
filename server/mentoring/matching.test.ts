import { describe, it, expect } from "vitest";
import { mulberry32 } from "~/lib/random";
import { DEFAULT_WEIGHTS, GRADE_ORDER, canonicalGrade, compatibility, gradeRank } from "~/server/mentoring/compatibility";
import { explainMatch } from "~/server/mentoring/match-explanation";
import type { MatchMentee, MatchMentor, MatchWeights } from "~/server/mentoring/compatibility";
import {
  deferredAcceptance,
  matchingMetrics,
  optimalAssignment,
  reportingLineForbidden,
  runMatching,
  suggestMentors,
} from "~/server/mentoring/matching";
import type { ForbiddenPairs, MatchResult } from "~/server/mentoring/matching";

// ─────────────────────────── fixtures ───────────────────────────

function mentee(overrides: Partial<MatchMentee> & { id: string }): MatchMentee {
  return {
    goals: [],
    languages: ["en"],
    departmentId: "dept-a",
    sectorId: "sector-a",
    dutyStationId: "geneva",
    grade: "P2",
    prefersOtherDepartment: false,
    prefersOtherSector: false,
    prefersOtherDutyStation: null,
    ranking: [],
    ...overrides,
  };
}

function mentor(overrides: Partial<MatchMentor> & { id: string }): MatchMentor {
  return {
    expertise: [],
    languages: ["en"],
    departmentId: "dept-a",
    sectorId: "sector-a",
    dutyStationId: "geneva",
    grade: "P4",
    capacity: 1,
    ...overrides,
  };
}

type Instance = { mentees: MatchMentee[]; mentors: MatchMentor[]; forbidden: ForbiddenPairs; weights: MatchWeights };

/**
 * Small pools so that fits tie often (the tie-break gets exercised); ids drawn from one pool of
 * people so that someone can be both mentor and mentee; a random reporting line over everyone,
 * some mentors paused or at capacity 0, and rankings that name ineligible mentors too.
 */
function randomInstance(seed: number, size: { mentees: number; mentors: number; maxCapacity: number; rankLength: number }): Instance {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const pool = [...items];
    for (let i = 0; i < k && i < pool.length; i++) {
      const j = i + int(pool.length - i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, k);
  };
  const goals = ["leadership", "negotiation", "IP law", "budgeting"];
  const languages = ["en", "fr", "es"];
  const grades = ["G5", "NO-B", "P2", "P3", "P4", "D1"];
  const traits = () => ({
    languages: sample(languages, 1 + int(2)),
    departmentId: `d${int(2)}`,
    sectorId: `s${int(2)}`,
    dutyStationId: random() < 0.1 ? null : `ds${int(2)}`,
    grade: grades[int(grades.length)]!,
  });

  const overlap = int(3); // how many people are both mentee and mentor
  const mentorIds = Array.from({ length: size.mentors }, (_, j) => `p${size.mentees - overlap + j}`);
  const mentors: MatchMentor[] = mentorIds.map((id) => ({
    id,
    expertise: sample(goals, int(4)),
    capacity: random() < 0.1 ? 0 : 1 + int(size.maxCapacity),
    paused: random() < 0.1,
    ...traits(),
  }));
  const managerOf = new Map<string, string | null>();
  const everyone = [...Array.from({ length: size.mentees }, (_, i) => `p${i}`), ...mentorIds];
  for (const id of everyone) managerOf.set(id, random() < 0.4 ? everyone[int(everyone.length)]! : null);

  const mentees: MatchMentee[] = Array.from({ length: size.mentees }, (_, i) => ({
    id: `p${i}`,
    managerChain: random() < 0.2 ? [mentorIds[int(mentorIds.length)]!] : undefined,
    goals: sample(goals, 1 + int(3)),
    prefersOtherDepartment: random() < 0.5,
    prefersOtherSector: random() < 0.5,
    prefersOtherDutyStation: random() < 0.3 ? null : random() < 0.5,
    ranking: sample(mentorIds, size.rankLength),
    ...traits(),
  }));
  const forbidden = new Map(mentees.map((m) => [m.id, reportingLineForbidden(m.id, managerOf)]));
  const weights: MatchWeights = {
    ...DEFAULT_WEIGHTS,
    sharedGoal: 1 + int(3),
    language: int(4),
    choiceRank: int(3),
    otherSectorForAll: random() < 0.3,
  };
  return { mentees, mentors, forbidden, weights };
}

const capacityOf = (m: MatchMentor) => (m.paused ? 0 : m.capacity);

function eligible(inst: Instance, e: MatchMentee, m: MatchMentor): boolean {
  return (
    capacityOf(m) > 0 &&
    e.id !== m.id &&
    !(e.managerChain ?? []).includes(m.id) &&
    !(inst.forbidden.get(e.id)?.has(m.id) ?? false)
  );
}

/** Ranked, eligible mentors of a mentee, best first: what deferred acceptance works on. */
function acceptable(inst: Instance, e: MatchMentee): MatchMentor[] {
  return e.ranking
    .slice(0, 5)
    .map((id) => inst.mentors.find((m) => m.id === id)!)
    .filter((m) => eligible(inst, e, m));
}

/** How a mentor ranks mentees in deferred acceptance: fit without the choice bonus, then id. */
function mentorPrefers(inst: Instance, m: MatchMentor, a: MatchMentee, b: MatchMentee): boolean {
  const noChoice = { ...inst.weights, choiceRank: 0 };
  const fa = compatibility(a, m, noChoice).score;
  const fb = compatibility(b, m, noChoice).score;
  return fa !== fb ? fa > fb : a.id < b.id;
}

function partnerOf(result: MatchResult): Map<string, string> {
  return new Map(result.pairings.map((p) => [p.menteeId, p.mentorId]));
}

function expectHardConstraints(inst: Instance, result: MatchResult) {
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const p of result.pairings) {
    const e = inst.mentees.find((x) => x.id === p.menteeId)!;
    const m = inst.mentors.find((x) => x.id === p.mentorId)!;
    expect(eligible(inst, e, m), `${p.menteeId} → ${p.mentorId}`).toBe(true);
    expect(seen.has(p.menteeId)).toBe(false);
    seen.add(p.menteeId);
    load.set(m.id, (load.get(m.id) ?? 0) + 1);
  }
  for (const m of inst.mentors) expect(load.get(m.id) ?? 0).toBeLessThanOrEqual(capacityOf(m));
  expect([...seen, ...result.unmatchedMenteeIds].sort()).toEqual(inst.mentees.map((e) => e.id).sort());
}

/** A mentee and a ranked mentor who would both rather be together than with what they have. */
function blockingPair(inst: Instance, partner: ReadonlyMap<string, string>): string | null {
  for (const e of inst.mentees) {
    const list = acceptable(inst, e);
    const current = partner.get(e.id);
    const currentRank = current === undefined ? Infinity : list.findIndex((m) => m.id === current);
    for (const m of list.slice(0, currentRank)) {
      const held = inst.mentees.filter((x) => partner.get(x.id) === m.id);
      if (held.length < capacityOf(m) || held.some((x) => mentorPrefers(inst, m, e, x))) return `${e.id}–${m.id}`;
    }
  }
  return null;
}

/** Every assignment of mentees to one of `options(e)` or nobody, within capacities. */
function* allAssignments(inst: Instance, options: (e: MatchMentee) => MatchMentor[]): Generator<Map<string, string>> {
  const load = new Map<string, number>();
  const current = new Map<string, string>();
  function* go(i: number): Generator<Map<string, string>> {
    if (i === inst.mentees.length) {
      yield new Map(current);
      return;
    }
    const e = inst.mentees[i]!;
    yield* go(i + 1);
    for (const m of options(e)) {
      if ((load.get(m.id) ?? 0) >= capacityOf(m)) continue;
      load.set(m.id, (load.get(m.id) ?? 0) + 1);
      current.set(e.id, m.id);
      yield* go(i + 1);
      current.delete(e.id);
      load.set(m.id, load.get(m.id)! - 1);
    }
  }
  yield* go(0);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

// ─────────────────────────── compatibility ───────────────────────────

describe("compatibility", () => {
  it("explains a pairing in one line from structured reasons", () => {
    const e = mentee({
      id: "e1",
      goals: ["leadership", "negotiation", "IP law"],
      languages: ["fr"],
      prefersOtherSector: true,
    });
    const m = mentor({
      id: "m1",
      expertise: ["Leadership", "negotiation", "ip law", "budgeting"],
      languages: ["en", "FR-ch"],
      sectorId: "sector-b",
      grade: "P2",
    });
    const { score, reasons } = compatibility(e, m);
    expect(reasons).toEqual([
      { kind: "sharedGoals", goals: ["leadership", "negotiation", "IP law"] },
      { kind: "language", languages: ["fr"] },
      { kind: "otherSector" },
    ]);
    expect(explainMatch(reasons, "en")).toBe("3 shared goals: leadership, negotiation and IP law; speaks French; other sector");
    expect(score).toBe(3 * DEFAULT_WEIGHTS.sharedGoal + DEFAULT_WEIGHTS.language + DEFAULT_WEIGHTS.otherSector);
  });

  it("words every other reason and scores the choice bonus by rank", () => {
    const e = mentee({
      id: "e1",
      goals: ["budgeting"],
      languages: ["fr", "es", "ar"],
      grade: "P2",
      prefersOtherDepartment: true,
      prefersOtherDutyStation: true,
      ranking: ["x", "m1"],
    });
    const m = mentor({
      id: "m1",
      expertise: ["budgeting"],
      languages: ["ar", "es", "fr"],
      departmentId: "dept-b",
      dutyStationId: "nairobi",
      grade: "P4",
    });
    const { score, reasons } = compatibility(e, m);
    expect(explainMatch(reasons, "en")).toBe(
      "1 shared goal: budgeting; speaks French, Spanish and Arabic; other department; other duty station; P4, 2 grades above; 2nd choice",
    );
    const w = DEFAULT_WEIGHTS;
    expect(score).toBe(w.sharedGoal + w.language + w.otherDepartment + w.dutyStation + w.seniorGrade + 4 * w.choiceRank);
  });

  it("rewards the same duty station only when the mentee asks for it, and other department only when asked or configured", () => {
    const m = mentor({ id: "m1", departmentId: "dept-b", grade: "P2" });
    expect(compatibility(mentee({ id: "e1", prefersOtherDutyStation: false }), m).reasons).toEqual([
      { kind: "language", languages: ["en"] },
      { kind: "sameDutyStation" },
    ]);
    expect(compatibility(mentee({ id: "e1", prefersOtherDutyStation: true }), m).reasons).toEqual([
      { kind: "language", languages: ["en"] },
    ]);
    expect(compatibility(mentee({ id: "e1" }), m, { ...DEFAULT_WEIGHTS, otherDepartmentForAll: true }).reasons).toContainEqual({
      kind: "otherDepartment",
    });
    // Unknown data on either side never counts as "other".
    expect(
      compatibility(mentee({ id: "e1", prefersOtherDepartment: true, departmentId: null }), m).reasons,
    ).not.toContainEqual({ kind: "otherDepartment" });
  });

  it("leaves out factors the admin weighted to zero", () => {
    const e = mentee({ id: "e1", goals: ["leadership"], ranking: ["m1"] });
    const m = mentor({ id: "m1", expertise: ["leadership"] });
    const { score, reasons } = compatibility(e, m, { ...DEFAULT_WEIGHTS, sharedGoal: 0, choiceRank: 0 });
    expect(reasons.map((r) => r.kind)).toEqual(["language", "seniorGrade"]);
    expect(score).toBe(DEFAULT_WEIGHTS.language + DEFAULT_WEIGHTS.seniorGrade);
  });
});

describe("grades", () => {
  it("orders G1 < … < G7 < NO-A < … < NO-D < P1 < … < P5 < D1 < D2", () => {
    expect(GRADE_ORDER).toEqual([
      "G1", "G2", "G3", "G4", "G5", "G6", "G7", "NO-A", "NO-B", "NO-C", "NO-D",
      "P1", "P2", "P3", "P4", "P5", "D1", "D2",
    ]);
    const ranks = GRADE_ORDER.map((g) => gradeRank(g)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(gradeRank("G7")! < gradeRank("NO-A")!).toBe(true);
    expect(gradeRank("NO-D")! < gradeRank("P1")!).toBe(true);
    expect(gradeRank("P5")! < gradeRank("D1")!).toBe(true);
  });

  it("reads common spellings and knows nothing of grades outside the ladder", () => {
    expect(canonicalGrade("p-4")).toBe("P4");
    expect(canonicalGrade("P 4")).toBe("P4");
    expect(canonicalGrade("noa")).toBe("NO-A");
    expect(canonicalGrade("NO-C")).toBe("NO-C");
    expect(canonicalGrade("ASG")).toBeNull();
    expect(canonicalGrade("")).toBeNull();
  });

  it("rewards a senior mentor only within the configured gap", () => {
    const kinds = (menteeGrade: string, mentorGrade: string) =>
      compatibility(mentee({ id: "e", grade: menteeGrade }), mentor({ id: "m", grade: mentorGrade }), {
        ...DEFAULT_WEIGHTS,
        maxGradeGap: 3,
      }).reasons.map((r) => r.kind);
    expect(kinds("G7", "NO-A")).toContain("seniorGrade"); // 1 step
    expect(kinds("P2", "P5")).toContain("seniorGrade"); // 3 steps
    expect(kinds("P2", "D1")).not.toContain("seniorGrade"); // 4 steps: too far
    expect(kinds("P4", "P4")).not.toContain("seniorGrade"); // a peer
    expect(kinds("P4", "P3")).not.toContain("seniorGrade"); // junior
    expect(kinds("P4", "ASG")).not.toContain("seniorGrade");
  });
});

describe("reportingLineForbidden", () => {
  it("returns everyone above the mentee", () => {
    const managerOf = new Map<string, string | null>([
      ["ana", "ben"],
      ["ben", "cho"],
      ["cho", null],
      ["dev", "cho"],
    ]);
    expect(reportingLineForbidden("ana", managerOf)).toEqual(new Set(["ben", "cho"]));
    expect(reportingLineForbidden("cho", managerOf)).toEqual(new Set());
    expect(reportingLineForbidden("unknown", managerOf)).toEqual(new Set());
  });

  it("stops on a cycle in the reporting line", () => {
    const managerOf = new Map<string, string | null>([
      ["ana", "ben"],
      ["ben", "cho"],
      ["cho", "ben"],
    ]);
    expect(reportingLineForbidden("ana", managerOf)).toEqual(new Set(["ben", "cho"]));
    expect(reportingLineForbidden("ben", new Map([["ben", "ben"]]))).toEqual(new Set());
  });
});

// ─────────────────────────── deferred acceptance ───────────────────────────

describe("deferredAcceptance", () => {
  it("is stable, within capacity and within the hard constraints on 300 random rounds", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const inst = randomInstance(seed, { mentees: 3 + (seed % 12), mentors: 2 + (seed % 5), maxCapacity: 3, rankLength: 1 + (seed % 5) });
      const result = deferredAcceptance(inst);
      expectHardConstraints(inst, result);
      expect(blockingPair(inst, partnerOf(result)), `seed ${seed}`).toBeNull();
      // A mentee only ever gets a mentor they ranked.
      for (const p of result.pairings) expect(p.choice).not.toBeNull();
    }
  });

  it("gives every mentee their best partner among all stable matchings (brute force)", () => {
    for (let seed = 1000; seed < 1120; seed++) {
      const inst = randomInstance(seed, { mentees: 5, mentors: 3, maxCapacity: 2, rankLength: 3 });
      const da = partnerOf(deferredAcceptance(inst));
      const rankOf = (e: MatchMentee, mentorId: string | undefined) =>
        mentorId === undefined ? Infinity : acceptable(inst, e).findIndex((m) => m.id === mentorId);
      let stableCount = 0;
      for (const matching of allAssignments(inst, (e) => acceptable(inst, e))) {
        if (blockingPair(inst, matching) !== null) continue;
        stableCount++;
        for (const e of inst.mentees) {
          expect(rankOf(e, da.get(e.id)), `seed ${seed}, ${e.id}`).toBeLessThanOrEqual(rankOf(e, matching.get(e.id)));
        }
      }
      expect(stableCount).toBeGreaterThan(0);
    }
  });

  it("never rewards a mentee for reordering their ranking (brute force over permutations)", () => {
    for (let seed = 2000; seed < 2150; seed++) {
      const inst = randomInstance(seed, { mentees: 5, mentors: 4, maxCapacity: 2, rankLength: 4 });
      const truthful = partnerOf(deferredAcceptance(inst));
      for (const liar of inst.mentees) {
        const trueRank = (mentorId: string | undefined) => {
          const i = mentorId === undefined ? -1 : liar.ranking.indexOf(mentorId);
          return i === -1 ? Infinity : i;
        };
        const honest = trueRank(truthful.get(liar.id));
        for (const ranking of permutations(liar.ranking)) {
          const mentees = inst.mentees.map((e) => (e === liar ? { ...e, ranking } : e));
          const outcome = partnerOf(deferredAcceptance({ ...inst, mentees })).get(liar.id);
          expect(trueRank(outcome), `seed ${seed}, ${liar.id} lying ${ranking.join(">")}`).toBeGreaterThanOrEqual(honest);
        }
      }
    }
  });

  it("lets the better-fitting mentee win a contested mentor, ties going to the smaller id", () => {
    const m = mentor({ id: "m1", expertise: ["leadership"], capacity: 1 });
    const strong = mentee({ id: "z-strong", goals: ["leadership"], ranking: ["m1"] });
    const weak = mentee({ id: "a-weak", goals: ["budgeting"], ranking: ["m1"] });
    expect(partnerOf(deferredAcceptance({ mentees: [weak, strong], mentors: [m] })).get("z-strong")).toBe("m1");
    const twin = mentee({ id: "a-twin", goals: ["leadership"], ranking: ["m1"] });
    expect(partnerOf(deferredAcceptance({ mentees: [strong, twin], mentors: [m] })).get("a-twin")).toBe("m1");
  });
});

// ─────────────────────────── optimal assignment ───────────────────────────

describe("optimalAssignment", () => {
  const total = (inst: Instance, matching: ReadonlyMap<string, string>) => {
    let sum = 0;
    for (const [e, m] of matching) {
      sum += compatibility(inst.mentees.find((x) => x.id === e)!, inst.mentors.find((x) => x.id === m)!, inst.weights).score;
    }
    return sum;
  };

  for (const rankedOnly of [true, false]) {
    it(`matches the most mentees, then the highest total score, as brute force does (rankedOnly: ${rankedOnly})`, () => {
      for (let seed = 3000; seed < 3200; seed++) {
        const inst = randomInstance(seed, {
          mentees: 2 + (seed % 5),
          mentors: 1 + (seed % 4),
          maxCapacity: 2,
          rankLength: 1 + (seed % 4),
        });
        const result = optimalAssignment({ ...inst, rankedOnly });
        expectHardConstraints(inst, result);
        if (rankedOnly) for (const p of result.pairings) expect(p.choice).not.toBeNull();

        const options = (e: MatchMentee) =>
          rankedOnly ? acceptable(inst, e) : inst.mentors.filter((m) => eligible(inst, e, m));
        let bestCount = 0;
        let bestScore = 0;
        for (const matching of allAssignments(inst, options)) {
          const score = total(inst, matching);
          if (matching.size > bestCount || (matching.size === bestCount && score > bestScore)) {
            bestCount = matching.size;
            bestScore = score;
          }
        }
        const got = partnerOf(result);
        expect(got.size, `seed ${seed}`).toBe(bestCount);
        expect(total(inst, got), `seed ${seed}`).toBeCloseTo(bestScore, 9);
        expect(result.pairings.reduce((s, p) => s + p.score, 0)).toBeCloseTo(bestScore, 9);
      }
    });
  }

  it("prefers matching one more mentee over a higher total score", () => {
    // e1 on m1 alone scores 18; e1 on m2 plus e2 on m1 scores only 4 + 5 but matches both.
    const goals = ["leadership", "budgeting", "negotiation", "IP law"];
    const mentors = [
      mentor({ id: "m1", expertise: goals }),
      mentor({ id: "m2", languages: ["zh"], grade: "P1" }),
    ];
    const mentees = [
      mentee({ id: "e1", goals, ranking: ["m1", "m2"] }),
      mentee({ id: "e2", languages: ["ar"], grade: "D2", ranking: ["m1"] }),
    ];
    expect(compatibility(mentees[0]!, mentors[0]!).score).toBe(18);
    const result = optimalAssignment({ mentees, mentors });
    expect(partnerOf(result)).toEqual(new Map([["e1", "m2"], ["e2", "m1"]]));
    expect(result.pairings.map((p) => p.score)).toEqual([4, 5]);
  });

  it("can assign an unranked mentor when rankedOnly is false, never when it is true", () => {
    const mentors = [mentor({ id: "m1", capacity: 1 }), mentor({ id: "m2", capacity: 1 })];
    const mentees = [mentee({ id: "e1", ranking: ["m1"] }), mentee({ id: "e2", ranking: ["m1"] })];
    expect(optimalAssignment({ mentees, mentors }).pairings).toHaveLength(1);
    const open = optimalAssignment({ mentees, mentors, rankedOnly: false });
    expect(open.pairings).toHaveLength(2);
    expect(open.pairings.find((p) => p.mentorId === "m2")?.choice).toBeNull();
  });
});

// ─────────────────────────── both algorithms ───────────────────────────

describe("runMatching", () => {
  const algorithms = ["DEFERRED_ACCEPTANCE", "OPTIMAL"] as const;

  it("never pairs a mentee with themself, their reporting line, or a paused or capacity-0 mentor", () => {
    const managerOf = new Map<string, string | null>([
      ["e1", "boss"],
      ["boss", "bigboss"],
      ["bigboss", null],
    ]);
    const mentors = [
      mentor({ id: "boss", capacity: 5 }),
      mentor({ id: "bigboss", capacity: 5 }),
      mentor({ id: "e1", capacity: 5 }),
      mentor({ id: "chain", capacity: 5 }),
      mentor({ id: "paused", capacity: 5, paused: true }),
      mentor({ id: "zero", capacity: 0 }),
    ];
    const e1 = mentee({
      id: "e1",
      managerChain: ["chain"],
      ranking: ["boss", "bigboss", "e1", "chain", "paused", "zero"],
    });
    const forbidden = new Map([["e1", reportingLineForbidden("e1", managerOf)]]);
    for (const algorithm of algorithms) {
      for (const rankedOnly of [true, false]) {
        const result = runMatching({ algorithm, mentees: [e1], mentors, forbidden, rankedOnly });
        expect(result.pairings, `${algorithm} rankedOnly ${rankedOnly}`).toEqual([]);
        expect(result.unmatchedMenteeIds).toEqual(["e1"]);
      }
    }
  });

  it("keeps the hard constraints on 200 random rounds in both modes", () => {
    for (let seed = 4000; seed < 4200; seed++) {
      const inst = randomInstance(seed, { mentees: 20, mentors: 8, maxCapacity: 5, rankLength: 5 });
      for (const algorithm of algorithms) {
        expectHardConstraints(inst, runMatching({ ...inst, algorithm }));
      }
      expectHardConstraints(inst, runMatching({ ...inst, algorithm: "OPTIMAL", rankedOnly: false }));
    }
  });

  it("gives the same pairings whatever order the rows come in", () => {
    const inst = randomInstance(77, { mentees: 40, mentors: 12, maxCapacity: 3, rankLength: 5 });
    const random = mulberry32(78);
    const shuffled = <T>(items: T[]) => items.map((x) => [random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    for (const algorithm of algorithms) {
      const a = runMatching({ ...inst, algorithm });
      const b = runMatching({ ...inst, mentees: shuffled(inst.mentees), mentors: shuffled(inst.mentors), algorithm });
      expect(b).toEqual(a);
    }
  });

  it("rejects duplicate ids rather than double-booking someone", () => {
    const mentors = [mentor({ id: "m1" }), mentor({ id: "m1" })];
    expect(() => runMatching({ algorithm: "OPTIMAL", mentees: [], mentors })).toThrow(RangeError);
  });
});

describe("matchingMetrics", () => {
  it("counts matches, 1st and top-3 choices, and averages the scores", () => {
    const mentors = ["m1", "m2", "m3", "m4"].map((id) => mentor({ id }));
    const mentees = [
      mentee({ id: "e1", ranking: ["m1"] }),
      mentee({ id: "e2", ranking: ["m1", "m2"] }),
      mentee({ id: "e3", ranking: ["m1", "m2", "m4", "m3"] }),
      mentee({ id: "e4", ranking: ["m1"] }),
    ];
    const result = deferredAcceptance({ mentees, mentors });
    // All fits tie, so m1 keeps the smallest id; e2 and e3 fall back to their next choices.
    expect(result.pairings.map((p) => [p.menteeId, p.mentorId, p.choice])).toEqual([
      ["e1", "m1", 1],
      ["e2", "m2", 2],
      ["e3", "m4", 3],
    ]);
    const metrics = matchingMetrics(result);
    expect(metrics.matched).toBe(3);
    expect(metrics.unmatchedMenteeIds).toEqual(["e4"]);
    expect(metrics.firstChoice).toBe(1);
    expect(metrics.top3).toBe(3);
    // Each fit: language 3 + senior grade 2; choice bonus 5, 4, 3.
    expect(metrics.averageScore).toBe((10 + 9 + 8) / 3);
    expect(explainMatch(metrics.pairs[0]!.reasons, "en")).toBe("speaks English; P4, 2 grades above; 1st choice");
    expect(matchingMetrics({ algorithm: "OPTIMAL", pairings: [], unmatchedMenteeIds: ["x"] }).averageScore).toBeNull();
  });
});

describe("suggestMentors", () => {
  it("ranks open mentors by score and leaves out the reporting line, paused and full mentors", () => {
    const e = mentee({ id: "e1", goals: ["leadership", "budgeting"], managerChain: ["chain"] });
    const mentors = [
      mentor({ id: "good", expertise: ["leadership", "budgeting"], capacity: 2 }),
      mentor({ id: "fair", expertise: ["leadership"], capacity: 2 }),
      mentor({ id: "also-fair", expertise: ["budgeting"], capacity: 2 }),
      mentor({ id: "full", expertise: ["leadership", "budgeting"], capacity: 2 }),
      mentor({ id: "boss", expertise: ["leadership", "budgeting"], capacity: 2 }),
      mentor({ id: "chain", expertise: ["leadership", "budgeting"], capacity: 2 }),
      mentor({ id: "paused", expertise: ["leadership", "budgeting"], capacity: 2, paused: true }),
      mentor({ id: "e1", expertise: ["leadership", "budgeting"], capacity: 2 }),
    ];
    const suggestions = suggestMentors(e, mentors, DEFAULT_WEIGHTS, {
      forbidden: new Set(["boss"]),
      load: new Map([["full", 2], ["good", 1]]),
    });
    expect(suggestions.map((s) => s.mentorId)).toEqual(["good", "also-fair", "fair"]);
    expect(explainMatch(suggestions[0]!.reasons, "en")).toBe("2 shared goals: leadership and budgeting; speaks English; P4, 2 grades above");
    expect(suggestMentors(e, mentors, DEFAULT_WEIGHTS, { limit: 1 })).toHaveLength(1);
  });
});
