import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { queueTemplatedMails, type MailNamespace, type TemplatedMail } from "~/server/mail/render";
import { toIsoDate } from "~/lib/dates";
import type { DecideInput, ReviewInput } from "~/lib/schemas/programme-admin";
import { HOLDS_PLACE, lockCohort } from "~/server/programmes/admin";
import type { ApplicationStatus } from "~/server/generated/prisma/enums";

/** The catalogue namespace of the selection's mails (messages/<locale>/programmeAdmin.json → mail). */
const MAIL: MailNamespace = "programmeAdmin.mail";
/** Where the mails point: the applicant's own programmes page. */
const APPLICANT_PATH = "/programmes";

type Verdict = { eligible: boolean; inService: boolean; failing: { kind: string; actual: string }[] };
type StoredRule = { kind?: unknown; met?: unknown; actual?: unknown; detail?: unknown };

/**
 * The eligibility verdict stored with an application when it was submitted (server/programmes/eligibility.ts
 * `eligibilitySnapshot`): eligible, and the rules of the closest alternative the person did not meet, with their value.
 */
export function verdictOf(stored: unknown): Verdict {
  const v = stored !== null && typeof stored === "object" ? (stored as { eligible?: unknown; inService?: unknown; closest?: unknown; alternatives?: unknown; rules?: unknown }) : {};
  const alternatives = Array.isArray(v.alternatives) ? (v.alternatives as { rules?: unknown }[]) : [];
  const closest = typeof v.closest === "number" ? alternatives[v.closest] : alternatives[0];
  const rules = (Array.isArray(closest?.rules) ? closest.rules : Array.isArray(v.rules) ? v.rules : []) as StoredRule[];
  const text = (x: unknown) => (x === null || x === undefined ? "—" : typeof x === "string" || typeof x === "number" ? String(x) : JSON.stringify(x));
  const eligible = v.eligible === true;
  return {
    eligible,
    inService: v.inService !== false,
    failing: eligible ? [] : rules.filter((r) => r && r.met === false).map((r) => ({ kind: String(r.kind ?? ""), actual: text(r.actual ?? r.detail) })),
  };
}

// ─── Reviewing ───

export type ReviewBoard = NonNullable<Awaited<ReturnType<typeof reviewBoard>>>;
export type BoardApplication = ReviewBoard["applications"][number];

/**
 * A cohort's applications as reviewers see them: the person, the eligibility verdict, the manager's endorsement, the
 * motivation and goals, every reviewer's score and note with the average. Withdrawn applications come last.
 */
