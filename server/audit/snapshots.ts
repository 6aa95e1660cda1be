import "server-only";
// What the audit trail keeps of an object before and after a change: the fields a reviewer compares (ids, statuses,
// dates, numbers), never a whole row and never free text a person wrote (notes, meeting links with passcodes).
import type { AuditSnapshot } from "~/server/audit";

type SessionFields = {
  capacity: number;
  status?: string;
  startsAt: Date;
  endsAt: Date;
  enrolmentDeadline: Date | null;
  timeZone: string;
  delivery: string;
  location: string | null;
  days: readonly unknown[];
};

/** A classroom or virtual session as L&D schedules it. */
export function sessionSnapshot(s: SessionFields): AuditSnapshot {
  return {
    ...(s.status ? { status: s.status } : {}),
    capacity: s.capacity,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    enrolmentDeadline: s.enrolmentDeadline?.toISOString() ?? null,
    timeZone: s.timeZone,
    delivery: s.delivery,
    location: s.location,
    days: s.days.length,
  };
}

type AttendanceMark = { who: string; day: number; mark: string; minutes: number };

/** Attendance marks keyed "day N · person": a reviewer sees who went from absent to present on which day. */
export function attendanceSnapshot(marks: readonly AttendanceMark[]): AuditSnapshot | null {
  if (marks.length === 0) return null;
  return Object.fromEntries(
    marks.map((m) => [`${m.day} · ${m.who}`, m.mark === "PARTIAL" ? `PARTIAL ${Math.round((m.minutes / 60) * 100) / 100} h` : m.mark]),
  );
}
