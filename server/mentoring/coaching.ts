import "server-only";
import { Prisma } from "~/server/generated/prisma/client";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import type { AddCoachInput, CoachingRequestInput, LogCoachingSessionInput } from "~/lib/schemas/mentoring";
import { queueMentoringMails } from "~/server/mentoring/mail";
import type { Locale } from "~/lib/i18n/locales";
import { nameCollation } from "~/server/people/people";

/**
 * The coaching network: listed coaches (or all, for L&D), by name as a reader of `locale` sorts names (PostgreSQL's
 * ICU collation of that language: Chinese names by pinyin in Chinese).
 */
export async function listCoaches(opts: { includeUnlisted?: boolean } = {}, locale: Locale = "en") {
  const order = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Coach" c JOIN "Staff" s ON s.id = c."staffId"
    ${opts.includeUnlisted ? Prisma.empty : Prisma.sql`WHERE c.listed AND s.active`}
    ORDER BY s."fullName" COLLATE ${nameCollation(locale)}, c.id`;
  const rows = await db.coach.findMany({
    where: { id: { in: order.map((r) => r.id) } },
    select: {
      id: true,
      bio: true,
      languages: true,
      listed: true,
      staffId: true,
      staff: { select: { fullName: true, grade: true, department: { select: { name: true } }, dutyStation: { select: { name: true } } } },
      _count: { select: { sessions: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.flatMap(({ id }) => byId.get(id) ?? []);
}

/** L&D adds a staff member to the network (or lists them again). */
export async function addCoach(actor: Pick<Actor, "id">, input: AddCoachInput) {
  const staff = await db.staff.findFirst({ where: { employeeId: input.employeeId, active: true }, select: { id: true, fullName: true } });
  if (!staff) throw new AppError("NOT_FOUND", "mentoring.coaching.noStaff", { employeeId: input.employeeId }, { field: "employeeId" });
  return db.$transaction(async (tx) => {
    const coach = await tx.coach.upsert({
      where: { staffId: staff.id },
      create: { staffId: staff.id, bio: input.bio, languages: input.languages, listed: true },
      update: { bio: input.bio, languages: input.languages, listed: true },
      select: { id: true },
    });
    await audit(tx, actor, "coaching.coach.add", "Coach", coach.id, { data: { staffId: staff.id } });
    return { id: coach.id, fullName: staff.fullName };
  });
}

export async function setCoachListed(actor: Pick<Actor, "id">, coachId: string, listed: boolean) {
  return db.$transaction(async (tx) => {
    const found = await tx.coach.findUnique({ where: { id: coachId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "mentoring.coaching.coachNotFound");
    await tx.coach.update({ where: { id: coachId }, data: { listed } });
    await audit(tx, actor, listed ? "coaching.coach.list" : "coaching.coach.unlist", "Coach", coachId);
    return { id: coachId, listed };
  });
}

export async function requestCoaching(actor: Pick<Actor, "id">, input: CoachingRequestInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`coaching:coachee:${actor.id}`}))`;
    const coach = await tx.coach.findUnique({ where: { id: input.coachId }, select: { id: true, listed: true, staffId: true, staff: { select: { fullName: true, email: true, active: true } } } });
    if (!coach || !coach.listed || !coach.staff.active) throw new AppError("NOT_FOUND", "mentoring.coaching.coachNotListed");
    if (coach.staffId === actor.id) throw new AppError("INVALID", "mentoring.coaching.askSelf");
    const open = await tx.coachingRequest.findFirst({ where: { coacheeId: actor.id, coachId: coach.id, status: { in: ["OPEN", "ACCEPTED"] } }, select: { id: true } });
    if (open) throw new AppError("ALREADY_ASKED", "mentoring.coaching.alreadyAsked", { coach: coach.staff.fullName });
    const me = await tx.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { fullName: true } });
    const request = await tx.coachingRequest.create({ data: { coacheeId: actor.id, coachId: coach.id, message: input.message, createdAt: asOf }, select: { id: true } });
    await queueMentoringMails(tx, [
      {
        to: coach.staff.email,
        template: "coachingRequested",
        values: { coach: coach.staff.fullName, coachee: me.fullName, message: input.message },
        path: "/coaching",
        dedupeKey: `coaching:request:${request.id}:received`,
      },
    ]);
    await audit(tx, actor, "coaching.request", "CoachingRequest", request.id);
    return request;
  });
}

async function requestForCoach(actorId: string, requestId: string) {
  const r = await db.coachingRequest.findUnique({
    where: { id: requestId },
    select: { id: true, status: true, coacheeId: true, coach: { select: { staffId: true, id: true, staff: { select: { fullName: true } } } }, coachee: { select: { fullName: true, email: true } } },
  });
  if (!r || r.coach.staffId !== actorId) throw new AppError("NOT_FOUND", "mentoring.coaching.requestNotFound");
  return r;
}

