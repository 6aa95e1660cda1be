import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit, type AuditSnapshot } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { EligibilitySchema, type Eligibility } from "~/lib/programmes/eligibility-rules";
import type {
  AddComponentInput,
  CreateCohortInput,
  CreateProgrammeInput,
  UpdateCohortInput,
  UpdateComponentInput,
  UpdateProgrammeInput,
} from "~/lib/schemas/programme-admin";
import { LINK_OF_KIND } from "~/lib/schemas/programme-admin";
import { Prisma } from "~/server/generated/prisma/client";
import type { ProgrammeStatus } from "~/server/generated/prisma/enums";

/** Places are held by these statuses: a participant who withdraws or drops out frees theirs. */
export const HOLDS_PLACE = ["SELECTED", "COMPLETED"] as const;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

// ─── Programmes ───

export type ProgrammeRow = Awaited<ReturnType<typeof listProgrammes>>[number];

/** Every programme with its cohorts (newest first) and their counts of applications and selected participants. */
export async function listProgrammes() {
  const programmes = await db.programme.findMany({
    orderBy: [{ status: "asc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      summary: true,
      durationMonths: true,
      status: true,
      cohorts: {
        orderBy: { opensOn: "desc" },
        select: { id: true, name: true, opensOn: true, closesOn: true, startsOn: true, endsOn: true, places: true, selectionPublishedAt: true, completedAt: true },
      },
    },
  });
  const counts = await db.programmeApplication.groupBy({ by: ["cohortId", "status"], _count: { _all: true } });
  const of = (cohortId: string, statuses: readonly string[]) =>
    counts.filter((c) => c.cohortId === cohortId && statuses.includes(c.status)).reduce((n, c) => n + c._count._all, 0);
  return programmes.map((p) => ({
    ...p,
    cohorts: p.cohorts.map((c) => ({
      ...c,
      opensOn: toIsoDate(c.opensOn),
      closesOn: toIsoDate(c.closesOn),
      startsOn: toIsoDate(c.startsOn),
      endsOn: toIsoDate(c.endsOn),
      applications: of(c.id, ["SUBMITTED", "SELECTED", "WAITLISTED", "NOT_SELECTED", "COMPLETED", "DROPPED"]),
      selected: of(c.id, ["SELECTED", "COMPLETED", "DROPPED"]),
    })),
  }));
}

/** The cohort's phase, as L&D's list shows it on `asOf`. */
export function cohortPhase(c: { opensOn: string; closesOn: string; selectionPublishedAt: Date | null; completedAt: Date | null }, asOf: Date) {
  const today = toIsoDate(asOf);
  if (c.completedAt) return "completed" as const;
  if (c.selectionPublishedAt) return "running" as const;
  if (today < c.opensOn) return "upcoming" as const;
  if (today <= c.closesOn) return "open" as const;
  return "reviewing" as const;
}

/** A programme as its edit form reads it, with its cohorts and their components. */
export async function programmeForEditing(programmeId: string) {
  const p = await db.programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      code: true,
      name: true,
      summary: true,
      description: true,
      durationMonths: true,
      eligibility: true,
      status: true,
      cohorts: {
        orderBy: { opensOn: "desc" },
        select: {
          id: true,
          name: true,
          opensOn: true,
          closesOn: true,
          startsOn: true,
          endsOn: true,
          places: true,
          selectionPublishedAt: true,
          completedAt: true,
          components: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              position: true,
              kind: true,
              title: true,
              pathId: true,
              courseId: true,
              sessionId: true,
              coachingHours: true,
              startsOn: true,
              endsOn: true,
              path: { select: { title: true } },
              course: { select: { title: true } },
              session: { select: { course: { select: { title: true } }, days: { orderBy: { startsAt: "asc" }, take: 1, select: { startsAt: true } } } },
            },
          },
        },
      },
    },
  });
  if (!p) return null;
  const parsed = EligibilitySchema.safeParse(p.eligibility);
  return {
    ...p,
    eligibility: parsed.success ? parsed.data : ({ alternatives: [] } as Eligibility),
    cohorts: p.cohorts.map((c) => ({
      ...c,
      opensOn: toIsoDate(c.opensOn),
      closesOn: toIsoDate(c.closesOn),
      startsOn: toIsoDate(c.startsOn),
      endsOn: toIsoDate(c.endsOn),
      components: c.components.map((k) => ({
        id: k.id,
        position: k.position,
        kind: k.kind,
        title: k.title,
        pathId: k.pathId,
        courseId: k.courseId,
        sessionId: k.sessionId,
        coachingHours: k.coachingHours === null ? null : Number(k.coachingHours),
        startsOn: k.startsOn ? toIsoDate(k.startsOn) : null,
        endsOn: k.endsOn ? toIsoDate(k.endsOn) : null,
        linked: k.path?.title ?? k.course?.title ?? (k.session ? `${k.session.course.title}${k.session.days[0] ? ` (${toIsoDate(k.session.days[0].startsAt)})` : ""}` : null),
      })),
    })),
  };
}
export type ProgrammeForEditing = NonNullable<Awaited<ReturnType<typeof programmeForEditing>>>;

