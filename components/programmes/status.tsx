import type { ReactNode } from "react";
import { Badge, type Tone } from "~/components/ui/badge";

const APPLICATION_TONES: Record<string, Tone> = {
  UNDER_REVIEW: "info",
  WITHDRAWN: "neutral",
  SELECTED: "success",
  WAITLISTED: "warning",
  NOT_SELECTED: "neutral",
  COMPLETED: "success",
  DROPPED: "neutral",
};
const PROGRESS_TONES: Record<string, Tone> = { NOT_STARTED: "neutral", IN_PROGRESS: "info", COMPLETED: "success", MISSED: "danger" };
const ENDORSEMENT_TONES: Record<string, Tone> = { NOT_REQUIRED: "neutral", REQUESTED: "warning", ENDORSED: "success", DECLINED: "danger" };

/** An application's status as the applicant sees it, as a badge (the label is the caller's translation). */
export function ApplicationBadge({ status, children }: { status: string; children: ReactNode }) {
  return <Badge tone={APPLICATION_TONES[status] ?? "neutral"}>{children}</Badge>;
}

export function ProgressBadge({ status, children }: { status: string; children: ReactNode }) {
  return <Badge tone={PROGRESS_TONES[status] ?? "neutral"}>{children}</Badge>;
}

export function EndorsementBadge({ status, children }: { status: string; children: ReactNode }) {
  return <Badge tone={ENDORSEMENT_TONES[status] ?? "neutral"}>{children}</Badge>;
}
