import "server-only";
import { db } from "~/server/db";
import type { Prisma } from "~/server/generated/prisma/client";
import type { Actor } from "~/server/auth/roles";
import { AppError } from "~/server/errors";
import { toIsoDate } from "~/lib/dates";
import { sumDays } from "~/lib/training-days";
import { localizeCourse } from "~/lib/courses/i18n";
import { localizePathText } from "~/lib/paths/text";
import { pathProgress, type PathOrderKind, type StepState } from "~/lib/paths/progress";
import { doneStepIds } from "~/server/paths/step-status";
import { syncPathCompletions } from "~/server/paths/completion";

export const PATH_SELECT = {
  id: true,
  code: true,
  title: true,
  summary: true,
  translations: true,
  order: true,
  requiredSteps: true,
  status: true,
  steps: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      kind: true,
      title: true,
      translations: true,
      provider: true,
      url: true,
      course: { select: { id: true, code: true, title: true, summary: true, baseLocale: true, translations: true, trainingDays: true, mode: true, status: true } },
    },
  },
} satisfies Prisma.LearningPathSelect;

type PathRow = Prisma.LearningPathGetPayload<{ select: typeof PATH_SELECT }>;

export type PathStepView = {
  id: string;
  kind: "COURSE" | "EXTERNAL";
  title: string;
  /** external steps: who offers it */
  provider: string;
  /** the course page inside Pathway, or the external address (null when none was given) */
  href: string | null;
  external: boolean;
  /** the course's own training days (information only: the ledger counts them when the course is done) */
  trainingDays: string | null;
  mode: string | null;
  state: StepState;
};

export type PathView = {
  id: string;
  code: string;
  title: string;
  summary: string;
  order: PathOrderKind;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  requiredSteps: number | null;
  steps: PathStepView[];
  /** the sum of the course steps' training days, shown as information: a path adds none of its own */
  totalDays: string;
  progress: { done: number; required: number; total: number; complete: boolean; next: number | null };
  enrolment: { enrolledAt: Date; completedAt: Date | null; origin: string } | null;
};

/** The path as one person sees it on a day: steps in order with their state, progress, the person's enrolment. */
export function viewPath(path: PathRow, done: Set<string>, enrolment: PathView["enrolment"], locale: string): PathView {
  const progress = pathProgress(path.steps.map((s) => done.has(s.id)), path.order, path.requiredSteps);
  const text = localizePathText(path, locale);
  const steps = path.steps.map((s, i): PathStepView => {
    const course = s.course ? localizeCourse(s.course, locale) : null;
    return {
      id: s.id,
      kind: s.kind,
      title: course ? course.title : localizePathText({ title: s.title, translations: s.translations }, locale).title,
      provider: s.provider,
      href: course ? `/courses/${course.code}` : s.url,
      external: !course,
      trainingDays: course ? course.trainingDays.toFixed() : null,
      mode: course ? course.mode : null,
      state: progress.states[i]!,
    };
  });
  return {
    id: path.id,
    code: path.code,
    title: text.title,
    summary: text.summary,
    order: path.order,
    status: path.status,
    requiredSteps: path.requiredSteps,
    steps,
    totalDays: sumDays(steps.flatMap((s) => (s.trainingDays ? [s.trainingDays] : []))),
    progress: { done: progress.done, required: progress.required, total: progress.total, complete: !!enrolment?.completedAt || progress.complete, next: progress.next },
    enrolment,
  };
}

const ENROLMENT = { pathId: true, enrolledAt: true, completedAt: true, origin: true, withdrawnAt: true } satisfies Prisma.PathEnrolmentSelect;

function activeEnrolment(e: { enrolledAt: Date; completedAt: Date | null; origin: string; withdrawnAt: Date | null } | undefined): PathView["enrolment"] {
  return e && !e.withdrawnAt ? { enrolledAt: e.enrolledAt, completedAt: e.completedAt, origin: e.origin } : null;
}

/**
 * The published paths, with the person's progress in each: their enrolled ones first. Records any completion the
 * person reached since their last visit first (cheap: one person).
 */
