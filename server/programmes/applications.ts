import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError, type Problem } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { gradeRange, unmetRules, type EligibilityVerdict, type RuleCheck } from "~/lib/programmes/eligibility";
import type { ApplyInput } from "~/lib/schemas/programmes";
import { eligibilityOfPerson, eligibilitySnapshot } from "~/server/programmes/eligibility";
import { isCallOpen, localizedProgramme } from "~/server/programmes/catalogue";
import { withdrawableStatuses } from "~/server/programmes/policy";
import { queueProgrammeMails } from "~/server/programmes/mail";
import { mailDate } from "~/server/mail/render";

/** One unmet rule as a sentence of the refusal, in the reader's language. */
function ruleProblem(r: RuleCheck): Problem {
  const actual = r.actual === null ? "" : String(r.actual);
  switch (r.rule.kind) {
    case "grade":
      return { code: "CONFLICT", key: "programmes.rules.grade", params: { grades: gradeRange(r.rule.grades).join(", "), actual, known: actual ? "yes" : "no" } };
    case "staffCategory":
      return { code: "CONFLICT", key: "programmes.rules.staffCategory", params: { categories: r.rule.categories.join(", "), actual: actual || "none" } };
    case "gender":
      return { code: "CONFLICT", key: "programmes.rules.gender", params: { genders: r.rule.genders.length === 1 ? r.rule.genders[0]! : "several", actual } };
    case "minService":
      return { code: "CONFLICT", key: "programmes.rules.minService", params: { months: r.rule.months, actual: Number(r.actual ?? 0), known: r.actual === null ? "no" : "yes" } };
    case "dutyStation":
      return { code: "CONFLICT", key: "programmes.rules.dutyStation", params: { stations: r.rule.codes.join(", "), actual: actual || "none" } };
  }
}

/** Why a person may not apply, worded from the closest alternative of the verdict. */
export function notEligibleError(verdict: EligibilityVerdict): AppError {
  if (!verdict.inService) return new AppError("CONFLICT", "programmes.notInService");
  return new AppError("CONFLICT", "programmes.notEligible", { reasons: unmetRules(verdict).map(ruleProblem) });
}

type Application = { id: string; status: string; endorsement: string; motivation: string; goals: string };
const APPLICATION = { id: true, status: true, endorsement: true, motivation: true, goals: true } as const;

/** A retry of the same submission (double click, a resent request) finds its own application; anything else is refused. */
function sameSubmission(existing: Application, input: ApplyInput): boolean {
  return existing.status === "SUBMITTED" && existing.motivation === input.motivation && existing.goals === input.goals;
}

function alreadyApplied(existing: Application): AppError {
  return existing.status === "WITHDRAWN" ? new AppError("CONFLICT", "programmes.withdrawnBefore") : new AppError("CONFLICT", "programmes.alreadyApplied");
}

/**
 * Applies to a cohort's open call. The server checks again that the call is open on `asOf` and that the person is
 * eligible on that day, and refuses with the reason, storing nothing. One application per person and cohort: a retry
 * of the same submission returns the same application, another submission is refused. The application keeps the
 * verdict, grade and gender of the day; the endorsement is asked of the person's manager (none on record: not
 * required), who is mailed and notified; the applicant gets a receipt.
 */