function programmeSnapshot(p: { code: string; name: string; durationMonths: number; status: string; eligibility: unknown }): AuditSnapshot {
  return { code: p.code, name: p.name, durationMonths: p.durationMonths, status: p.status, eligibility: p.eligibility as Prisma.InputJsonValue };
}

export async function createProgramme(actor: Pick<Actor, "id">, input: CreateProgrammeInput) {
  try {
    return await db.$transaction(async (tx) => {
      const p = await tx.programme.create({
        data: { ...input, eligibility: input.eligibility as Prisma.InputJsonValue, createdById: actor.id },
        select: { id: true, code: true, name: true, durationMonths: true, status: true, eligibility: true },
      });
      await audit(tx, actor, "programme.create", "Programme", p.id, { after: programmeSnapshot(p) });
      return { id: p.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "programmeAdmin.codeTaken", { code: input.code }, { field: "code" });
    throw e;
  }
}

export async function updateProgramme(actor: Pick<Actor, "id">, input: UpdateProgrammeInput) {
  const { programmeId, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.programme.findUnique({ where: { id: programmeId }, select: { code: true, name: true, durationMonths: true, status: true, eligibility: true } });
      if (!before) throw new AppError("NOT_FOUND", "programmeAdmin.programmeNotFound");
      const after = await tx.programme.update({
        where: { id: programmeId },
        data: { ...data, eligibility: data.eligibility as Prisma.InputJsonValue },
        select: { code: true, name: true, durationMonths: true, status: true, eligibility: true },
      });
      await audit(tx, actor, "programme.update", "Programme", programmeId, { before: programmeSnapshot(before), after: programmeSnapshot(after) });
      return { id: programmeId };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "programmeAdmin.codeTaken", { code: input.code }, { field: "code" });
    throw e;
  }
}

/** Publish (staff see its open calls), retire (no new cohorts, none shown), or back to draft. Idempotent. */
export async function setProgrammeStatus(actor: Pick<Actor, "id">, input: { programmeId: string; status: ProgrammeStatus }) {
  return db.$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { status: true } });
    if (!before) throw new AppError("NOT_FOUND", "programmeAdmin.programmeNotFound");
    if (before.status === input.status) return { changed: false };
    await tx.programme.update({ where: { id: input.programmeId }, data: { status: input.status } });
    await audit(tx, actor, `programme.${input.status.toLowerCase()}`, "Programme", input.programmeId, { before: { status: before.status }, after: { status: input.status } });
    return { changed: true };
  });
}

// ─── Cohorts ───

function cohortSnapshot(c: { name: string; opensOn: Date; closesOn: Date; startsOn: Date; endsOn: Date; places: number }): AuditSnapshot {
  return { name: c.name, opensOn: toIsoDate(c.opensOn), closesOn: toIsoDate(c.closesOn), startsOn: toIsoDate(c.startsOn), endsOn: toIsoDate(c.endsOn), places: c.places };
}
const COHORT_FIELDS = { name: true, opensOn: true, closesOn: true, startsOn: true, endsOn: true, places: true } as const;

function cohortDates(input: { opensOn: string; closesOn: string; startsOn: string; endsOn: string }) {
  return { opensOn: parseIsoDate(input.opensOn), closesOn: parseIsoDate(input.closesOn), startsOn: parseIsoDate(input.startsOn), endsOn: parseIsoDate(input.endsOn) };
}

/** Takes the cohort's row lock for the rest of the transaction: every change of its places and selection goes through it. */
export async function lockCohort(tx: Tx, cohortId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ProgrammeCohort" WHERE id = ${cohortId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "programmeAdmin.cohortNotFound");
  return tx.programmeCohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { id: true, programmeId: true, name: true, places: true, opensOn: true, closesOn: true, startsOn: true, endsOn: true, selectionPublishedAt: true, completedAt: true, programme: { select: { name: true, code: true } } },
  });
}

export async function createCohort(actor: Pick<Actor, "id">, input: CreateCohortInput) {
  try {
    return await db.$transaction(async (tx) => {
      const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { status: true } });
      if (!programme) throw new AppError("NOT_FOUND", "programmeAdmin.programmeNotFound");
      if (programme.status === "RETIRED") throw new AppError("CONFLICT", "programmeAdmin.programmeRetired");
      const c = await tx.programmeCohort.create({
        data: { programmeId: input.programmeId, name: input.name, places: input.places, ...cohortDates(input) },
        select: { id: true, ...COHORT_FIELDS },
      });
      await audit(tx, actor, "programme.cohort.create", "ProgrammeCohort", c.id, { after: cohortSnapshot(c) });
      return { id: c.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "programmeAdmin.cohortNameTaken", { name: input.name }, { field: "name" });
    throw e;
  }
}

