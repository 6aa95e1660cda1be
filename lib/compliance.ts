// Small isomorphic helpers shared by compliance pages, components and e-mails.
import type { Tone } from "~/components/ui/badge";
import type { COMPLIANCE_STATE_VALUES } from "~/lib/schemas/compliance";

export type ComplianceStateName = (typeof COMPLIANCE_STATE_VALUES)[number];

/** Where a learner opens a course (the course player's route). */
export function courseHref(code: string): string {
  return `/courses/${encodeURIComponent(code)}`;
}

/** Badge colour of a state: red overdue, amber due, green compliant. */
export const STATE_TONE: Record<ComplianceStateName, Tone> = {
  OVERDUE: "danger",
  DUE: "warning",
  NOT_DUE_YET: "info",
  COMPLIANT: "success",
  EXEMPT: "neutral",
};

/** ISO 8601 week of a calendar date, e.g. "2026-W48": the reminder throttle's unit (weeks start on Monday). */
export function isoWeek(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - day); // the Thursday of this week decides its year
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
