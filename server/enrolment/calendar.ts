import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { sessionToIcs } from "~/server/enrolment/ics";
import { isLdAdmin } from "~/server/enrolment/policy";
import { appUrl } from "~/server/env";
import { sessionWhere } from "~/server/enrolment/session-places";
import { mailWriter } from "~/server/mail/render";

/**
 * The .ics file of a session: one event per day with a stable UID and the session's SEQUENCE, so that a changed
 * or cancelled session replaces the events already in a calendar. The meeting link is only for participants.
 */
export async function sessionCalendar(actor: Pick<Actor, "id" | "roles" | "locale">, sessionId: string, now: Date = new Date()) {
  const s = await db.courseSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      status: true,
      sequence: true,
      delivery: true,
      location: true,
      meetingUrl: true,
      trainerId: true,
      course: { select: { code: true, title: true, summary: true, status: true } },
      days: { select: { startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
      enrollments: { where: { staffId: actor.id }, select: { state: true } },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", "enrolment.sessionNotFound");
  const participant = isLdAdmin(actor) || s.trainerId === actor.id || s.enrollments.some((e) => e.state === "ENROLLED" || e.state === "ATTENDED");
  if (s.course.status !== "PUBLISHED" && !participant && s.enrollments.length === 0) throw new AppError("NOT_FOUND", "enrolment.sessionNotFound");
  const page = appUrl(`/sessions/${s.id}`);
  const ics = sessionToIcs({
    uid: `session-${s.id}@pathway`,
    title: s.course.title,
    description: `${s.course.summary}\n\n${page}`,
    location: s.delivery === "VIRTUAL" && participant && s.meetingUrl ? s.meetingUrl : mailWriter(actor.locale, "enrolment.calendar").t("location", { ...sessionWhere(s) }),
    url: participant && s.meetingUrl ? s.meetingUrl : page,
    days: s.days.map((d) => ({ start: d.startsAt, end: d.endsAt })),
    sequence: s.sequence,
    cancelled: s.status === "CANCELLED",
    now,
  });
  const fileName = `${s.course.code.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}-${s.days[0]!.startsAt.toISOString().slice(0, 10)}.ics`;
  return { fileName, ics };
}