export async function reviewBoard(cohortId: string, viewerId: string, sort: "score" | "name" = "score") {
  const cohort = await db.programmeCohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      places: true,
      opensOn: true,
      closesOn: true,
      startsOn: true,
      endsOn: true,
      selectionPublishedAt: true,
      completedAt: true,
      programme: { select: { id: true, code: true, name: true } },
      applications: {
        select: {
          id: true,
          status: true,
          motivation: true,
          goals: true,
          eligibility: true,
          grade: true,
          gender: true,
          endorsement: true,
          endorsementComment: true,
          waitlistPosition: true,
          submittedAt: true,
          staff: { select: { id: true, fullName: true, employeeId: true, dutyStation: { select: { name: true } } } },
          manager: { select: { fullName: true } },
          reviews: { orderBy: { createdAt: "asc" }, select: { reviewerId: true, score: true, note: true, updatedAt: true, reviewer: { select: { fullName: true } } } },
        },
      },
    },
  });
  if (!cohort) return null;
  const applications = cohort.applications.map((a) => {
    const average = a.reviews.length ? a.reviews.reduce((s, r) => s + r.score, 0) / a.reviews.length : null;
    return {
      id: a.id,
      status: a.status,
      name: a.staff.fullName,
      employeeId: a.staff.employeeId,
      grade: a.grade,
      gender: a.gender,
      dutyStation: a.staff.dutyStation?.name ?? null,
      verdict: verdictOf(a.eligibility),
      endorsement: a.endorsement,
      endorsementComment: a.endorsementComment,
      manager: a.manager?.fullName ?? null,
      motivation: a.motivation,
      goals: a.goals,
      waitlistPosition: a.waitlistPosition,
      submittedAt: a.submittedAt,
      reviews: a.reviews.map((r) => ({ reviewerId: r.reviewerId, reviewer: r.reviewer.fullName, score: r.score, note: r.note, mine: r.reviewerId === viewerId })),
      average: average === null ? null : Math.round(average * 10) / 10,
    };
  });
  const withdrawnLast = (s: ApplicationStatus) => (s === "WITHDRAWN" ? 1 : 0);
  applications.sort(
    (a, b) =>
      withdrawnLast(a.status) - withdrawnLast(b.status) ||
      (sort === "score" ? (b.average ?? -1) - (a.average ?? -1) : 0) ||
      a.name.localeCompare(b.name),
  );
  const holding = applications.filter((a) => (HOLDS_PLACE as readonly string[]).includes(a.status)).length;
  return {
    id: cohort.id,
    name: cohort.name,
    places: cohort.places,
    opensOn: toIsoDate(cohort.opensOn),
    closesOn: toIsoDate(cohort.closesOn),
    startsOn: toIsoDate(cohort.startsOn),
    endsOn: toIsoDate(cohort.endsOn),
    selectionPublishedAt: cohort.selectionPublishedAt,
    completedAt: cohort.completedAt,
    programme: cohort.programme,
    selected: holding,
    waitlisted: applications.filter((a) => a.status === "WAITLISTED").length,
    applications,
  };
}

/** Sets the reviewer's own score and note on an application (one review per reviewer; a second call changes it). */
export async function saveReview(actor: Pick<Actor, "id">, input: ReviewInput) {
  const application = await db.programmeApplication.findUnique({ where: { id: input.applicationId }, select: { id: true, status: true } });
  if (!application) throw new AppError("NOT_FOUND", "programmeAdmin.applicationNotFound");
  return db.$transaction(async (tx) => {
    const before = await tx.programmeReview.findUnique({ where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: actor.id } }, select: { score: true } });
    const review = await tx.programmeReview.upsert({
      where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: actor.id } },
      create: { applicationId: application.id, reviewerId: actor.id, score: input.score, note: input.note },
      update: { score: input.score, note: input.note },
      select: { id: true, score: true },
    });
    // The note is personal free text: the trail keeps the score only.
    await audit(tx, actor, "programme.review", "ProgrammeApplication", application.id, { before: before ? { score: before.score } : null, after: { score: review.score } });
    return { id: review.id };
  });
}

// ─── Selecting ───

export type DecisionOutcome = { status: ApplicationStatus; waitlistPosition: number | null; changed: boolean; full: boolean };

/**
 * L&D's decision on one application before the selection is published. The cohort's row lock orders concurrent
 * reviewers, so the places are never exceeded: selecting when every place is taken puts the person on the waiting
 * list at the next position instead (`full`). Selecting someone who did not meet the eligibility rule needs a reason.
 */
