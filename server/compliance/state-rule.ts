import "server-only";
// The rule that turns a requirement, a person's audience entry and their completions into a compliance state.
// Pure (dates are "YYYY-MM-DD" strings, today is a parameter); server/compliance/state-query.ts runs the same rule as
// one SQL query over all staff, and server/compliance/state-query.int.test.ts checks that both agree.
import { addDays, addMonths, daysBetween, type IsoDate } from "~/lib/dates";
import { COMPLIANCE_STATE_VALUES } from "~/lib/schemas/compliance";

export type ComplianceStateKind = (typeof COMPLIANCE_STATE_VALUES)[number];

/** The dates of a requirement that decide deadlines. */
export type RequirementTerms = {
  /** The day the requirement takes effect. */
  effectiveFrom: IsoDate;
  /** Fixed due date for people already in the audience when it takes effect. */
  dueDate: IsoDate | null;
  /** Relative deadline: days after a person joins the audience. */
  dueAfterDays: number | null;
  /** A completion is valid this many months, then due again (recertification); null = once is enough. */
  validityMonths: number | null;
};

export type PersonFacts = {
  /** When the person joined the audience: hire date, or the day they moved into it / got their first report. */
  enteredOn: IsoDate;
  /** End dates of their completions of the course (ledger rows COMPLETED or ATTENDED), any order. */
  completions: readonly IsoDate[];
  /** An active exemption by L&D. */
  exemptReason: string | null;
};

export type ComplianceState = {
  state: ComplianceStateKind;
  /** DUE / OVERDUE / NOT_DUE_YET: the deadline; COMPLIANT: when the certification runs out (null = never); EXEMPT: null. */
  dueOn: IsoDate | null;
  /** Last day the latest completion counts (null: no completion, or valid forever). */
  validUntil: IsoDate | null;
  lastCompletedOn: IsoDate | null;
  /** The first day the requirement applies to the person. */
  startsOn: IsoDate;
  daysOverdue: number;
  exemptReason: string | null;
};

const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/**
 * The first deadline for a person who joined the audience on `enteredOn`:
 * - in the audience when the requirement took effect → the requirement's due date (or effectiveFrom + days);
 * - joined later → enteredOn + days, or the fixed due date when the requirement has no relative deadline.
 */
export function firstDeadline(terms: RequirementTerms, enteredOn: IsoDate): IsoDate {
  if (terms.dueDate === null && terms.dueAfterDays === null) throw new RangeError("A requirement needs a due date or a number of days.");
  if (enteredOn <= terms.effectiveFrom) return terms.dueDate ?? addDays(terms.effectiveFrom, terms.dueAfterDays!);
  if (terms.dueAfterDays !== null) return addDays(enteredOn, terms.dueAfterDays);
  return terms.dueDate!;
}

/**
 * A person's state for one requirement on `asOf`, in this order:
 * exempt → compliant (latest completion still valid; through validUntil inclusive) → not due yet (the requirement
 * does not apply to them before startsOn) → due (up to and including the deadline) → overdue.
 * After a certification expires, the deadline is its expiry date (or the first deadline, if later): it is due again
 * at once, and the reminders have warned beforehand. Completions after asOf are not known yet on asOf.
 */
