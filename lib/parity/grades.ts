// Grades and grade groups in the order the organisation's reports list them (G1…G7, P1…P5, D1, D2, NO-A…), and the
// arithmetic of the parity report: women's share with one decimal, the gap to a target and the change in points.

export const GRADE_GROUPS = ["G", "P", "D", "NO"] as const;
export type GradeGroup = (typeof GRADE_GROUPS)[number];
/** A grade outside the four groups (a consultant's "UG", a typo in an import): listed last, never dropped. */
export type GroupOf = GradeGroup | "OTHER";

/** The group of a grade: "G4" → G, "P3" → P, "D1" → D, "NO-B" → NO; anything else OTHER. */
export function gradeGroup(grade: string): GroupOf {
  const g = grade.trim().toUpperCase();
  if (/^NO([-\s]?[A-Z0-9]+)?$/.test(g)) return "NO";
  if (/^G\d+$/.test(g)) return "G";
  if (/^P\d+$/.test(g)) return "P";
  if (/^D\d+$/.test(g)) return "D";
  return "OTHER";
}

const GROUP_RANK: Record<GroupOf, number> = { G: 0, P: 1, D: 2, NO: 3, OTHER: 4 };

/** Sorts grades G1…G7, P1…P5, D1, D2, NO-A, NO-B…, then other grades alphabetically (P10 after P9, not after P1). */
export function compareGrades(a: string, b: string): number {
  const ga = gradeGroup(a);
  const gb = gradeGroup(b);
  if (ga !== gb) return GROUP_RANK[ga] - GROUP_RANK[gb];
  const na = /\d+/.exec(a);
  const nb = /\d+/.exec(b);
  if (ga !== "NO" && ga !== "OTHER" && na && nb && Number(na[0]) !== Number(nb[0])) return Number(na[0]) - Number(nb[0]);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareGroups(a: GroupOf, b: GroupOf): number {
  return GROUP_RANK[a] - GROUP_RANK[b];
}

/** One decimal, half away from zero on the exact value (2 of 13 = 15.38… → 15.4; 1 of 8 = 12.5). */
export function round1(value: number): number {
  const scaled = Math.round(Math.abs(value) * 10 + 1e-9) / 10;
  return value < 0 ? -scaled : scaled;
}

/** Women's share of a headcount in percent with one decimal; null for nobody. */
export function womenShare(women: number, staff: number): number | null {
  if (staff <= 0) return null;
  // integers first, so 2/13 is rounded from 153.84…, not from a float already off by one ulp
  return Math.round((women * 1000) / staff + 1e-9) / 10;
}

/**
 * The gap to a target in percentage points, from the share as people read it (15.4 % against 24 % is −8.6): negative
 * below the target, positive above; null without a share or a target.
 */
export function gapToTarget(share: number | null, target: number | null): number | null {
  if (share === null || target === null) return null;
  return round1(share - target);
}

/** The change in points between two shares as people read them (32.7 % then 35.0 % now: +2.3); null if one is missing. */
export function changeInPoints(now: number | null, then: number | null): number | null {
  if (now === null || then === null) return null;
  return round1(now - then);
}