export async function decide(actor: Pick<Actor, "id">, input: DecideInput, asOf: Date = new Date()): Promise<DecisionOutcome> {
  const found = await db.programmeApplication.findUnique({ where: { id: input.applicationId }, select: { cohortId: true } });
  if (!found) throw new AppError("NOT_FOUND", "programmeAdmin.applicationNotFound");
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, found.cohortId);
    if (cohort.selectionPublishedAt) throw new AppError("CONFLICT", "programmeAdmin.selectionPublished");
    const app = await tx.programmeApplication.findUniqueOrThrow({
      where: { id: input.applicationId },
      select: { id: true, status: true, waitlistPosition: true, eligibility: true, staff: { select: { fullName: true } } },
    });
    if (app.status === "WITHDRAWN") throw new AppError("CONFLICT", "programmeAdmin.withdrawn", { name: app.staff.fullName });
    const same = (status: ApplicationStatus, waitlistPosition: number | null = null): DecisionOutcome => ({ status, waitlistPosition, changed: false, full: false });

    let status: ApplicationStatus;
    let position: number | null = null;
    let full = false;
    const reason = input.overrideReason?.trim() || undefined;
    switch (input.decision) {
      case "select": {
        if (app.status === "SELECTED") return same("SELECTED");
        if (!verdictOf(app.eligibility).eligible && !reason) {
          throw new AppError("CONFLICT", "programmeAdmin.notEligible", { name: app.staff.fullName }, { field: "overrideReason" });
        }
        const holding = await tx.programmeApplication.count({ where: { cohortId: cohort.id, status: { in: [...HOLDS_PLACE] } } });
        if (holding < cohort.places) status = "SELECTED";
        else {
          if (app.status === "WAITLISTED") return { ...same("WAITLISTED", app.waitlistPosition), full: true };
          status = "WAITLISTED";
          full = true;
        }
        break;
      }
      case "waitlist":
        if (app.status === "WAITLISTED") return same("WAITLISTED", app.waitlistPosition);
        status = "WAITLISTED";
        break;
      case "reject":
        if (app.status === "NOT_SELECTED") return same("NOT_SELECTED");
        status = "NOT_SELECTED";
        break;
      case "undo":
        if (app.status === "SUBMITTED") return same("SUBMITTED");
        status = "SUBMITTED";
        break;
    }
    if (status === "WAITLISTED") {
      const last = await tx.programmeApplication.aggregate({ where: { cohortId: cohort.id, status: "WAITLISTED" }, _max: { waitlistPosition: true } });
      position = (last._max.waitlistPosition ?? 0) + 1;
    }
    await tx.programmeApplication.update({
      where: { id: app.id },
      data: { status, waitlistPosition: position, decidedAt: status === "SUBMITTED" ? null : asOf, decidedById: status === "SUBMITTED" ? null : actor.id },
    });
    if (app.status === "WAITLISTED") await closeWaitlistGaps(tx, cohort.id);
    await audit(tx, actor, `programme.application.${input.decision}`, "ProgrammeApplication", app.id, {
      reason: input.decision === "select" ? reason : undefined,
      before: { status: app.status, waitlistPosition: app.waitlistPosition },
      after: { status, waitlistPosition: position },
    });
    return { status, waitlistPosition: position, changed: true, full };
  });
}

/** Renumbers the waiting list 1…n in its order, after someone left it. */
async function closeWaitlistGaps(tx: Tx, cohortId: string) {
  const waiting = await tx.programmeApplication.findMany({ where: { cohortId, status: "WAITLISTED" }, orderBy: [{ waitlistPosition: "asc" }, { submittedAt: "asc" }], select: { id: true, waitlistPosition: true } });
  for (const [i, w] of waiting.entries()) {
    if (w.waitlistPosition !== i + 1) await tx.programmeApplication.update({ where: { id: w.id }, data: { waitlistPosition: i + 1 } });
  }
}

type Applicant = { id: string; status: ApplicationStatus; waitlistPosition: number | null; staff: { email: string; fullName: string } };

function selectionMail(a: Applicant, cohort: { name: string; startsOn: Date; programme: { name: string } }, template: "selected" | "waitlisted" | "notSelected" | "promoted", dedupeKey: string): TemplatedMail {
  return {
    to: a.staff.email,
    template,
    values: { name: a.staff.fullName, programme: cohort.programme.name, cohort: cohort.name, startsOn: toIsoDate(cohort.startsOn), position: a.waitlistPosition ?? 0 },
    path: APPLICANT_PATH,
    dedupeKey,
  };
}

/**
 * Publishes the cohort's selection, once: applications still undecided become NOT_SELECTED, every applicant is told
 * (selected / waiting list with position / not selected) by mail and in the app, and each participant gets a
 * progress row per component. A second call changes and sends nothing.
 */
