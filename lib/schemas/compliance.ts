import { z } from "zod";
import { IsoDateInput } from "~/lib/schemas/common";

export const AUDIENCE_KINDS = ["EVERYONE", "DEPARTMENT", "SECTOR", "GRADE", "DUTY_STATION", "MANAGERS", "NEW_STAFF"] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
/** Audiences that name their members: departments, sectors, duty stations (ids) or grades. */
export const LISTED_AUDIENCES: readonly AudienceKind[] = ["DEPARTMENT", "SECTOR", "GRADE", "DUTY_STATION"];

/** Most urgent first: the order lists and the pure rule (server/compliance/state-rule.ts) rank states in. */
export const COMPLIANCE_STATE_VALUES = ["OVERDUE", "DUE", "NOT_DUE_YET", "COMPLIANT", "EXEMPT"] as const;


const whole = (min: number, max: number, what: string) =>
  z
    .number({ message: `Enter a whole number of ${what}` })
    .int({ message: `Enter a whole number of ${what}` })
    .min(min, { message: `At least ${min} ${what}` })
    .max(max, { message: `At most ${max} ${what}` });

const listedAudienceMessage: Record<string, string> = {
  DEPARTMENT: "Choose at least one department",
  SECTOR: "Choose at least one sector",
  GRADE: "Choose at least one grade",
  DUTY_STATION: "Choose at least one duty station",
};

const RequirementFields = z.object({
  audienceKind: z.enum(AUDIENCE_KINDS, { message: "Choose who must take the course" }),
  audienceValues: z.array(z.string().trim().min(1)).max(100, { message: "At most 100 entries" }).default([]),
  newStaffDays: whole(1, 3650, "days").nullable().default(null),
  effectiveFrom: IsoDateInput,
  dueDate: IsoDateInput.nullable().default(null),
  dueAfterDays: whole(0, 3650, "days").nullable().default(null),
  validityMonths: whole(1, 240, "months").nullable().default(null),
  note: z.string().trim().max(500, { message: "At most 500 characters" }).default(""),
});

type RequirementShape = z.infer<typeof RequirementFields>;

/** The rules a requirement must meet, shared by the form (messages next to the fields) and the server. */
function checkRequirement(r: RequirementShape, ctx: z.RefinementCtx) {
  if (LISTED_AUDIENCES.includes(r.audienceKind) && r.audienceValues.length === 0) {
    ctx.addIssue({ code: "custom", path: ["audienceValues"], message: listedAudienceMessage[r.audienceKind]! });
  }
  if (r.audienceKind === "NEW_STAFF" && r.newStaffDays === null) {
    ctx.addIssue({ code: "custom", path: ["newStaffDays"], message: "Say how many days after their hire date staff count as new" });
  }
  if (r.dueDate === null && r.dueAfterDays === null) {
    ctx.addIssue({ code: "custom", path: ["dueAfterDays"], message: "Give a due date, a number of days, or both" });
  }
  if (r.dueDate !== null && r.dueDate < r.effectiveFrom) {
    ctx.addIssue({ code: "custom", path: ["dueDate"], message: "The due date cannot be before the requirement takes effect" });
  }
}

export const CreateRequirementInput = RequirementFields.extend({ courseId: z.string().min(1, { message: "Choose a course" }) }).superRefine(checkRequirement);
export type CreateRequirementInput = z.infer<typeof CreateRequirementInput>;

export const UpdateRequirementInput = RequirementFields.extend({ id: z.string().min(1) }).superRefine(checkRequirement);
export type UpdateRequirementInput = z.infer<typeof UpdateRequirementInput>;

export const RequirementIdInput = z.object({ id: z.string().min(1) });

export const ExemptionReason = z
  .string()
  .trim()
  .min(5, { message: "Give the reason in a few words (at least 5 characters)" })
  .max(500, { message: "At most 500 characters" });

export const GrantExemptionInput = z.object({ requirementId: z.string().min(1), staffId: z.string().min(1, { message: "Choose a person" }), reason: ExemptionReason });
export type GrantExemptionInput = z.infer<typeof GrantExemptionInput>;

export const RevokeExemptionInput = z.object({ requirementId: z.string().min(1), staffId: z.string().min(1), reason: ExemptionReason });
export type RevokeExemptionInput = z.infer<typeof RevokeExemptionInput>;

/** Day counts of reminders and escalation, editable by L&D (stored in Setting "compliance.reminders"). */
export const ComplianceSettings = z
  .object({
    /** learners are reminded when a deadline (or the end of a certification) is this many days away or less */
    remindBeforeDays: whole(1, 90, "days"),
    /** their manager is told in a weekly digest once they are this many days overdue */
    managerAfterDays: whole(1, 365, "days"),
    /** L&D's escalation list shows people this many days overdue or more */
    escalateAfterDays: whole(1, 365, "days"),
  })
  .superRefine((s, ctx) => {
    if (s.escalateAfterDays < s.managerAfterDays) {
      ctx.addIssue({ code: "custom", path: ["escalateAfterDays"], message: "Escalate to L&D no earlier than managers are told" });
    }
  });
export type ComplianceSettings = z.infer<typeof ComplianceSettings>;

export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = { remindBeforeDays: 14, managerAfterDays: 14, escalateAfterDays: 30 };

/** Filters of the dashboard's list of people, its CSV export and the escalation list. */
export const ComplianceListFilter = z.object({
  requirementId: z.string().min(1).optional(),
  departmentId: z.string().min(1).optional(),
  sectorId: z.string().min(1).optional(),
  state: z.enum(COMPLIANCE_STATE_VALUES).optional(),
  minDaysOverdue: z.number().int().min(0).max(36500).optional(),
  search: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).max(100000).default(1),
});
export type ComplianceListFilter = z.infer<typeof ComplianceListFilter>;

export const ExplainInput = z.object({ staffId: z.string().min(1), requirementId: z.string().min(1) });

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The people list's filters from a URL (page, CSV export): unknown or malformed values are dropped, never trusted. */
export function listFilterFromSearchParams(sp: SearchParams): ComplianceListFilter {
  const min = Number(one(sp.min));
  const page = Number(one(sp.page));
  const raw = {
    requirementId: one(sp.requirement),
    departmentId: one(sp.department),
    sectorId: one(sp.sector),
    state: (COMPLIANCE_STATE_VALUES as readonly string[]).includes(one(sp.state) ?? "") ? one(sp.state) : undefined,
    minDaysOverdue: Number.isInteger(min) && min >= 0 ? min : undefined,
    search: one(sp.q)?.slice(0, 100),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
  const parsed = ComplianceListFilter.safeParse(raw);
  return parsed.success ? parsed.data : { page: 1 };
}

/** The same filters back into a query string (links, pagination, CSV). */
export function listFilterToQuery(f: Partial<ComplianceListFilter>): string {
  const q = new URLSearchParams();
  if (f.requirementId) q.set("requirement", f.requirementId);
  if (f.departmentId) q.set("department", f.departmentId);
  if (f.sectorId) q.set("sector", f.sectorId);
  if (f.state) q.set("state", f.state);
  if (f.minDaysOverdue !== undefined) q.set("min", String(f.minDaysOverdue));
  if (f.search) q.set("q", f.search);
  if (f.page && f.page > 1) q.set("page", String(f.page));
  const s = q.toString();
  return s ? `?${s}` : "";
}
