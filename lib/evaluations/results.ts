/** Results are shown only from this many responses in scope: fewer could let a reader guess who answered what. */
export const MIN_RESPONSES = 5;

/** The first day of the month of an instant (UTC): the only time an answer keeps. */
export function monthOf(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

/** "2026-03" → 1 March 2026 (UTC); null for anything else. */
export function parseMonth(value: string | undefined | null): Date | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? "");
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : null;
}

/** The month after `month` (first day), for half-open ranges. */
export function nextMonth(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
}

/** Responses as a whole percentage of requests; null when nobody was asked. */
export function responseRate(responses: number, requests: number): number | null {
  if (requests <= 0) return null;
  return Math.min(100, Math.round((responses / requests) * 100));
}

/** A scale question's counts of 1…5 from grouped rows (values outside 1–5 are ignored), its count and mean to one decimal. */
export function scaleSummary(rows: readonly { value: number; count: number }[]): { count: number; average: number | null; distribution: number[] } {
  const distribution = [0, 0, 0, 0, 0];
  for (const r of rows) if (Number.isInteger(r.value) && r.value >= 1 && r.value <= 5) distribution[r.value - 1]! += r.count;
  const count = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return { count, average: count ? Math.round((sum / count) * 10) / 10 : null, distribution };
}

/** Whether results in a scope with `responses` answers may be shown. */
export function visible(responses: number): boolean {
  return responses >= MIN_RESPONSES;
}

/** A share of a distribution as a whole percentage (for bar widths and screen-reader text). */
export function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
