import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { addDays, parseIsoDate, toIsoDate } from "~/lib/dates";
import { courseHref } from "~/lib/compliance";
import type { RemindInput } from "~/lib/schemas/team";
import { queryStates } from "~/server/compliance/state-query";
import { mailDate, queueTemplatedMails } from "~/server/mail/render";
import { assertInTeamOf } from "~/server/team/policy";

/** One reminder per person and requirement in this many days, whoever in the reporting line sends it. */
export const REMIND_EVERY_DAYS = 7;

export type RemindResult = { reminderId: string; sentAt: Date; nextAllowedOn: string; repeated: boolean };

/**
 * A manager reminds one of their reports (direct or down the line) about one requirement they are due or overdue
 * with: a mail in the person's language goes into the outbox, the reminder is logged (TeamReminder, the only writer)
 * and audited. Refused within 7 days of the last reminder for the same person and requirement, with the day it
 * becomes possible again. The same `requestId` again (a double click, a retry) answers the first result and sends
 * nothing more.
 */
export async function remindTeamMember(actor: Pick<Actor, "id" | "fullName">, input: RemindInput, asOf: Date = new Date()): Promise<RemindResult> {
  await assertInTeamOf(actor, input.staffId);
  const today = toIsoDate(asOf);
  const [state] = await queryStates({ asOf: today, staffIds: [input.staffId], requirementIds: [input.requirementId] });
  if (!state) throw new AppError("NOT_FOUND", "team.requirementNotForPerson");

  return db.$transaction(async (tx) => {
    // One reminder at a time per person and requirement: a concurrent second click waits here, then sees the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`team-reminder:${input.staffId}:${input.requirementId}`}))`;
    // By calendar day: reminded on the 3rd, possible again from the 10th (what the refusal says).
    const since = parseIsoDate(addDays(today, 1 - REMIND_EVERY_DAYS));
    const last = await tx.teamReminder.findFirst({
      where: { OR: [{ requestId: input.requestId }, { staffId: input.staffId, requirementId: input.requirementId, sentAt: { gte: since } }] },
      orderBy: { sentAt: "desc" },
      select: { id: true, requestId: true, sentAt: true, staffId: true, requirementId: true },
    });
    if (last && last.requestId === input.requestId && last.staffId === input.staffId && last.requirementId === input.requirementId) {
      return { reminderId: last.id, sentAt: last.sentAt, nextAllowedOn: nextAllowed(last.sentAt), repeated: true };
    }
    if (last && last.requestId !== input.requestId) {
      throw new AppError("TOO_MANY_REQUESTS", "team.remindTooSoon", { sentOn: last.sentAt, date: parseIsoDate(nextAllowed(last.sentAt)) });
    }
    if (state.state !== "DUE" && state.state !== "OVERDUE") throw new AppError("CONFLICT", "team.nothingToRemind");

    const person = await tx.staff.findUniqueOrThrow({ where: { id: input.staffId }, select: { fullName: true, email: true, locale: true } });
    const course = await tx.course.findUniqueOrThrow({ where: { id: state.courseId }, select: { code: true, title: true } });
    const reminder = await tx.teamReminder.create({
      data: { staffId: input.staffId, requirementId: input.requirementId, sentById: actor.id, requestId: input.requestId, sentAt: asOf },
      select: { id: true, sentAt: true },
    });
    await queueTemplatedMails(tx, "compliance.email", [
      {
        to: person.email,
        locale: person.locale,
        template: "managerReminder",
        values: {
          name: person.fullName,
          manager: actor.fullName,
          course: course.title,
          state: state.state,
          date: mailDate(parseIsoDate(state.dueOn ?? today), person.locale),
          days: state.daysOverdue,
        },
        path: courseHref(course.code),
        dedupeKey: `team-reminder:${reminder.id}`,
      },
    ]);
    await audit(tx, actor, "team.remind", "Staff", input.staffId, { data: { requirementId: input.requirementId, state: state.state, reminderId: reminder.id } });
    return { reminderId: reminder.id, sentAt: reminder.sentAt, nextAllowedOn: nextAllowed(reminder.sentAt), repeated: false };
  });
}

/** The calendar day (UTC) from which the next reminder may go: 7 days after the last one. */
function nextAllowed(sentAt: Date): string {
  return addDays(toIsoDate(sentAt), REMIND_EVERY_DAYS);
}
