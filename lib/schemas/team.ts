import { z } from "zod";
import { Id } from "~/lib/schemas/common";
import { COMPLIANCE_STATE_VALUES } from "~/lib/schemas/compliance";

/** "direct": the manager's direct reports; "all": everyone down the reporting line. */
export const TEAM_SCOPES = ["direct", "all"] as const;
export type TeamScope = (typeof TEAM_SCOPES)[number];

/** The /team page's filters (GET parameters), its CSV export's, and the manager's home card's (no filter). */
export const TeamFilter = z.object({
  scope: z.enum(TEAM_SCOPES).default("direct"),
  requirementId: Id.optional(),
  state: z.enum(COMPLIANCE_STATE_VALUES).optional(),
});
export type TeamFilter = z.infer<typeof TeamFilter>;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function one(sp: SearchParams, key: string): string | undefined {
  const v = sp instanceof URLSearchParams ? (sp.get(key) ?? undefined) : sp[key];
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
}

/** The filters from a query string (`?scope=all&requirement=…&state=OVERDUE`); anything unknown is dropped. */
export function teamFilterFromSearchParams(sp: SearchParams): TeamFilter {
  const scope = one(sp, "scope");
  const state = one(sp, "state");
  const parsed = TeamFilter.safeParse({
    scope: (TEAM_SCOPES as readonly string[]).includes(scope ?? "") ? scope : undefined,
    requirementId: one(sp, "requirement"),
    state: (COMPLIANCE_STATE_VALUES as readonly string[]).includes(state ?? "") ? state : undefined,
  });
  return parsed.success ? parsed.data : { scope: "direct" };
}

/** The same filters back into a query string (the CSV link carries exactly the page's view). */
export function teamFilterToQuery(f: Partial<TeamFilter>): string {
  const q = new URLSearchParams();
  if (f.scope && f.scope !== "direct") q.set("scope", f.scope);
  if (f.requirementId) q.set("requirement", f.requirementId);
  if (f.state) q.set("state", f.state);
  return q.toString();
}

/** A manager reminds one person about one requirement; requestId (made when the button renders) makes a double click count once. */
export const RemindInput = z.object({
  staffId: Id,
  requirementId: Id,
  requestId: z.string().trim().min(8).max(64),
});
export type RemindInput = z.infer<typeof RemindInput>;
