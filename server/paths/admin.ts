import "server-only";
import { db, type Tx } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import type { Actor } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { audit, type AuditSnapshot } from "~/server/audit";
import { toIsoDate } from "~/lib/dates";
import { localizeCourse } from "~/lib/courses/i18n";
import { localizePathText } from "~/lib/paths/text";
import { requiredCount } from "~/lib/paths/progress";
import type { AddStepInput, AssignPathInput, CreatePathInput, MoveStepInput, UpdatePathInput } from "~/lib/schemas/paths";
import { resolvePeople } from "~/server/enrolment/people";
import { doneStepsSql } from "~/server/paths/step-status";
import { syncPathCompletions } from "~/server/paths/completion";
import { queuePathMails } from "~/server/paths/mail";
import { PATH_SELECT, viewPath, type PathView } from "~/server/paths/learner";
import { localeOr } from "~/lib/i18n/locales";

// L&D's side of learning paths: define, order the steps, publish or retire (each change audited with before and
// after), assign people, and read progress. Auditors read the list and the progress.

export type AdminPathRow = { id: string; code: string; title: string; status: "DRAFT" | "PUBLISHED" | "RETIRED"; steps: number; enrolled: number; completed: number };

/** Every path with its counts: enrolled (not withdrawn) and completed. One query. */
export async function listPathsForAdmin(locale: string): Promise<AdminPathRow[]> {
  const rows = await db.$queryRaw<(Omit<AdminPathRow, "title"> & { title: string; translations: unknown })[]>`
    SELECT p.id, p.code, p.title, p.translations, p.status::text AS status,
           (SELECT count(*)::int FROM "PathStep" s WHERE s."pathId" = p.id) AS steps,
           (SELECT count(*)::int FROM "PathEnrolment" e WHERE e."pathId" = p.id AND e."withdrawnAt" IS NULL) AS enrolled,
           (SELECT count(*)::int FROM "PathEnrolment" e WHERE e."pathId" = p.id AND e."completedAt" IS NOT NULL) AS completed
    FROM "LearningPath" p
    ORDER BY CASE p.status WHEN 'PUBLISHED' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END, p.title`;
  return rows.map(({ translations, ...r }) => ({ ...r, title: localizePathText({ title: r.title, translations }, locale).title }));
}

/** A path as L&D edits it: its fields and its steps (states are a learner's, so none here). */
export async function pathForAdmin(code: string, locale: string): Promise<PathView & { base: { title: string; summary: string } }> {
  const path = await db.learningPath.findUnique({ where: { code }, select: PATH_SELECT });
  if (!path) throw new AppError("NOT_FOUND", "paths.notFound");
  // `base`: the columns themselves (English), which the form edits; the page shows the reader's language.
  return { ...viewPath(path, new Set(), null, locale), base: { title: path.title, summary: path.summary } };
}

