import "server-only";
/**
 * MentorNet compatibility: how well a mentor fits a mentee, as a number the matching round
 * can optimise and as structured reasons a person can read. Pure: no database, no I/O.
 *
 * Score = sharedGoal × (mentee goals found in the mentor's expertise)
 *       + language        if the mentor speaks at least one of the mentee's languages
 *       + otherDepartment if the departments differ and the mentee asked for that (or otherDepartmentForAll)
 *       + otherSector     if the sectors differ and the mentee asked for that (or otherSectorForAll)
 *       + dutyStation     if the duty stations differ (mentee prefers other) or match (mentee prefers same)
 *       + seniorGrade     if the mentor is 1..maxGradeGap steps above the mentee on GRADE_ORDER
 *       + choiceRank × (MAX_RANKING + 1 − choice) for the mentee's 1st..5th choice (1st: ×5, 5th: ×1)
 * A factor whose data is missing on either side (null department, unknown grade) adds nothing.
 */

/** Mentees rank at most this many mentors; positions past it are ignored. */
export const MAX_RANKING = 5;

export type MatchMentee = {
  id: string;
  /** Everyone above the mentee in the reporting line (nearest first); never their mentor. */
  managerChain?: readonly string[];
  goals: readonly string[];
  /** Language codes the mentee wants to be mentored in ("en", "fr", "fr-CA"…). */
  languages: readonly string[];
  departmentId: string | null;
  sectorId: string | null;
  dutyStationId: string | null;
  grade: string | null;
  prefersOtherDepartment: boolean;
  prefersOtherSector: boolean;
  /** true: a mentor at another duty station; false: at the same one; null/undefined: no preference. */
  prefersOtherDutyStation?: boolean | null;
  /** Mentor ids, 1st choice first; at most MAX_RANKING are read. */
  ranking: readonly string[];
};

export type MatchMentor = {
  id: string;
  expertise: readonly string[];
  languages: readonly string[];
  departmentId: string | null;
  sectorId: string | null;
  dutyStationId: string | null;
  grade: string | null;
  /** Mentees this mentor takes in the round (1–5 in the product); 0 takes none. */
  capacity: number;
  /** A paused mentor takes no mentee whatever their capacity. */
  paused?: boolean;
};

export type MatchWeights = {
  /** Per mentee goal found in the mentor's expertise. */
  sharedGoal: number;
  /** Once, when the mentor speaks any of the mentee's languages. */
  language: number;
  otherDepartment: number;
  otherSector: number;
  /** Duty station as the mentee prefers it (other or same). */
  dutyStation: number;
  /** Mentor senior to the mentee by 1..maxGradeGap grade steps. */
  seniorGrade: number;
  maxGradeGap: number;
  /** Per step of choice: a 1st choice earns 5×, a 5th choice 1×, an unranked mentor 0. */
  choiceRank: number;
  /** Reward other department / sector for every mentee, not only those who asked. */
  otherDepartmentForAll: boolean;
  otherSectorForAll: boolean;
};

// Goals dominate (they are why a mentee signs up); a shared language is worth more than one goal
// because without one the pairing cannot work; the organisational factors are tie-breakers; the
// choice bonus (1st choice +5) lets a mentee's ranking outweigh one or two shared goals, not three.
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  sharedGoal: 2,
  language: 3,
  otherDepartment: 1,
  otherSector: 1,
  dutyStation: 1,
  seniorGrade: 2,
  maxGradeGap: 4,
  choiceRank: 1,
  otherDepartmentForAll: false,
  otherSectorForAll: false,
});

/**
 * Grades from most junior to most senior: General Service G1–G7, National Officers NO-A–NO-D,
 * Professional P1–P5, Director D1–D2. Grades outside this list (ASG, USG, consultants) are
 * unknown to the grade factor and earn nothing.
 */
export const GRADE_ORDER = [
  "G1", "G2", "G3", "G4", "G5", "G6", "G7",
  "NO-A", "NO-B", "NO-C", "NO-D",
  "P1", "P2", "P3", "P4", "P5",
  "D1", "D2",
] as const;
export type Grade = (typeof GRADE_ORDER)[number];

const GRADE_INDEX = new Map<string, number>(GRADE_ORDER.map((g, i) => [g, i]));

/** The canonical grade ("p-4", "P 4" → "P4"; "noa", "NO A" → "NO-A"), or null when unknown. */
export function canonicalGrade(grade: string | null | undefined): Grade | null {
  if (!grade) return null;
  const compact = grade.toUpperCase().replace(/[\s_-]/g, "");
  const g = compact.startsWith("NO") ? `NO-${compact.slice(2)}` : compact;
  return GRADE_INDEX.has(g) ? (g as Grade) : null;
}

/** Position on GRADE_ORDER (G1 = 0 … D2 = 17), or null for an unknown grade. */
export function gradeRank(grade: string | null | undefined): number | null {
  const g = canonicalGrade(grade);
  return g === null ? null : (GRADE_INDEX.get(g) ?? null);
}

// "fr-CA" and "FR" both mean French for matching: regional variants do not stop a conversation.
export function normaliseLanguage(code: string): string {
  return (code.trim().toLowerCase().split(/[-_]/)[0] ?? "").trim();
}

