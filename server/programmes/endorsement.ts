import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import type { EndorsementInput } from "~/lib/schemas/programmes";
import { assertEndorser } from "~/server/programmes/policy";
import { localizedProgramme } from "~/server/programmes/catalogue";
import { queueProgrammeMails } from "~/server/programmes/mail";

const PROGRAMME = { code: true, name: true, summary: true, description: true, translations: true } as const;

/**
 * A manager's endorsements: applications of people who named them as manager, those waiting for an answer first
 * (oldest first), then those answered (newest first). Withdrawn applications wait for nobody.
 */
export async function endorsementsFor(managerId: string, locale: string) {
  const rows = await db.programmeApplication.findMany({
    where: { managerId, endorsement: { in: ["REQUESTED", "ENDORSED", "DECLINED"] } },
    orderBy: { submittedAt: "asc" },
    take: 200,
    select: {
      id: true,
      status: true,
      motivation: true,
      goals: true,
      endorsement: true,
      endorsementComment: true,
      endorsedAt: true,
      submittedAt: true,
      grade: true,
      staff: { select: { fullName: true } },
      cohort: { select: { name: true, closesOn: true, programme: { select: PROGRAMME } } },
    },
  });
  const view = rows.map((r) => ({
    id: r.id,
    applicant: r.staff.fullName,
    grade: r.grade,
    programmeCode: r.cohort.programme.code,
    programmeName: localizedProgramme(r.cohort.programme, locale).name,
    cohortName: r.cohort.name,
    closesOn: r.cohort.closesOn,
    motivation: r.motivation,
    goals: r.goals,
    endorsement: r.endorsement,
    comment: r.endorsementComment,
    endorsedAt: r.endorsedAt,
    submittedAt: r.submittedAt,
    withdrawn: r.status === "WITHDRAWN",
  }));
  return {
    waiting: view.filter((r) => r.endorsement === "REQUESTED" && !r.withdrawn),
    decided: view.filter((r) => r.endorsement !== "REQUESTED").sort((a, b) => (b.endorsedAt?.getTime() ?? 0) - (a.endorsedAt?.getTime() ?? 0)),
  };
}

/** How many endorsements wait for this manager (the home page's count). */
export function endorsementsWaitingCount(managerId: string): Promise<number> {
  return db.programmeApplication.count({ where: { managerId, endorsement: "REQUESTED", status: { not: "WITHDRAWN" } } });
}

/**
 * The named manager endorses or declines (a decline says why), once: the answer is claimed with a conditional update,
 * so of two tabs or two clicks only one decides and only one mail leaves; the same answer again is a no-op, a
 * different one is refused. The applicant is mailed and notified.
 */
export async function decideEndorsement(actor: Pick<Actor, "id">, input: EndorsementInput, asOf: Date = new Date()) {
  const comment = input.comment?.trim() || null;
  if (input.decision === "DECLINED" && !comment) throw new AppError("INVALID", "programmes.endorsement.commentRequired", undefined, { field: "comment" });
  const app = await db.programmeApplication.findUnique({ where: { id: input.applicationId }, select: { id: true, staffId: true, managerId: true } });
  assertEndorser(actor, app);

  return db.$transaction(async (tx) => {
    const { count } = await tx.programmeApplication.updateMany({
      where: { id: app.id, managerId: actor.id, endorsement: "REQUESTED", status: { not: "WITHDRAWN" } },
      data: { endorsement: input.decision, endorsementComment: comment, endorsedAt: asOf },
    });
    const now = await tx.programmeApplication.findUniqueOrThrow({
      where: { id: app.id },
      select: {
        id: true,
        status: true,
        endorsement: true,
        endorsementComment: true,
        endorsedAt: true,
        staff: { select: { email: true, locale: true } },
        manager: { select: { fullName: true } },
        cohort: { select: { name: true, programme: { select: PROGRAMME } } },
      },
    });
    if (count === 0) {
      if (now.endorsement === input.decision && (now.endorsementComment ?? null) === comment) return { id: now.id, endorsement: now.endorsement };
      if (now.status === "WITHDRAWN") throw new AppError("CONFLICT", "programmes.endorsement.withdrawn");
      throw new AppError("CONFLICT", "programmes.endorsement.alreadyDecided");
    }
    const locale = now.staff.locale;
    await queueProgrammeMails(tx, [
      {
        to: now.staff.email,
        template: input.decision === "ENDORSED" ? "endorsed" : "endorsementDeclined",
        values: { manager: now.manager?.fullName ?? "", programme: localizedProgramme(now.cohort.programme, locale).name, cohort: now.cohort.name, comment: comment ?? "", hasComment: comment ? "yes" : "no" },
        path: `/programmes/${now.cohort.programme.code}`,
        dedupeKey: `programme-endorsement:${now.id}`,
        locale,
      },
    ]);
    return { id: now.id, endorsement: now.endorsement };
  });
}