export async function answerCoachingRequest(actor: Pick<Actor, "id">, input: { requestId: string; accept: boolean }, asOf: Date = new Date()) {
  const r = await requestForCoach(actor.id, input.requestId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.coachingRequest.updateMany({
      where: { id: r.id, status: "OPEN" },
      data: { status: input.accept ? "ACCEPTED" : "DECLINED", respondedAt: asOf },
    });
    if (count !== 1) throw new AppError("REQUEST_CLOSED", "mentoring.coaching.answered");
    await queueMentoringMails(tx, [
      {
        to: r.coachee.email,
        template: "coachingAnswered",
        values: { coach: r.coach.staff.fullName, coachee: r.coachee.fullName, accepted: input.accept ? "true" : "false" },
        path: "/coaching",
        dedupeKey: `coaching:request:${r.id}:answered`,
      },
    ]);
    await audit(tx, actor, input.accept ? "coaching.accept" : "coaching.decline", "CoachingRequest", r.id);
    return { id: r.id, status: input.accept ? ("ACCEPTED" as const) : ("DECLINED" as const) };
  });
}

export async function closeCoaching(actor: Pick<Actor, "id">, requestId: string) {
  const r = await requestForCoach(actor.id, requestId);
  if (r.status !== "ACCEPTED") throw new AppError("REQUEST_CLOSED", "mentoring.coaching.closeNeedsOngoing");
  await db.$transaction(async (tx) => {
    await tx.coachingRequest.update({ where: { id: r.id }, data: { status: "CLOSED" } });
    await audit(tx, actor, "coaching.close", "CoachingRequest", r.id);
  });
  return { id: r.id, status: "CLOSED" as const };
}

/**
 * The coach logs a session of an accepted coaching; hours are exact decimals (1.5 = 90 minutes), dated up to today.
 * With a `submissionKey` (one per filled-in form) a double submit or a retry logs it once and returns the same session.
 */
export async function logCoachingSession(actor: Pick<Actor, "id">, input: LogCoachingSessionInput, asOf: Date = new Date()) {
  const r = await requestForCoach(actor.id, input.requestId);
  if (r.status !== "ACCEPTED") throw new AppError("REQUEST_CLOSED", "mentoring.coaching.sessionsNeedOngoing");
  if (input.heldOn > toIsoDate(asOf)) throw new AppError("INVALID", "mentoring.coaching.sessionInFuture", {}, { field: "heldOn" });
  const data = { coachId: r.coach.id, coacheeId: r.coacheeId, requestId: r.id, heldOn: parseIsoDate(input.heldOn), hours: new Prisma.Decimal(input.hours) };
  return db.$transaction(async (tx) => {
    if (input.submissionKey) {
      // ON CONFLICT DO NOTHING: of two concurrent submits of one form, one inserts and both read the same row.
      const { count } = await tx.coachingSession.createMany({ data: [{ ...data, submissionKey: input.submissionKey }], skipDuplicates: true });
      const s = await tx.coachingSession.findUniqueOrThrow({ where: { submissionKey: input.submissionKey }, select: { id: true, hours: true, requestId: true } });
      if (s.requestId !== r.id) throw new AppError("CONFLICT", "mentoring.coaching.submissionKeyUsed");
      if (count === 1) await audit(tx, actor, "coaching.session.log", "CoachingSession", s.id, { data: { hours: input.hours, heldOn: input.heldOn } });
      return { id: s.id, hours: s.hours.toString(), created: count === 1 };
    }
    const s = await tx.coachingSession.create({ data, select: { id: true, hours: true } });
    await audit(tx, actor, "coaching.session.log", "CoachingSession", s.id, { data: { hours: input.hours, heldOn: input.heldOn } });
    return { id: s.id, hours: s.hours.toString(), created: true };
  });
}

/** A staff member's coaching: as coachee (their requests with hours received) and as coach (their inbox). */
export async function myCoaching(actor: Pick<Actor, "id">) {
  const [asCoachee, coach] = await Promise.all([
    db.coachingRequest.findMany({
      where: { coacheeId: actor.id },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        createdAt: true,
        coach: { select: { staff: { select: { fullName: true } } } },
        sessions: { select: { heldOn: true, hours: true } },
      },
    }),
    db.coach.findUnique({
      where: { staffId: actor.id },
      select: {
        id: true,
        listed: true,
        requests: {
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            status: true,
            message: true,
            createdAt: true,
            coachee: { select: { fullName: true, grade: true, department: { select: { name: true } } } },
            sessions: { orderBy: { heldOn: "desc" }, select: { id: true, heldOn: true, hours: true } },
          },
        },
      },
    }),
  ]);
  const hours = (s: { hours: Prisma.Decimal }[]) => s.reduce((sum, x) => sum.plus(x.hours), new Prisma.Decimal(0)).toString();
  return {
    asCoachee: asCoachee.map((r) => ({ id: r.id, status: r.status, createdAt: r.createdAt, coach: r.coach.staff.fullName, sessions: r.sessions.length, hours: hours(r.sessions) })),
    asCoach: coach && {
      coachId: coach.id,
      listed: coach.listed,
      requests: coach.requests.map((r) => ({
        ...r,
        sessions: r.sessions.map((s) => ({ id: s.id, heldOn: toIsoDate(s.heldOn), hours: s.hours.toString() })),
        hours: hours(r.sessions),
      })),
    },
  };
}
