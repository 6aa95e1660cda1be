// The shape of a programme's eligibility rule (Programme.eligibility), shared by the L&D editor and the check.
// A person is eligible when every rule of at least one alternative holds on the day (I-seize: "P3–P5 women" OR
// "General Service men"). No alternatives at all: everyone is eligible. The check itself is in eligibility.ts.
import { z } from "zod";

export const STAFF_CATEGORIES = ["G", "P", "D", "NO"] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

const GradeCode = z.string().trim().regex(/^[A-Z]{1,2}-?[A-Z0-9]{1,3}$/, "grade");

export const EligibilityRuleSchema = z.discriminatedUnion("kind", [
  /** one of these grades (e.g. ["P3", "P4", "P5"]) */
  z.object({ kind: z.literal("grade"), grades: z.array(GradeCode).min(1).max(40) }),
  /** a grade group: G (General Service), P (Professional), D (Directors), NO (National Professional Officers) */
  z.object({ kind: z.literal("staffCategory"), categories: z.array(z.enum(STAFF_CATEGORIES)).min(1).max(4) }),
  z.object({ kind: z.literal("gender"), genders: z.array(z.enum(["F", "M", "X"])).min(1).max(3) }),
  /** at least this many whole months since the hire date */
  z.object({ kind: z.literal("minService"), months: z.number().int().min(1).max(600) }),
  /** serving at one of these duty stations (codes, e.g. "GVA") */
  z.object({ kind: z.literal("dutyStation"), codes: z.array(z.string().trim().min(1).max(20)).min(1).max(50) }),
]);
export type EligibilityRule = z.infer<typeof EligibilityRuleSchema>;

export const EligibilitySchema = z.object({
  alternatives: z.array(z.array(EligibilityRuleSchema).min(1).max(10)).max(10),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

/** The grade group of a grade: "G5" → G, "P3" → P, "D1" → D, "NO-B" → NO. */
export function staffCategoryOf(grade: string): StaffCategory | null {
  if (grade.startsWith("NO")) return "NO";
  const first = grade[0];
  return first === "G" || first === "P" || first === "D" ? first : null;
}