export async function publishSelection(actor: Pick<Actor, "id">, cohortId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (cohort.selectionPublishedAt) return { published: false, told: 0 };
    await tx.programmeApplication.updateMany({ where: { cohortId, status: "SUBMITTED" }, data: { status: "NOT_SELECTED", decidedAt: asOf, decidedById: actor.id } });
    await tx.programmeCohort.update({ where: { id: cohortId }, data: { selectionPublishedAt: asOf, selectionPublishedBy: actor.id } });
    const applicants = await tx.programmeApplication.findMany({
      where: { cohortId, status: { in: ["SELECTED", "WAITLISTED", "NOT_SELECTED"] } },
      select: { id: true, status: true, waitlistPosition: true, staff: { select: { email: true, fullName: true } } },
    });
    const selected = applicants.filter((a) => a.status === "SELECTED");
    const components = await tx.programmeComponent.findMany({ where: { cohortId }, select: { id: true } });
    await tx.programmeComponentProgress.createMany({
      data: selected.flatMap((a) => components.map((k) => ({ componentId: k.id, applicationId: a.id }))),
      skipDuplicates: true,
    });
    const template = (s: ApplicationStatus) => (s === "SELECTED" ? "selected" : s === "WAITLISTED" ? "waitlisted" : "notSelected");
    const told = await queueTemplatedMails(
      tx,
      MAIL,
      applicants.map((a) => selectionMail(a, cohort, template(a.status), `programme-selection:${a.id}`)),
    );
    await audit(tx, actor, "programme.selection.publish", "ProgrammeCohort", cohortId, {
      before: { selectionPublishedAt: null },
      after: { selectionPublishedAt: asOf.toISOString() },
      data: { selected: selected.length, waitlisted: applicants.filter((a) => a.status === "WAITLISTED").length, notSelected: applicants.filter((a) => a.status === "NOT_SELECTED").length },
    });
    return { published: true, told };
  });
}

/**
 * After publication, fills freed places from the waiting list in order: each promoted person becomes a participant
 * (with progress rows) and is told. The caller holds the cohort's lock (lockCohort) in `tx`. Call it whenever a
 * participant leaves the cohort (withdrawal, drop-out) or places grow.
 */
export async function promoteFromWaitingList(tx: Tx, actor: Pick<Actor, "id"> | null, cohortId: string, asOf: Date): Promise<number> {
  const cohort = await tx.programmeCohort.findUniqueOrThrow({ where: { id: cohortId }, select: { name: true, places: true, startsOn: true, selectionPublishedAt: true, completedAt: true, programme: { select: { name: true } } } });
  if (!cohort.selectionPublishedAt || cohort.completedAt) return 0;
  const holding = await tx.programmeApplication.count({ where: { cohortId, status: { in: [...HOLDS_PLACE] } } });
  const free = cohort.places - holding;
  if (free <= 0) return 0;
  const promoted = await tx.programmeApplication.findMany({
    where: { cohortId, status: "WAITLISTED" },
    orderBy: [{ waitlistPosition: "asc" }, { submittedAt: "asc" }],
    take: free,
    select: { id: true, status: true, waitlistPosition: true, staff: { select: { email: true, fullName: true } } },
  });
  if (promoted.length === 0) return 0;
  for (const p of promoted) {
    await tx.programmeApplication.update({ where: { id: p.id }, data: { status: "SELECTED", waitlistPosition: null, decidedAt: asOf, decidedById: actor?.id ?? null } });
    await audit(tx, actor, "programme.application.promote", "ProgrammeApplication", p.id, { before: { status: "WAITLISTED", waitlistPosition: p.waitlistPosition }, after: { status: "SELECTED", waitlistPosition: null } });
  }
  const components = await tx.programmeComponent.findMany({ where: { cohortId }, select: { id: true } });
  await tx.programmeComponentProgress.createMany({ data: promoted.flatMap((p) => components.map((k) => ({ componentId: k.id, applicationId: p.id }))), skipDuplicates: true });
  await closeWaitlistGaps(tx, cohortId);
  await queueTemplatedMails(tx, MAIL, promoted.map((p) => selectionMail(p, cohort, "promoted", `programme-promoted:${p.id}`)));
  return promoted.length;
}