export async function applyToProgramme(actor: Pick<Actor, "id">, input: ApplyInput, asOf: Date = new Date()) {
  const cohort = await db.programmeCohort.findFirst({
    where: { id: input.cohortId, programme: { status: "PUBLISHED" } },
    select: { id: true, name: true, opensOn: true, closesOn: true, programme: { select: { id: true, code: true, name: true, summary: true, description: true, translations: true, eligibility: true } } },
  });
  if (!cohort) throw new AppError("NOT_FOUND", "programmes.notFound");

  const existing = await db.programmeApplication.findUnique({ where: { cohortId_staffId: { cohortId: cohort.id, staffId: actor.id } }, select: APPLICATION });
  if (existing) {
    if (sameSubmission(existing, input)) return existing;
    throw alreadyApplied(existing);
  }
  if (!isCallOpen(cohort, asOf)) throw new AppError("CONFLICT", "programmes.callClosed", { opensOn: cohort.opensOn, closesOn: cohort.closesOn });

  const checked = await eligibilityOfPerson(actor.id, cohort.programme, asOf);
  if (!checked) throw new AppError("NOT_FOUND", "programmes.notFound");
  if (!checked.verdict.eligible) throw notEligibleError(checked.verdict);

  try {
    return await db.$transaction(async (tx) => {
      const me = await tx.staff.findUniqueOrThrow({
        where: { id: actor.id },
        select: { fullName: true, email: true, gender: true, locale: true, manager: { select: { id: true, email: true, locale: true, active: true } } },
      });
      const manager = me.manager?.active ? me.manager : null;
      const created = await tx.programmeApplication.create({
        data: {
          cohortId: cohort.id,
          staffId: actor.id,
          motivation: input.motivation,
          goals: input.goals,
          eligibility: eligibilitySnapshot(checked.verdict, asOf),
          grade: checked.person.grade ?? "",
          gender: me.gender,
          managerId: manager?.id ?? null,
          endorsement: manager ? "REQUESTED" : "NOT_REQUIRED",
          submittedAt: asOf,
        },
        select: APPLICATION,
      });
      await queueApplicationMails(tx, { id: created.id, cohort, applicant: me, manager });
      return created;
    });
  } catch (error) {
    // Two submissions at once: the second meets the first's row.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const winner = await db.programmeApplication.findUniqueOrThrow({ where: { cohortId_staffId: { cohortId: cohort.id, staffId: actor.id } }, select: APPLICATION });
    if (sameSubmission(winner, input)) return winner;
    throw alreadyApplied(winner);
  }
}

async function queueApplicationMails(
  tx: Tx,
  a: {
    id: string;
    cohort: { name: string; closesOn: Date; programme: { code: string; name: string; summary: string; description: string; translations: unknown } };
    applicant: { fullName: string; email: string; locale: string };
    manager: { email: string; locale: string } | null;
  },
) {
  const programme = (locale: string) => localizedProgramme(a.cohort.programme, locale).name;
  await queueProgrammeMails(tx, [
    {
      to: a.applicant.email,
      template: "applicationReceived",
      values: { programme: programme(a.applicant.locale), cohort: a.cohort.name, endorsement: a.manager ? "requested" : "notRequired" },
      path: `/programmes/${a.cohort.programme.code}`,
      dedupeKey: `programme-application:${a.id}`,
      locale: a.applicant.locale,
    },
    ...(a.manager
      ? [
          {
            to: a.manager.email,
            template: "endorsementRequested" as const,
            values: { applicant: a.applicant.fullName, programme: programme(a.manager.locale), cohort: a.cohort.name, closesOn: mailDate(a.cohort.closesOn, a.manager.locale) },
            path: "/programmes/endorsements",
            dedupeKey: `programme-endorsement-request:${a.id}`,
            locale: a.manager.locale,
          },
        ]
      : []),
  ]);
}

/**
 * The applicant takes back their application: any time before the selection is published (L&D's leaning is not
 * shown, so it cannot be the reason for a refusal), and from the waiting list after it. Withdrawing twice is a no-op.
 * The cohort row is locked so a publication running at the same moment sees the withdrawal or refuses it.
 */
export async function withdrawApplication(actor: Pick<Actor, "id">, applicationId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const app = await tx.programmeApplication.findFirst({ where: { id: applicationId, staffId: actor.id }, select: { id: true, status: true, cohortId: true } });
    if (!app) throw new AppError("NOT_FOUND", "programmes.applicationNotFound");
    if (app.status === "WITHDRAWN") return { id: app.id, status: app.status };
    const [cohort] = await tx.$queryRaw<{ selectionPublishedAt: Date | null }[]>`
      SELECT "selectionPublishedAt" FROM "ProgrammeCohort" WHERE id = ${app.cohortId} FOR UPDATE`;
    const { count } = await tx.programmeApplication.updateMany({
      where: { id: app.id, staffId: actor.id, status: { in: withdrawableStatuses({ selectionPublishedAt: cohort?.selectionPublishedAt ?? null }) } },
      data: { status: "WITHDRAWN", waitlistPosition: null, updatedAt: asOf },
    });
    if (count === 0) throw new AppError("CONFLICT", "programmes.cannotWithdraw");
    return { id: app.id, status: "WITHDRAWN" as const };
  });
}