// Goals and expertise are free tags picked from the same list; case and spacing are noise.
function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Why a pairing scored what it did; kinds are stable keys for message catalogues. */
export type MatchReason =
  | { kind: "sharedGoals"; goals: string[] }
  | { kind: "language"; languages: string[] }
  | { kind: "otherDepartment" }
  | { kind: "otherSector" }
  | { kind: "otherDutyStation" }
  | { kind: "sameDutyStation" }
  | { kind: "seniorGrade"; mentorGrade: Grade; steps: number }
  | { kind: "choice"; rank: number };

export type Compatibility = { score: number; reasons: MatchReason[] };

/** A mentee with the lookups the score needs, computed once per round rather than per pair. */
export type PreparedMentee = {
  mentee: MatchMentee;
  /** normalised goal → the mentee's own spelling, in the mentee's order */
  goals: Map<string, string>;
  languages: string[];
  grade: number | null;
  /** mentor id → 1-based choice, first MAX_RANKING distinct ids only */
  choiceOf: Map<string, number>;
};

export type PreparedMentor = {
  mentor: MatchMentor;
  expertise: Set<string>;
  languages: Set<string>;
  grade: number | null;
};

export function prepareMentee(mentee: MatchMentee): PreparedMentee {
  const goals = new Map<string, string>();
  for (const goal of mentee.goals) {
    const key = normaliseTag(goal);
    if (key && !goals.has(key)) goals.set(key, goal.trim());
  }
  const languages = [...new Set(mentee.languages.map(normaliseLanguage).filter(Boolean))];
  const choiceOf = new Map<string, number>();
  for (const mentorId of mentee.ranking.slice(0, MAX_RANKING)) {
    if (!choiceOf.has(mentorId)) choiceOf.set(mentorId, choiceOf.size + 1);
  }
  return { mentee, goals, languages, grade: gradeRank(mentee.grade), choiceOf };
}

export function prepareMentor(mentor: MatchMentor): PreparedMentor {
  return {
    mentor,
    expertise: new Set(mentor.expertise.map(normaliseTag).filter(Boolean)),
    languages: new Set(mentor.languages.map(normaliseLanguage).filter(Boolean)),
    grade: gradeRank(mentor.grade),
  };
}

function differ(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

/**
 * Score of a prepared pair. `withChoice: false` gives the mentee-independent "fit" the deferred
 * acceptance mentors rank by: were the mentee's own ranking part of a mentor's priority, a mentee
 * could gain by misreporting and the algorithm would lose strategy-proofness.
 * Reasons are only built when asked for: the optimal mode scores every eligible pair.
 */
export function scorePrepared(
  pm: PreparedMentee,
  pt: PreparedMentor,
  weights: MatchWeights,
  options: { withChoice: boolean; reasons?: MatchReason[] },
): number {
  const { mentee } = pm;
  const { mentor } = pt;
  const reasons = options.reasons;
  let score = 0;

  let sharedCount = 0;
  const shared: string[] | undefined = reasons ? [] : undefined;
  for (const [key, label] of pm.goals) {
    if (pt.expertise.has(key)) {
      sharedCount++;
      shared?.push(label);
    }
  }
  if (sharedCount > 0 && weights.sharedGoal !== 0) {
    score += weights.sharedGoal * sharedCount;
    if (shared && reasons) reasons.push({ kind: "sharedGoals", goals: shared });
  }

  if (weights.language !== 0) {
    const spoken = pm.languages.filter((l) => pt.languages.has(l));
    if (spoken.length > 0) {
      score += weights.language;
      reasons?.push({ kind: "language", languages: spoken });
    }
  }

  if (
    weights.otherDepartment !== 0 &&
    (mentee.prefersOtherDepartment || weights.otherDepartmentForAll) &&
    differ(mentee.departmentId, mentor.departmentId)
  ) {
    score += weights.otherDepartment;
    reasons?.push({ kind: "otherDepartment" });
  }

  if (
    weights.otherSector !== 0 &&
    (mentee.prefersOtherSector || weights.otherSectorForAll) &&
    differ(mentee.sectorId, mentor.sectorId)
  ) {
    score += weights.otherSector;
    reasons?.push({ kind: "otherSector" });
  }

  const wantsOther = mentee.prefersOtherDutyStation;
  if (weights.dutyStation !== 0 && wantsOther != null && mentee.dutyStationId !== null && mentor.dutyStationId !== null) {
    const same = mentee.dutyStationId === mentor.dutyStationId;
    if (same !== wantsOther) {
      score += weights.dutyStation;
      reasons?.push({ kind: same ? "sameDutyStation" : "otherDutyStation" });
    }
  }

  if (weights.seniorGrade !== 0 && pm.grade !== null && pt.grade !== null) {
    const steps = pt.grade - pm.grade;
    if (steps >= 1 && steps <= weights.maxGradeGap) {
      score += weights.seniorGrade;
      reasons?.push({ kind: "seniorGrade", mentorGrade: GRADE_ORDER[pt.grade] as Grade, steps });
    }
  }

  if (options.withChoice && weights.choiceRank !== 0) {
    const choice = pm.choiceOf.get(mentor.id);
    if (choice !== undefined) {
      score += weights.choiceRank * (MAX_RANKING + 1 - choice);
      reasons?.push({ kind: "choice", rank: choice });
    }
  }

  return score;
}

/** How well `mentor` fits `mentee`, including the bonus for the mentee's own ranking of them. */
export function compatibility(
  mentee: MatchMentee,
  mentor: MatchMentor,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): Compatibility {
  const reasons: MatchReason[] = [];
  const score = scorePrepared(prepareMentee(mentee), prepareMentor(mentor), weights, { withChoice: true, reasons });
  return { score, reasons };
}
