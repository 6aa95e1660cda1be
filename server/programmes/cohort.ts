import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { toIsoDate } from "~/lib/dates";
import type { SetOutcomeInput, SetProgressInput } from "~/lib/schemas/programme-admin";
import { Prisma } from "~/server/generated/prisma/client";
import { lockCohort } from "~/server/programmes/admin";
import { promoteFromWaitingList } from "~/server/programmes/selection";

const PARTICIPANT_STATUSES = ["SELECTED", "COMPLETED", "DROPPED"] as const;

export type CohortGrid = NonNullable<Awaited<ReturnType<typeof cohortGrid>>>;

/**
 * The running cohort as a grid: participants × components with each cell's status, hours and note; for coaching the
 * hours the person's logged coaching sessions within the cohort's dates add up to (a suggestion), and for a component
 * linked to a Pathway session the attendance the trainer took (days attended of the session's days).
 */
export async function cohortGrid(cohortId: string) {
  const cohort = await db.programmeCohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      places: true,
      startsOn: true,
      endsOn: true,
      selectionPublishedAt: true,
      completedAt: true,
      programme: { select: { id: true, name: true } },
      components: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, kind: true, title: true, sessionId: true, coachingHours: true, session: { select: { days: { select: { id: true } } } } },
      },
      applications: {
        where: { status: { in: [...PARTICIPANT_STATUSES] } },
        orderBy: { staff: { fullName: "asc" } },
        select: {
          id: true,
          status: true,
          completedAt: true,
          staffId: true,
          staff: { select: { fullName: true } },
          progress: { select: { componentId: true, status: true, hours: true, note: true, completedOn: true } },
        },
      },
    },
  });
  if (!cohort) return null;
  const staffIds = cohort.applications.map((a) => a.staffId);
  const [coaching, attendance] = await Promise.all([
    db.coachingSession.groupBy({
      by: ["coacheeId"],
      where: { coacheeId: { in: staffIds }, heldOn: { gte: cohort.startsOn, lte: cohort.endsOn } },
      _sum: { hours: true },
    }),
    attendanceOf(
      staffIds,
      cohort.components.flatMap((k) => (k.sessionId ? [k.sessionId] : [])),
    ),
  ]);
  const coachingHours = new Map(coaching.map((c) => [c.coacheeId, Number(c._sum.hours ?? 0)]));
  return {
    id: cohort.id,
    name: cohort.name,
    places: cohort.places,
    startsOn: toIsoDate(cohort.startsOn),
    endsOn: toIsoDate(cohort.endsOn),
    selectionPublishedAt: cohort.selectionPublishedAt,
    completedAt: cohort.completedAt,
    programme: cohort.programme,
    components: cohort.components.map((k) => ({
      id: k.id,
      kind: k.kind,
      title: k.title,
      coachingHours: k.coachingHours === null ? null : Number(k.coachingHours),
      sessionDays: k.session?.days.length ?? null,
    })),
    participants: cohort.applications.map((a) => ({
      applicationId: a.id,
      name: a.staff.fullName,
      status: a.status,
      completedAt: a.completedAt,
      cells: cohort.components.map((k) => {
        const p = a.progress.find((x) => x.componentId === k.id);
        return {
          componentId: k.id,
          status: p?.status ?? "NOT_STARTED",
          hours: p?.hours === null || p?.hours === undefined ? null : Number(p.hours),
          note: p?.note ?? "",
          suggestedHours: k.kind === "COACHING" ? (coachingHours.get(a.staffId) ?? 0) : null,
          attendedDays: k.sessionId ? (attendance.get(`${a.staffId}|${k.sessionId}`) ?? 0) : null,
        };
      }),
    })),
  };
}

/** Days each person attended (fully or partly) of each session, keyed "staffId|sessionId". */
async function attendanceOf(staffIds: string[], sessionIds: string[]) {
  if (staffIds.length === 0 || sessionIds.length === 0) return new Map<string, number>();
  const rows = await db.sessionAttendance.findMany({
    where: { mark: { in: ["ATTENDED", "PARTIAL"] }, enrollment: { staffId: { in: staffIds }, sessionId: { in: sessionIds } } },
    select: { enrollment: { select: { staffId: true, sessionId: true } } },
  });
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.enrollment.staffId}|${r.enrollment.sessionId}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

async function participantInCohort(applicationId: string) {
  const app = await db.programmeApplication.findUnique({ where: { id: applicationId }, select: { cohortId: true } });
  if (!app) throw new AppError("NOT_FOUND", "programmeAdmin.applicationNotFound");
  return app.cohortId;
}

