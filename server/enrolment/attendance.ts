import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import { attendanceSnapshot } from "~/server/audit/snapshots";
import type { Actor } from "~/server/auth/roles";
import type { MarkAttendanceInput } from "~/lib/schemas/enrolment";
import { recordParticipation, reviseRecord } from "~/server/records/ledger";
import { assertCanTakeAttendance } from "~/server/enrolment/policy";
import { lockSession, SEAT_TX } from "~/server/enrolment/session-places";
import { transitionEnrollment } from "~/server/enrolment/transition-enrollment";
import { minutesBetween, minutesToDays, participationMode } from "~/server/enrolment/schedule";
import { zonedDate } from "~/server/enrolment/zoned-time";
import { parseIsoDate } from "~/lib/dates";
import type { Locale } from "~/lib/i18n/locales";
import { nameCollation } from "~/server/people/people";
import { queueXapi } from "~/server/xapi/outbox";

/** States of a participant (someone who held a seat); waitlisted and withdrawn people have no attendance. */
const PARTICIPANT_STATES = ["ENROLLED", "ATTENDED", "NO_SHOW"] as const;

export const sourceKeyOfEnrolment = (enrollmentId: string) => `enrolment:${enrollmentId}`;

/**
 * The roster of a session for its trainer or L&D: participants with their marks per day, then the waiting list.
 * Names are in the order a reader of `locale` sorts them (PostgreSQL's ICU collation; Chinese names by pinyin in Chinese).
 */