export async function updateCohort(actor: Pick<Actor, "id">, input: UpdateCohortInput) {
  try {
    return await db.$transaction(async (tx) => {
      const cohort = await lockCohort(tx, input.cohortId);
      if (cohort.completedAt) throw new AppError("CONFLICT", "programmeAdmin.cohortCompleted");
      const holding = await tx.programmeApplication.count({ where: { cohortId: cohort.id, status: { in: [...HOLDS_PLACE] } } });
      if (input.places < holding) throw new AppError("CONFLICT", "programmeAdmin.placesBelowSelected", { selected: holding }, { field: "places" });
      const after = await tx.programmeCohort.update({
        where: { id: cohort.id },
        data: { name: input.name, places: input.places, ...cohortDates(input) },
        select: COHORT_FIELDS,
      });
      await audit(tx, actor, "programme.cohort.update", "ProgrammeCohort", cohort.id, { before: cohortSnapshot(cohort), after: cohortSnapshot(after) });
      // More places in a running cohort go to the people waiting, in order (imported here: selection.ts imports this module).
      if (cohort.selectionPublishedAt && after.places > cohort.places) {
        const { promoteFromWaitingList } = await import("~/server/programmes/selection");
        await promoteFromWaitingList(tx, actor, cohort.id, new Date());
      }
      return { id: cohort.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "programmeAdmin.cohortNameTaken", { name: input.name }, { field: "name" });
    throw e;
  }
}

// ─── Components ───

/** Published paths and courses, and scheduled sessions that have not ended, for the component form's choices. */
export async function componentOptions(asOf: Date) {
  const [paths, courses, sessions] = await Promise.all([
    db.learningPath.findMany({ where: { status: "PUBLISHED" }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.course.findMany({ where: { status: "PUBLISHED" }, orderBy: { title: "asc" }, select: { id: true, title: true }, take: 500 }),
    db.courseSession.findMany({
      where: { status: "SCHEDULED", days: { some: { endsAt: { gte: new Date(asOf.getTime() - 366 * 86_400_000) } } } },
      select: { id: true, course: { select: { title: true } }, days: { orderBy: { startsAt: "asc" }, take: 1, select: { startsAt: true } } },
      take: 300,
    }),
  ]);
  return {
    paths,
    courses,
    sessions: sessions
      .map((s) => ({ id: s.id, title: s.course.title, startsOn: s.days[0] ? toIsoDate(s.days[0].startsAt) : null }))
      .sort((a, b) => (a.startsOn ?? "").localeCompare(b.startsOn ?? "")),
  };
}

async function checkLink(tx: Tx, input: { kind: AddComponentInput["kind"]; pathId?: string; courseId?: string; sessionId?: string }) {
  const link = LINK_OF_KIND[input.kind];
  const ok =
    link === null ||
    (link === "pathId" && (await tx.learningPath.count({ where: { id: input.pathId, status: "PUBLISHED" } })) > 0) ||
    (link === "courseId" && (await tx.course.count({ where: { id: input.courseId, status: "PUBLISHED" } })) > 0) ||
    (link === "sessionId" && (await tx.courseSession.count({ where: { id: input.sessionId } })) > 0);
  if (!ok) throw new AppError("INVALID", "programmeAdmin.linkUnavailable", {}, { field: link ?? undefined });
}

function componentData(input: Omit<AddComponentInput, "cohortId">) {
  const link = LINK_OF_KIND[input.kind];
  return {
    kind: input.kind,
    title: input.title,
    pathId: link === "pathId" ? input.pathId! : null,
    courseId: link === "courseId" ? input.courseId! : null,
    sessionId: link === "sessionId" ? input.sessionId! : null,
    coachingHours: input.kind === "COACHING" && input.coachingHours !== undefined ? new Prisma.Decimal(input.coachingHours) : null,
    startsOn: input.startsOn ? parseIsoDate(input.startsOn) : null,
    endsOn: input.endsOn ? parseIsoDate(input.endsOn) : null,
  };
}

function componentSnapshot(k: { kind: string; title: string; position: number; pathId: string | null; courseId: string | null; sessionId: string | null }): AuditSnapshot {
  return { kind: k.kind, title: k.title, position: k.position, pathId: k.pathId, courseId: k.courseId, sessionId: k.sessionId };
}

/** Adds a component at the end; once the selection is published, each participant gets a progress row for it. */
export async function addComponent(actor: Pick<Actor, "id">, input: AddComponentInput) {
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, input.cohortId);
    if (cohort.completedAt) throw new AppError("CONFLICT", "programmeAdmin.cohortCompleted");
    await checkLink(tx, input);
    const last = await tx.programmeComponent.aggregate({ where: { cohortId: cohort.id }, _max: { position: true } });
    const { cohortId: _c, ...fields } = input;
    const k = await tx.programmeComponent.create({ data: { cohortId: cohort.id, position: (last._max.position ?? 0) + 1, ...componentData(fields) } });
    if (cohort.selectionPublishedAt) {
      const participants = await tx.programmeApplication.findMany({ where: { cohortId: cohort.id, status: { in: [...HOLDS_PLACE] } }, select: { id: true } });
      await tx.programmeComponentProgress.createMany({ data: participants.map((p) => ({ componentId: k.id, applicationId: p.id })), skipDuplicates: true });
    }
    await audit(tx, actor, "programme.component.add", "ProgrammeComponent", k.id, { after: componentSnapshot(k) });
    return { id: k.id };
  });
}

async function lockedComponent(tx: Tx, componentId: string) {
  const found = await tx.programmeComponent.findUnique({ where: { id: componentId }, select: { cohortId: true } });
  if (!found) throw new AppError("NOT_FOUND", "programmeAdmin.componentNotFound");
  const cohort = await lockCohort(tx, found.cohortId);
  if (cohort.completedAt) throw new AppError("CONFLICT", "programmeAdmin.cohortCompleted");
  const k = await tx.programmeComponent.findUnique({ where: { id: componentId } });
  if (!k) throw new AppError("NOT_FOUND", "programmeAdmin.componentNotFound");
  return k;
}

export async function updateComponent(actor: Pick<Actor, "id">, input: UpdateComponentInput) {
  return db.$transaction(async (tx) => {
    const before = await lockedComponent(tx, input.componentId);
    await checkLink(tx, input);
    const { componentId: _k, ...fields } = input;
    const after = await tx.programmeComponent.update({ where: { id: before.id }, data: componentData(fields) });
    await audit(tx, actor, "programme.component.update", "ProgrammeComponent", before.id, { before: componentSnapshot(before), after: componentSnapshot(after) });
    return { id: before.id };
  });
}

/** Removes a component (and the participants' progress on it) and closes the gap in the order. */
export async function removeComponent(actor: Pick<Actor, "id">, componentId: string) {
  return db.$transaction(async (tx) => {
    const before = await lockedComponent(tx, componentId);
    await tx.programmeComponent.delete({ where: { id: before.id } });
    await renumber(tx, before.cohortId);
    await audit(tx, actor, "programme.component.remove", "ProgrammeComponent", before.id, { before: componentSnapshot(before), after: null });
    return { id: before.id };
  });
}

/** Swaps a component with its neighbour above or below; at either end nothing moves. */
export async function moveComponent(actor: Pick<Actor, "id">, input: { componentId: string; direction: "up" | "down" }) {
  return db.$transaction(async (tx) => {
    const k = await lockedComponent(tx, input.componentId);
    const neighbour = await tx.programmeComponent.findFirst({
      where: { cohortId: k.cohortId, position: input.direction === "up" ? { lt: k.position } : { gt: k.position } },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return { moved: false };
    // (cohortId, position) is unique: park one out of the way while the other takes its place.
    await tx.programmeComponent.update({ where: { id: k.id }, data: { position: -1 } });
    await tx.programmeComponent.update({ where: { id: neighbour.id }, data: { position: k.position } });
    await tx.programmeComponent.update({ where: { id: k.id }, data: { position: neighbour.position } });
    await audit(tx, actor, "programme.component.move", "ProgrammeComponent", k.id, { before: { position: k.position }, after: { position: neighbour.position } });
    return { moved: true };
  });
}

async function renumber(tx: Tx, cohortId: string) {
  const rows = await tx.programmeComponent.findMany({ where: { cohortId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
  for (const [i, r] of rows.entries()) {
    if (r.position !== i + 1) await tx.programmeComponent.update({ where: { id: r.id }, data: { position: i + 1 } });
  }
}

/** The organisation's grades and duty stations, for the eligibility editor's choices. */
export async function eligibilityOptions() {
  const [grades, stations] = await Promise.all([
    db.staff.groupBy({ by: ["grade"], where: { active: true }, _count: { _all: true } }),
    db.dutyStation.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  const order = (g: string) => ["G", "NO", "P", "D"].findIndex((c) => g.startsWith(c));
  return {
    grades: grades.map((g) => g.grade).sort((a, b) => order(a) - order(b) || a.localeCompare(b, "en", { numeric: true })),
    dutyStations: stations,
  };
}