export function complianceState(terms: RequirementTerms, facts: PersonFacts, asOf: IsoDate): ComplianceState {
  const startsOn = maxDate(facts.enteredOn, terms.effectiveFrom);
  let lastCompletedOn: IsoDate | null = null;
  for (const c of facts.completions) if (c <= asOf && (lastCompletedOn === null || c > lastCompletedOn)) lastCompletedOn = c;
  const validUntil = lastCompletedOn !== null && terms.validityMonths !== null ? addMonths(lastCompletedOn, terms.validityMonths) : null;
  const base = { validUntil, lastCompletedOn, startsOn, daysOverdue: 0, exemptReason: null };

  if (facts.exemptReason !== null) return { ...base, state: "EXEMPT", dueOn: null, exemptReason: facts.exemptReason };
  if (lastCompletedOn !== null && (validUntil === null || asOf <= validUntil)) return { ...base, state: "COMPLIANT", dueOn: validUntil };

  const first = firstDeadline(terms, facts.enteredOn);
  const dueOn = validUntil !== null ? maxDate(validUntil, first) : first;
  if (asOf < startsOn) return { ...base, state: "NOT_DUE_YET", dueOn };
  if (asOf <= dueOn) return { ...base, state: "DUE", dueOn };
  return { ...base, state: "OVERDUE", dueOn, daysOverdue: daysBetween(dueOn, asOf) };
}

/** An L&D exemption with the days it was granted and revoked (the UTC days of its instants, as every date here). */
export type Exemption = { reason: string; grantedOn: IsoDate; revokedOn: IsoDate | null };

/** The reason of the exemption in force on `asOf`: granted on or before that day and not revoked by the end of it. */
export function exemptReasonOn(e: Exemption | null, asOf: IsoDate): string | null {
  return e !== null && e.grantedOn <= asOf && (e.revokedOn === null || e.revokedOn > asOf) ? e.reason : null;
}

/**
 * Which day the states are about.
 * - "live" (the dashboard, homes, reminders): today's staff and requirements, looking ahead — a person hired next
 *   month or a requirement that takes effect later is NOT_DUE_YET, so L&D and the person see it coming.
 * - "snapshot" (a report as of a day, usually past): the organisation as it stood that day — only people employed
 *   then and requirements in force then, so a later hire or a later requirement is not counted at all.
 * Both: a person who left on or before asOf is gone, a requirement retired by asOf no longer applies, an exemption
 * counts from the day it was granted until the day it was revoked, a completion from its end date.
 */
export type StateView = "live" | "snapshot";

/** Employed on `asOf`: still active, or left after that day (leftOn is the first day without them); hired by then in a snapshot. */
export function employedOn(p: { hiredOn: IsoDate; active: boolean; leftOn: IsoDate | null }, asOf: IsoDate, view: StateView): boolean {
  if (!p.active && (p.leftOn === null || p.leftOn <= asOf)) return false;
  return view === "live" || p.hiredOn <= asOf;
}

/** In force on `asOf`: not retired by the end of that day; in a snapshot also already in effect (effectiveFrom decides, not when it was entered). */
export function inForceOn(r: Pick<RequirementTerms, "effectiveFrom"> & { retiredOn: IsoDate | null }, asOf: IsoDate, view: StateView): boolean {
  if (r.retiredOn !== null && r.retiredOn <= asOf) return false;
  return view === "live" || r.effectiveFrom <= asOf;
}

/**
 * The whole rule for one person and one requirement they are in the audience of (the SQL's counterpart is
 * statesSql): null when the pair is not counted on `asOf` (left, retired, or in a snapshot not yet begun).
 */
export function stateOn(
  r: RequirementTerms & { retiredOn: IsoDate | null },
  p: { hiredOn: IsoDate; active: boolean; leftOn: IsoDate | null; enteredOn: IsoDate; completions: readonly IsoDate[]; exemption: Exemption | null },
  asOf: IsoDate,
  view: StateView,
): ComplianceState | null {
  if (!employedOn(p, asOf, view) || !inForceOn(r, asOf, view)) return null;
  const state = complianceState(r, { enteredOn: p.enteredOn, completions: p.completions, exemptReason: exemptReasonOn(p.exemption, asOf) }, asOf);
  return view === "snapshot" && state.startsOn > asOf ? null : state;
}

/** Most urgent first: what a person should do next. */
export function urgency(s: Pick<ComplianceState, "state" | "dueOn">): [number, string] {
  return [COMPLIANCE_STATE_VALUES.indexOf(s.state), s.dueOn ?? "9999-12-31"];
}