/** Sets a participant's status (and hours, note) on one component of a running cohort. Audited. */
export async function setProgress(actor: Pick<Actor, "id">, input: SetProgressInput, asOf: Date = new Date()) {
  const cohortId = await participantInCohort(input.applicationId);
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (!cohort.selectionPublishedAt) throw new AppError("CONFLICT", "programmeAdmin.selectionNotPublished");
    if (cohort.completedAt) throw new AppError("CONFLICT", "programmeAdmin.cohortCompleted");
    const app = await tx.programmeApplication.findUniqueOrThrow({ where: { id: input.applicationId }, select: { status: true, staff: { select: { fullName: true } } } });
    if (app.status !== "SELECTED" && app.status !== "COMPLETED") throw new AppError("CONFLICT", "programmeAdmin.notParticipant", { name: app.staff.fullName });
    const component = await tx.programmeComponent.findFirst({ where: { id: input.componentId, cohortId }, select: { id: true } });
    if (!component) throw new AppError("NOT_FOUND", "programmeAdmin.componentNotFound");
    const key = { componentId_applicationId: { componentId: component.id, applicationId: input.applicationId } };
    const before = await tx.programmeComponentProgress.findUnique({ where: key, select: { status: true, hours: true } });
    const data = {
      status: input.status,
      hours: input.hours === undefined ? undefined : input.hours === null ? null : new Prisma.Decimal(input.hours),
      note: input.note,
      completedOn: input.status === "COMPLETED" ? new Date(`${toIsoDate(asOf)}T00:00:00Z`) : null,
      updatedById: actor.id,
    };
    const after = await tx.programmeComponentProgress.upsert({
      where: key,
      create: { componentId: component.id, applicationId: input.applicationId, ...data },
      update: data,
      select: { status: true, hours: true },
    });
    const snap = (p: { status: string; hours: Prisma.Decimal | null } | null) => (p ? { status: p.status, hours: p.hours === null ? null : Number(p.hours) } : null);
    await audit(tx, actor, "programme.progress.set", "ProgrammeApplication", input.applicationId, { before: snap(before), after: snap(after), data: { componentId: component.id } });
    return { ok: true };
  });
}

/**
 * Marks a participant COMPLETED (with the day) or DROPPED. Dropping frees the place: the first person on the waiting
 * list is promoted and told. Idempotent.
 */
export async function setOutcome(actor: Pick<Actor, "id">, input: SetOutcomeInput, asOf: Date = new Date()) {
  const cohortId = await participantInCohort(input.applicationId);
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (!cohort.selectionPublishedAt) throw new AppError("CONFLICT", "programmeAdmin.selectionNotPublished");
    if (cohort.completedAt) throw new AppError("CONFLICT", "programmeAdmin.cohortCompleted");
    const app = await tx.programmeApplication.findUniqueOrThrow({ where: { id: input.applicationId }, select: { status: true, staff: { select: { fullName: true } } } });
    if (app.status === input.outcome) return { changed: false, promoted: 0 };
    if (app.status !== "SELECTED" && app.status !== "COMPLETED") throw new AppError("CONFLICT", "programmeAdmin.notParticipant", { name: app.staff.fullName });
    await tx.programmeApplication.update({
      where: { id: input.applicationId },
      data: { status: input.outcome, completedAt: input.outcome === "COMPLETED" ? asOf : null },
    });
    await audit(tx, actor, `programme.participant.${input.outcome.toLowerCase()}`, "ProgrammeApplication", input.applicationId, { before: { status: app.status }, after: { status: input.outcome } });
    const promoted = input.outcome === "DROPPED" ? await promoteFromWaitingList(tx, actor, cohortId, asOf) : 0;
    return { changed: true, promoted };
  });
}

/** Marks the cohort completed: nothing in it changes afterwards. Idempotent. */
export async function completeCohort(actor: Pick<Actor, "id">, cohortId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (cohort.completedAt) return { changed: false };
    if (!cohort.selectionPublishedAt) throw new AppError("CONFLICT", "programmeAdmin.selectionNotPublished");
    await tx.programmeCohort.update({ where: { id: cohortId }, data: { completedAt: asOf } });
    await audit(tx, actor, "programme.cohort.complete", "ProgrammeCohort", cohortId, { before: { completedAt: null }, after: { completedAt: asOf.toISOString() } });
    return { changed: true };
  });
}