/** The published courses a step may name, by title in the reader's language. */
export async function courseOptions(locale: string): Promise<{ id: string; code: string; title: string }[]> {
  const courses = await db.course.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, code: true, title: true, summary: true, baseLocale: true, translations: true },
  });
  return courses
    .map((c) => ({ id: c.id, code: c.code, title: localizeCourse(c, locale).title }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}

type Locked = { id: string; code: string; title: string; summary: string; order: string; requiredSteps: number | null; status: string; steps: string[] };

/** Locks the path row for the change (two L&D admins editing steps at once take turns) and reads what the audit shows. */
async function lockPath(tx: Tx, pathId: string): Promise<Locked> {
  const found = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "LearningPath" WHERE id = ${pathId} FOR UPDATE`;
  if (found.length === 0) throw new AppError("NOT_FOUND", "paths.notFound");
  const p = await tx.learningPath.findUniqueOrThrow({
    where: { id: pathId },
    select: { id: true, code: true, title: true, summary: true, order: true, requiredSteps: true, status: true, steps: { orderBy: { position: "asc" }, select: { kind: true, title: true, course: { select: { code: true } } } } },
  });
  return { ...p, steps: p.steps.map((s) => (s.course ? `course:${s.course.code}` : `external:${s.title}`)) };
}

function snapshot(p: Locked): AuditSnapshot {
  return { code: p.code, title: p.title, summary: p.summary, order: p.order, requiredSteps: p.requiredSteps, status: p.status, steps: p.steps };
}

export async function createPath(actor: Pick<Actor, "id">, input: CreatePathInput): Promise<{ id: string; code: string }> {
  return db.$transaction(async (tx) => {
    const taken = await tx.learningPath.findUnique({ where: { code: input.code }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "paths.codeTaken", { code: input.code }, { field: "code" });
    const created = await tx.learningPath
      .create({
        data: { code: input.code, title: input.title, summary: input.summary, order: input.order, requiredSteps: input.requiredSteps, createdById: actor.id },
        select: { id: true, code: true },
      })
      .catch((e: unknown) => {
        if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CONFLICT", "paths.codeTaken", { code: input.code });
        throw e;
      });
    await audit(tx, actor, "path.create", "LearningPath", created.id, { after: snapshot(await lockPath(tx, created.id)) });
    return created;
  });
}

export async function updatePath(actor: Pick<Actor, "id">, input: UpdatePathInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await lockPath(tx, input.pathId);
    await tx.learningPath.update({
      where: { id: input.pathId },
      data: { title: input.title, summary: input.summary, order: input.order, requiredSteps: input.requiredSteps },
    });
    await audit(tx, actor, "path.update", "LearningPath", input.pathId, { before: snapshot(before), after: snapshot(await lockPath(tx, input.pathId)) });
    return { id: input.pathId };
  });
}

export async function addStep(actor: Pick<Actor, "id">, input: AddStepInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await lockPath(tx, input.pathId);
    if (input.kind === "COURSE") {
      const course = await tx.course.findUnique({ where: { id: input.courseId }, select: { status: true } });
      if (!course || course.status !== "PUBLISHED") throw new AppError("INVALID", "paths.courseNotPublished");
      const twice = await tx.pathStep.findFirst({ where: { pathId: input.pathId, courseId: input.courseId }, select: { id: true } });
      if (twice) throw new AppError("CONFLICT", "paths.courseTwice");
    }
    const last = await tx.pathStep.aggregate({ where: { pathId: input.pathId }, _max: { position: true } });
    const position = (last._max.position ?? 0) + 1;
    const step = await tx.pathStep.create({
      data:
        input.kind === "COURSE"
          ? { pathId: input.pathId, position, kind: "COURSE", courseId: input.courseId }
          : { pathId: input.pathId, position, kind: "EXTERNAL", title: input.title, provider: input.provider, url: input.url || null },
      select: { id: true },
    });
    await audit(tx, actor, "path.addStep", "LearningPath", input.pathId, { before: snapshot(before), after: snapshot(await lockPath(tx, input.pathId)) });
    return step;
  });
}

async function stepPath(stepId: string): Promise<string> {
  const step = await db.pathStep.findUnique({ where: { id: stepId }, select: { pathId: true } });
  if (!step) throw new AppError("NOT_FOUND", "paths.stepNotFound");
  return step.pathId;
}

/** Removes a step; the others keep their order (positions may have gaps: only the order matters). */
export async function removeStep(actor: Pick<Actor, "id">, stepId: string): Promise<{ id: string }> {
  const pathId = await stepPath(stepId);
  return db.$transaction(async (tx) => {
    const before = await lockPath(tx, pathId);
    const { count } = await tx.pathStep.deleteMany({ where: { id: stepId, pathId } });
    if (count === 0) throw new AppError("NOT_FOUND", "paths.stepNotFound");
    const after = await lockPath(tx, pathId);
    if (after.status === "PUBLISHED" && after.steps.length === 0) throw new AppError("NOT_PUBLISHABLE", "paths.lastStep");
    await audit(tx, actor, "path.removeStep", "LearningPath", pathId, { before: snapshot(before), after: snapshot(after) });
    return { id: pathId };
  });
}

/** Swaps a step with its neighbour above or below; at either end it stays where it is. */
export async function moveStep(actor: Pick<Actor, "id">, input: MoveStepInput): Promise<{ moved: boolean }> {
  const pathId = await stepPath(input.stepId);
  return db.$transaction(async (tx) => {
    const before = await lockPath(tx, pathId);
    const steps = await tx.pathStep.findMany({ where: { pathId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    const i = steps.findIndex((s) => s.id === input.stepId);
    if (i < 0) throw new AppError("NOT_FOUND", "paths.stepNotFound");
    const j = input.direction === "up" ? i - 1 : i + 1;
    const a = steps[i]!;
    const b = steps[j];
    if (!b) return { moved: false };
    // (pathId, position) is unique: park one step outside the range while the other takes its place.
    await tx.pathStep.update({ where: { id: a.id }, data: { position: -1 } });
    await tx.pathStep.update({ where: { id: b.id }, data: { position: a.position } });
    await tx.pathStep.update({ where: { id: a.id }, data: { position: b.position } });
    await audit(tx, actor, "path.moveStep", "LearningPath", pathId, { before: snapshot(before), after: snapshot(await lockPath(tx, pathId)) });
    return { moved: true };
  });
}

/** Publishes a path (learners see it and may enrol). A path without steps cannot be published. */
export async function publishPath(actor: Pick<Actor, "id">, pathId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await lockPath(tx, pathId);
    if (before.steps.length === 0) throw new AppError("NOT_PUBLISHABLE", "paths.noSteps");
    if (before.requiredSteps !== null && before.requiredSteps > before.steps.length) {
      throw new AppError("NOT_PUBLISHABLE", "paths.tooFewSteps", { required: before.requiredSteps, steps: before.steps.length });
    }
    if (before.status === "PUBLISHED") return { id: pathId };
    await tx.learningPath.update({ where: { id: pathId }, data: { status: "PUBLISHED" } });
    await audit(tx, actor, "path.publish", "LearningPath", pathId, { before: snapshot(before), after: snapshot(await lockPath(tx, pathId)) });
    return { id: pathId };
  });
}

/** Retires a path: nobody new may enrol; enrolled learners keep their progress and completions. */
export async function retirePath(actor: Pick<Actor, "id">, pathId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await lockPath(tx, pathId);
    if (before.status === "RETIRED") return { id: pathId };
    await tx.learningPath.update({ where: { id: pathId }, data: { status: "RETIRED" } });
    await audit(tx, actor, "path.retire", "LearningPath", pathId, { before: snapshot(before), after: snapshot(await lockPath(tx, pathId)) });
    return { id: pathId };
  });
}

export type AssignPreview = { found: number; alreadyEnrolled: number; toAssign: number; inactive: number; unknown: string[] };

/** Who an assignment would reach, before L&D confirms it. */
export async function previewAssignment(input: AssignPathInput, locale: string): Promise<AssignPreview> {
  const path = await db.learningPath.findUnique({ where: { id: input.pathId }, select: { id: true } });
  if (!path) throw new AppError("NOT_FOUND", "paths.notFound");
  const { people, unknown } = await resolvePeople(input.people, localeOr(locale));
  const active = people.filter((p) => p.active);
  const enrolled = await db.pathEnrolment.count({ where: { pathId: input.pathId, withdrawnAt: null, staffId: { in: active.map((p) => p.id) } } });
  return { found: people.length, alreadyEnrolled: enrolled, toAssign: active.length - enrolled, inactive: people.length - active.length, unknown: unknown.slice(0, 50) };
}

/**
 * Assigns the path (origin ADMIN) to the active people named: new enrolments, and reopened ones for people who had
 * left; people already enrolled are left as they are. Each newly assigned person is told (mail + notification).
 * Audited once with the counts. Idempotent: confirming twice assigns nobody the second time.
 */
export async function assignPath(actor: Pick<Actor, "id">, input: AssignPathInput, asOf: Date, locale: string): Promise<{ assigned: number; alreadyEnrolled: number; unknown: number; inactive: number }> {
  const { people, unknown } = await resolvePeople(input.people, localeOr(locale));
  const active = people.filter((p) => p.active);
  const result = await db.$transaction(async (tx) => {
    const path = await lockPath(tx, input.pathId);
    if (path.status !== "PUBLISHED") throw new AppError("ENROLMENT_CLOSED", "paths.notOpen");
    const data = JSON.stringify(active.map((p) => p.id));
    const assigned = await tx.$queryRaw<{ id: string; staffId: string }[]>`
      INSERT INTO "PathEnrolment" (id, "pathId", "staffId", origin, "enrolledAt", "updatedAt")
      SELECT 'pen_' || replace(gen_random_uuid()::text, '-', ''), ${input.pathId}, x.s, 'ADMIN', ${asOf}, ${asOf}
      FROM jsonb_array_elements_text(${data}::jsonb) AS x(s)
      ON CONFLICT ("pathId", "staffId") DO UPDATE SET "withdrawnAt" = NULL, origin = 'ADMIN', "enrolledAt" = EXCLUDED."enrolledAt", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "PathEnrolment"."withdrawnAt" IS NOT NULL
      RETURNING id, "staffId"`;
    const full = await tx.learningPath.findUniqueOrThrow({ where: { id: input.pathId }, select: { title: true, translations: true } });
    const byId = new Map(active.map((p) => [p.id, p]));
    await queuePathMails(
      tx,
      assigned.flatMap((a) => {
        const p = byId.get(a.staffId);
        return p
          ? [{ to: p.email, template: "assigned" as const, values: { path: localizePathText(full, p.locale).title }, path: `/paths/${path.code}`, dedupeKey: `path-assigned:${a.id}:${asOf.toISOString()}` }]
          : [];
      }),
    );
    const counts = { assigned: assigned.length, alreadyEnrolled: active.length - assigned.length, unknown: unknown.length, inactive: people.length - active.length };
    await audit(tx, actor, "path.assign", "LearningPath", input.pathId, { data: counts });
    return { counts, staffIds: assigned.map((a) => a.staffId) };
  });
  if (result.staffIds.length) await syncPathCompletions({ staffIds: result.staffIds, pathId: input.pathId }, asOf);
  return result.counts;
}

export type PathProgressReport = {
  id: string;
  code: string;
  title: string;
  status: string;
  enrolled: number;
  completed: number;
  required: number;
  steps: { id: string; title: string; done: number }[];
};

/** A path's progress: enrolled and completed, and per step how many enrolled learners have done it (one aggregate). */
export async function pathProgressReport(code: string, asOf: Date, locale: string): Promise<PathProgressReport> {
  const path = await db.learningPath.findUnique({ where: { code }, select: PATH_SELECT });
  if (!path) throw new AppError("NOT_FOUND", "paths.notFound");
  const enrolledPairs = Prisma.sql`SELECT e."staffId" AS staff_id, e."pathId" AS path_id FROM "PathEnrolment" e WHERE e."pathId" = ${path.id} AND e."withdrawnAt" IS NULL`;
  const [perStep, counts] = await Promise.all([
    db.$queryRaw<{ step_id: string; n: number }[]>`
      SELECT d.step_id, count(*)::int AS n FROM (${doneStepsSql(toIsoDate(asOf), enrolledPairs)}) d GROUP BY d.step_id`,
    db.$queryRaw<{ enrolled: number; completed: number }[]>`
      SELECT count(*) FILTER (WHERE e."withdrawnAt" IS NULL)::int AS enrolled, count(*) FILTER (WHERE e."completedAt" IS NOT NULL)::int AS completed
      FROM "PathEnrolment" e WHERE e."pathId" = ${path.id}`,
  ]);
  const done = new Map(perStep.map((r) => [r.step_id, r.n]));
  const view = viewPath(path, new Set(), null, locale);
  return {
    id: path.id,
    code: path.code,
    title: view.title,
    status: path.status,
    enrolled: counts[0]?.enrolled ?? 0,
    completed: counts[0]?.completed ?? 0,
    required: requiredCount(path.steps.length, path.requiredSteps),
    steps: view.steps.map((s) => ({ id: s.id, title: s.title, done: done.get(s.id) ?? 0 })),
  };
}
