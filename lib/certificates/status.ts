import { addDays, toIsoDate, type IsoDate } from "~/lib/dates";

// What a certificate says on a given day, the rule of the public verification page and every list: revoked wins over
// expired, expired over valid. A recertified course's certificate counts through validUntil inclusive (the compliance
// rule, server/compliance/state-rule.ts), so it is expired from the next day.

export type CertificateFacts = { revokedAt: Date | null; validUntil: Date | IsoDate | null };

export type CertificateStatus =
  | { state: "valid"; until: IsoDate | null }
  | { state: "expired"; since: IsoDate }
  | { state: "revoked"; since: IsoDate };

const iso = (d: Date | IsoDate) => (typeof d === "string" ? d : toIsoDate(d));

export function certificateStatus(facts: CertificateFacts, asOf: IsoDate): CertificateStatus {
  if (facts.revokedAt && iso(facts.revokedAt) <= asOf) return { state: "revoked", since: iso(facts.revokedAt) };
  const until = facts.validUntil === null ? null : iso(facts.validUntil);
  if (until !== null && asOf > until) return { state: "expired", since: addDays(until, 1) };
  return { state: "valid", until };
}