export async function publishedPaths(staffId: string, asOf: Date, locale: string): Promise<PathView[]> {
  await syncPathCompletions({ staffId }, asOf);
  const paths = await db.learningPath.findMany({ where: { status: "PUBLISHED" }, select: PATH_SELECT, orderBy: { title: "asc" } });
  const [done, enrolments] = await Promise.all([
    doneStepIds(staffId, toIsoDate(asOf), paths.map((p) => p.id)),
    db.pathEnrolment.findMany({ where: { staffId, pathId: { in: paths.map((p) => p.id) } }, select: ENROLMENT }),
  ]);
  const mine = new Map(enrolments.map((e) => [e.pathId, e]));
  const views = paths.map((p) => viewPath(p, done, activeEnrolment(mine.get(p.id)), locale));
  const rank = (v: PathView) => (v.enrolment ? (v.enrolment.completedAt ? 1 : 0) : 2);
  return views.sort((a, b) => rank(a) - rank(b));
}

/**
 * One path for a learner: published ones, or a retired one the person is still enrolled in (their history);
 * a draft is L&D's and not found.
 */
export async function pathForLearner(code: string, staffId: string, asOf: Date, locale: string): Promise<PathView> {
  const path = await db.learningPath.findUnique({ where: { code }, select: PATH_SELECT });
  if (!path || path.status === "DRAFT") throw new AppError("NOT_FOUND", "paths.notFound");
  await syncPathCompletions({ staffId }, asOf);
  const [done, enrolment] = await Promise.all([
    doneStepIds(staffId, toIsoDate(asOf), [path.id]),
    db.pathEnrolment.findUnique({ where: { pathId_staffId: { pathId: path.id, staffId } }, select: ENROLMENT }),
  ]);
  const active = activeEnrolment(enrolment ?? undefined);
  if (path.status === "RETIRED" && !active) throw new AppError("NOT_FOUND", "paths.notFound");
  return viewPath(path, done, active, locale);
}

/**
 * Enrols the person in a published path. Idempotent: a double click or a retry leaves one enrolment; after leaving,
 * enrolling again reopens the same enrolment. A path already done is recorded complete at once.
 */
export async function enrolInPath(actor: Pick<Actor, "id">, pathId: string, asOf: Date): Promise<{ enrolled: true; completed: boolean }> {
  const path = await db.learningPath.findUnique({ where: { id: pathId }, select: { id: true, status: true } });
  if (!path) throw new AppError("NOT_FOUND", "paths.notFound");
  if (path.status !== "PUBLISHED") throw new AppError("ENROLMENT_CLOSED", "paths.notOpen");
  await db.$executeRaw`
    INSERT INTO "PathEnrolment" (id, "pathId", "staffId", origin, "enrolledAt", "updatedAt")
    VALUES ('pen_' || replace(gen_random_uuid()::text, '-', ''), ${pathId}, ${actor.id}, 'SELF', ${asOf}, ${asOf})
    ON CONFLICT ("pathId", "staffId") DO UPDATE SET "withdrawnAt" = NULL, origin = 'SELF', "enrolledAt" = EXCLUDED."enrolledAt", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "PathEnrolment"."withdrawnAt" IS NOT NULL`;
  await syncPathCompletions({ staffId: actor.id }, asOf);
  const e = await db.pathEnrolment.findUniqueOrThrow({ where: { pathId_staffId: { pathId, staffId: actor.id } }, select: { completedAt: true } });
  return { enrolled: true, completed: !!e.completedAt };
}

/** Leaves a path (the person's own enrolment only); leaving twice changes nothing. Their ledger is untouched. */
export async function leavePath(actor: Pick<Actor, "id">, pathId: string, asOf: Date): Promise<{ left: boolean }> {
  const { count } = await db.pathEnrolment.updateMany({ where: { pathId, staffId: actor.id, withdrawnAt: null }, data: { withdrawnAt: asOf } });
  return { left: count > 0 };
}