export async function sessionRoster(actor: Pick<Actor, "id" | "roles">, sessionId: string, asOf: Date = new Date(), locale: Locale = "en") {
  const session = await db.courseSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      trainerId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      capacity: true,
      trainingDays: true,
      delivery: true,
      location: true,
      course: { select: { id: true, code: true, title: true } },
      days: { select: { id: true, dayNumber: true, startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "enrolment.sessionNotFound");
  assertCanTakeAttendance(actor, session);
  const order = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "Enrollment" e JOIN "Staff" s ON s.id = e."staffId"
    WHERE e."sessionId" = ${sessionId}
    ORDER BY s."fullName" COLLATE ${nameCollation(locale)}, s."employeeId", e.id`;
  const rows = await db.enrollment.findMany({
    where: { id: { in: order.map((r) => r.id) } },
    select: {
      id: true,
      state: true,
      origin: true,
      waitlistPosition: true,
      stateChangedAt: true,
      staff: { select: { id: true, employeeId: true, fullName: true, email: true, grade: true, department: { select: { code: true } } } },
      attendance: { select: { dayId: true, mark: true, minutes: true } },
    },
  });
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const enrollments = order.flatMap(({ id }) => rowOf.get(id) ?? []);
  const records = await db.trainingRecord.findMany({
    where: { sourceKey: { in: enrollments.map((e) => sourceKeyOfEnrolment(e.id)) } },
    select: { sourceKey: true, trainingDays: true, status: true },
  });
  const recordOf = new Map(records.map((r) => [r.sourceKey, { trainingDays: r.trainingDays.toString(), status: r.status }]));
  const participants = enrollments
    .filter((e) => (PARTICIPANT_STATES as readonly string[]).includes(e.state))
    .map((e) => ({ ...e, record: recordOf.get(sourceKeyOfEnrolment(e.id)) ?? null }));
  const waitlist = enrollments
    .filter((e) => e.state === "WAITLISTED")
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  // People who left of their own accord, apart from those L&D's cancellation or closed waiting list let go.
  const withdrawn = enrollments.filter((e) => e.state === "WITHDRAWN");
  const cancelled = enrollments.filter((e) => e.state === "CANCELLED");
  const waitlistClosed = enrollments.filter((e) => e.state === "WAITLIST_CLOSED");
  return {
    session: {
      ...session,
      trainingDays: session.trainingDays.toString(),
      days: session.days.map((d) => ({ ...d, minutes: minutesBetween(d.startsAt, d.endsAt), started: asOf >= d.startsAt })),
    },
    participants,
    waitlist,
    withdrawn,
    cancelled,
    waitlistClosed,
    canMark: session.status === "SCHEDULED" && asOf >= session.startsAt,
  };
}

/**
 * The trainer or L&D marks attendance per day (attended, partial with hours, no-show) for days that have begun.
 * When every day of a participant is marked, their participation enters the ledger once (sourceKey
 * enrolment:<id>): ATTENDED with the attended hours as training days, or NO_SHOW with 0 days, which reports do
 * not count. Marking again later revises that same row through an audited revision, never a second row.
 */
export async function markAttendance(actor: Actor, input: MarkAttendanceInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const locked = await lockSession(tx, input.sessionId);
    const session = await tx.courseSession.findUniqueOrThrow({
      where: { id: locked.id },
      select: {
        id: true,
        trainerId: true,
        status: true,
        delivery: true,
        timeZone: true,
        course: { select: { id: true, mode: true, categoryId: true } },
        days: { select: { id: true, dayNumber: true, startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
      },
    });
    assertCanTakeAttendance(actor, session);
    if (session.status === "CANCELLED") throw new AppError("SESSION_CANCELLED", "enrolment.attendance.cancelled");
    const days = new Map(session.days.map((d) => [d.id, d]));
    const enrollmentIds = [...new Set(input.marks.map((m) => m.enrollmentId))];
    const enrollments = await tx.enrollment.findMany({
      where: { id: { in: enrollmentIds } },
      select: { id: true, sessionId: true, state: true, staffId: true, staff: { select: { fullName: true } } },
    });
    const enrollmentOf = new Map(enrollments.map((e) => [e.id, e]));
    // The marks these changes replace, for the audit trail's before/after.
    const touched = new Set(input.marks.map((m) => `${m.enrollmentId}/${m.dayId}`));
    const marked = async () =>
      attendanceSnapshot(
        (await tx.sessionAttendance.findMany({ where: { enrollmentId: { in: enrollmentIds }, day: { sessionId: session.id } }, select: { enrollmentId: true, dayId: true, mark: true, minutes: true } }))
          .filter((r) => touched.has(`${r.enrollmentId}/${r.dayId}`))
          .map((r) => ({ who: enrollmentOf.get(r.enrollmentId)?.staff.fullName ?? r.enrollmentId, day: days.get(r.dayId)?.dayNumber ?? 0, mark: r.mark, minutes: r.minutes })),
      );
    const before = await marked();

    for (const m of input.marks) {
      const day = days.get(m.dayId);
      if (!day) throw new AppError("INVALID", "enrolment.attendance.unknownDay");
      const e = enrollmentOf.get(m.enrollmentId);
      if (!e || e.sessionId !== session.id) throw new AppError("INVALID", "enrolment.attendance.unknownPerson");
      if (!(PARTICIPANT_STATES as readonly string[]).includes(e.state)) {
        throw new AppError("NOT_PARTICIPANT", "enrolment.attendance.notParticipant", { name: e.staff.fullName, waiting: e.state === "WAITLISTED" ? "yes" : "no" });
      }
      if (asOf < day.startsAt) throw new AppError("DAY_NOT_STARTED", "enrolment.attendance.dayNotStarted", { day: day.dayNumber });
      const scheduled = minutesBetween(day.startsAt, day.endsAt);
      const minutes = m.mark === "ATTENDED" ? scheduled : m.mark === "NO_SHOW" ? 0 : Math.round((m.hours ?? 0) * 60);
      if (m.mark === "PARTIAL" && (minutes <= 0 || minutes >= scheduled)) {
        throw new AppError("INVALID", "enrolment.attendance.partialOutOfRange", { name: e.staff.fullName, day: day.dayNumber, hours: String(scheduled / 60) }, { field: "hours" });
      }
      await tx.sessionAttendance.upsert({
        where: { enrollmentId_dayId: { enrollmentId: e.id, dayId: day.id } },
        create: { enrollmentId: e.id, dayId: day.id, mark: m.mark, minutes, markedById: actor.id, markedAt: asOf },
        update: { mark: m.mark, minutes, markedById: actor.id, markedAt: asOf },
      });
    }

    const outcome = { recorded: 0, revised: 0, unchanged: 0, incomplete: 0 };
    for (const e of enrollments) {
      const result = await syncParticipation(tx, actor, e.id, { ...session, days: session.days }, asOf, input.note);
      outcome[result]++;
    }
    const after = await marked();
    await audit(tx, actor, "attendance.mark", "CourseSession", session.id, { reason: input.note, data: { marks: input.marks.length, ...outcome }, before, after });
    return outcome;
  }, SEAT_TX);
}

type SyncSession = {
  id: string;
  delivery: "IN_PERSON" | "VIRTUAL";
  timeZone: string;
  course: { id: string; mode: "ONLINE" | "CLASSROOM" | "VIRTUAL" | "BLENDED" | "EXTERNAL"; categoryId: string };
  days: { id: string; startsAt: Date; endsAt: Date }[];
};

/** Brings one participant's ledger row and enrolment state in line with their marks, once all days are marked. */
async function syncParticipation(tx: Tx, actor: Actor, enrollmentId: string, session: SyncSession, asOf: Date, note?: string): Promise<"recorded" | "revised" | "unchanged" | "incomplete"> {
  const marks = await tx.sessionAttendance.findMany({ where: { enrollmentId }, select: { minutes: true } });
  if (marks.length < session.days.length) return "incomplete";
  const enrollment = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: { staffId: true, state: true } });
  const minutes = marks.reduce((s, m) => s + m.minutes, 0);
  const status = minutes > 0 ? "ATTENDED" : "NO_SHOW";
  const trainingDays = minutesToDays(minutes);
  const first = session.days[0]!;
  const last = session.days[session.days.length - 1]!;
  const { record, created } = await recordParticipation(tx, {
    staffId: enrollment.staffId,
    courseId: session.course.id,
    categoryId: session.course.categoryId,
    mode: participationMode(session.course.mode, session.delivery),
    startDate: parseIsoDate(zonedDate(first.startsAt, session.timeZone)),
    endDate: parseIsoDate(zonedDate(last.endsAt, session.timeZone)),
    trainingDays,
    status,
    source: "SESSION",
    sourceKey: sourceKeyOfEnrolment(enrollmentId),
  });
  if (status === "ATTENDED") await queueXapi(tx, { kind: "attended", staffId: enrollment.staffId, courseId: session.course.id, sessionId: session.id, enrollmentId, durationSeconds: minutes * 60, at: last.endsAt < asOf ? last.endsAt : asOf });
  let result: "recorded" | "revised" | "unchanged" = "recorded";
  if (!created) {
    const { changed } = await reviseRecord(tx, actor, record.id, { trainingDays, status }, note?.trim() ? note : `Attendance updated by ${actor.fullName}`);
    result = changed ? "revised" : "unchanged";
  }
  await transitionEnrollment(tx, [enrollmentId], status, { actorId: actor.id, asOf });
  return result;
}
