import type { ReactNode } from "react";
import { Badge, type Tone } from "~/components/ui/badge";

/** Each status enum's colours, written once (compliance states keep theirs in lib/compliance.ts beside the rule). */
export const STATUS_TONES = {
  /** an enrolment's state and a ledger record's status */
  participation: { ENROLLED: "success", WAITLISTED: "warning", IN_PROGRESS: "info", COMPLETED: "success", ATTENDED: "success", NO_SHOW: "danger", WITHDRAWN: "neutral" },
  externalLearning: { PENDING: "warning", APPROVED: "success", REJECTED: "danger" },
  course: { DRAFT: "warning", PUBLISHED: "success", RETIRED: "neutral", ARCHIVED: "neutral" },
  mail: { PENDING: "warning", SENT: "success", FAILED: "danger" },
  mentoringRequest: { OPEN: "info", ACCEPTED: "success", DECLINED: "danger", WITHDRAWN: "neutral", EXPIRED: "warning" },
  coachingRequest: { OPEN: "info", ACCEPTED: "success", DECLINED: "danger", CLOSED: "neutral" },
  pairing: { PROPOSED: "warning", ACTIVE: "success", CLOSED: "neutral" },
  round: { OPEN: "info", PUBLISHED: "success", CANCELLED: "neutral" },
  videoAsset: { WAITING: "neutral", PROCESSING: "info", READY: "success", ERRORED: "danger", DELETED: "warning" },
  caption: { PREPARING: "info", READY: "success", ERRORED: "danger" },
} as const satisfies Record<string, Record<string, Tone>>;

export type StatusKind = keyof typeof STATUS_TONES;

/** A status as a coloured badge: `kind` names the enum, the label is the caller's translation. Unknown values are neutral. */
export function StatusBadge({ kind, status, children }: { kind: StatusKind; status: string; children: ReactNode }) {
  const tones: Partial<Record<string, Tone>> = STATUS_TONES[kind];
  return <Badge tone={tones[status] ?? "neutral"}>{children}</Badge>;
}
