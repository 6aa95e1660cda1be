import "server-only";
import type { MentoringDeclineReason } from "~/server/generated/prisma/enums";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { addMonths, toIsoDate, parseIsoDate } from "~/lib/dates";
import { AcceptRequestInput, type DeclineRequestInput, type SendRequestsInput } from "~/lib/schemas/mentoring";
import { compatibility } from "~/server/mentoring/compatibility";
import { getMentoringSettings } from "~/server/mentoring/settings";
import { managerChain } from "~/server/mentoring/reporting-line";
import { isPaused, LOAD_STATUSES, menteeMatchSelect, mentorMatchSelect, toMatchMentee, toMatchMentor } from "~/server/mentoring/match-data";
import { lockMentee, lockMentorProfile } from "~/server/mentoring/locks";
import { mailDate, mailLabel, queueMentoringMails, type MentoringMail } from "~/server/mentoring/mail";

const DAY_MS = 86_400_000;

const person = { id: true, fullName: true, email: true, locale: true, grade: true, department: { select: { name: true } } } as const;

/** The mentee's current pairing (proposed or active), if any: a mentee works with one mentor at a time. */
async function currentPairingOf(tx: Tx, menteeId: string) {
  return tx.pairing.findFirst({
    where: { menteeId, status: { in: [...LOAD_STATUSES] } },
    select: { id: true, mentor: { select: { fullName: true } } },
  });
}

/**
 * Sends the mentee's request, with one message, to each chosen mentor. Refused as a whole (nothing
 * sent) when any mentor cannot take it: not listed, paused, full, the mentee's own reporting line,
 * already asked; or when it would take the mentee over the open-request limit.
 */
export async function sendRequests(actor: Pick<Actor, "id">, input: SendRequestsInput, asOf: Date = new Date()) {
  const settings = await getMentoringSettings();
  return db.$transaction(async (tx) => {
    await lockMentee(tx, actor.id);
    const mentee = await tx.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { ...person, menteeProfile: { select: { id: true } } } });
    if (!mentee.menteeProfile) throw new AppError("NO_MENTEE_PROFILE", "mentoring.requests.noMenteeProfile");
    const current = await currentPairingOf(tx, actor.id);
    if (current) throw new AppError("ALREADY_PAIRED", "mentoring.requests.alreadyPaired", { name: current.mentor.fullName });

    const open = await tx.mentoringRequest.findMany({
      where: { menteeId: actor.id, status: "OPEN", expiresAt: { gt: asOf } },
      select: { mentorId: true },
    });
    if (open.length + input.mentorIds.length > settings.maxOpenRequests) {
      const left = Math.max(0, settings.maxOpenRequests - open.length);
      throw new AppError(
        "TOO_MANY_REQUESTS",
        "mentoring.requests.tooManyOpen",
        { max: settings.maxOpenRequests, open: open.length, left },
        { field: "mentorIds" },
      );
    }

    const [chain, mentors, loads] = await Promise.all([
      managerChain(tx, actor.id),
      tx.mentorProfile.findMany({
        where: { staffId: { in: input.mentorIds } },
        select: { staffId: true, listed: true, capacity: true, pausedUntil: true, staff: { select: { ...person, active: true } } },
      }),
      tx.pairing.groupBy({ by: ["mentorId"], where: { mentorId: { in: input.mentorIds }, status: { in: [...LOAD_STATUSES] } }, _count: { _all: true } }),
    ]);
    const loadOf = new Map(loads.map((l) => [l.mentorId, l._count._all]));
    const byId = new Map(mentors.map((m) => [m.staffId, m]));
    const alreadyAsked = new Set(open.map((r) => r.mentorId));
    const field = { field: "mentorIds" };
    for (const mentorId of input.mentorIds) {
      const m = byId.get(mentorId);
      if (!m || !m.listed || !m.staff.active) throw new AppError("NOT_LISTED", "mentoring.requests.mentorNotListed", {}, field);
      const name = m.staff.fullName;
      if (mentorId === actor.id) throw new AppError("INVALID", "mentoring.requests.ownMentor", {}, field);
      if (chain.includes(mentorId)) throw new AppError("REPORTING_LINE", "mentoring.requests.reportingLine", { name }, field);
      if (alreadyAsked.has(mentorId)) throw new AppError("ALREADY_ASKED", "mentoring.requests.alreadyAsked", { name }, field);
      if (isPaused(m.pausedUntil, asOf)) throw new AppError("MENTOR_PAUSED", "mentoring.requests.mentorPaused", { name, until: m.pausedUntil! }, field);
      if ((loadOf.get(mentorId) ?? 0) >= m.capacity) throw new AppError("NO_FREE_PLACE", "mentoring.requests.mentorFull", { name }, field);
    }

    const expiresAt = new Date(asOf.getTime() + settings.requestExpiryDays * DAY_MS);
    const created = [];
    const mails: MentoringMail[] = [];
    for (const mentorId of input.mentorIds) {
      const m = byId.get(mentorId)!;
      const request = await tx.mentoringRequest.create({
        data: { menteeId: actor.id, mentorId, message: input.message, durationMonths: input.durationMonths, createdAt: asOf, expiresAt },
        select: { id: true, mentorId: true, expiresAt: true },
      });
      created.push(request);
      mails.push({
        to: m.staff.email,
        template: "requestReceived",
        values: {
          mentee: mentee.fullName,
          mentor: m.staff.fullName,
          grade: mentee.grade,
          department: mentee.department?.name ?? "—",
          months: input.durationMonths,
          message: input.message,
          deadline: mailDate(expiresAt),
        },
        path: "/mentoring/inbox",
        dedupeKey: `mentoring:request:${request.id}:received`,
      });
      await audit(tx, actor, "mentoring.request.send", "MentoringRequest", request.id, { data: { mentorId } });
    }
    await queueMentoringMails(tx, mails);
    return created;
  });
}

/** Loads a request for its mentor after the locks are held; anything else is "not found". */
async function openRequestForMentor(tx: Tx, requestId: string, mentorId: string, asOf: Date) {
  const request = await tx.mentoringRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      withdrawReason: true,
      menteeId: true,
      mentorId: true,
      durationMonths: true,
      createdAt: true,
      mentee: { select: person },
      mentor: { select: person },
    },
  });
  if (!request || request.mentorId !== mentorId) throw new AppError("NOT_FOUND", "mentoring.requests.notFound");
  if (request.status === "WITHDRAWN") {
    throw new AppError(
      "REQUEST_CLOSED",
      request.withdrawReason === "PAIRED_ELSEWHERE" ? "mentoring.requests.menteePairedElsewhere" : "mentoring.requests.withdrawn",
      { mentee: request.mentee.fullName },
    );
  }
  if (request.status !== "OPEN") throw new AppError("REQUEST_CLOSED", "mentoring.requests.answered");
  if (request.expiresAt <= asOf) throw new AppError("REQUEST_EXPIRED", "mentoring.requests.expired", { expiredOn: request.expiresAt });
  return request;
}

/** Withdraws the open requests of mentees who now have a mentor (except the accepted one) and tells those mentors. */
export async function withdrawOpenRequests(tx: Tx, menteeIds: readonly string[], exceptRequestId: string | null, asOf: Date) {
  if (menteeIds.length === 0) return 0;
  const others = await tx.mentoringRequest.findMany({
    where: { menteeId: { in: [...menteeIds] }, status: "OPEN", ...(exceptRequestId ? { id: { not: exceptRequestId } } : {}) },
    select: { id: true, mentee: { select: { fullName: true } }, mentor: { select: { fullName: true, email: true } } },
  });
  if (others.length === 0) return 0;
  await tx.mentoringRequest.updateMany({
    where: { id: { in: others.map((o) => o.id) }, status: "OPEN" },
    data: { status: "WITHDRAWN", withdrawReason: "PAIRED_ELSEWHERE", closedAt: asOf },
  });
  await queueMentoringMails(
    tx,
    others.map((o) => ({
      to: o.mentor.email,
      template: "requestWithdrawnPaired" as const,
      values: { mentee: o.mentee.fullName, mentor: o.mentor.fullName },
      path: "/mentoring/inbox",
      dedupeKey: `mentoring:request:${o.id}:withdrawn`,
    })),
  );
  return others.length;
}

/**
 * The mentor accepts: a pairing starts today. Holds under concurrency: the mentor's profile row is
 * locked while their free places are counted, so two acceptances for the last place give one
 * pairing and one "no free place"; the mentee is locked too, so two mentors accepting the same
 * mentee at once give one pairing. The mentee's other open requests are withdrawn. The mentor's optional message
 * is kept as plain text and reaches the mentee on the requests page and in the mail.
 */
export async function acceptRequest(actor: Pick<Actor, "id">, input: { requestId: string; message?: string }, asOf: Date = new Date()) {
  const { requestId, message } = AcceptRequestInput.parse(input);
  const settings = await getMentoringSettings();
  return db.$transaction(async (tx) => {
    const profile = await lockMentorProfile(tx, actor.id);
    if (!profile) throw new AppError("NOT_FOUND", "mentoring.requests.notFound");
    const peek = await tx.mentoringRequest.findUnique({ where: { id: requestId }, select: { menteeId: true, mentorId: true } });
    if (!peek || peek.mentorId !== actor.id) throw new AppError("NOT_FOUND", "mentoring.requests.notFound");
    await lockMentee(tx, peek.menteeId);
    const request = await openRequestForMentor(tx, requestId, actor.id, asOf);

    const current = await currentPairingOf(tx, request.menteeId);
    if (current) throw new AppError("MENTEE_PAIRED", "mentoring.requests.menteeHasMentor", { mentee: request.mentee.fullName });
    if ((await managerChain(tx, request.menteeId)).includes(actor.id)) {
      throw new AppError("REPORTING_LINE", "mentoring.requests.mentorInReportingLine", { mentee: request.mentee.fullName });
    }
    const load = await tx.pairing.count({ where: { mentorId: actor.id, status: { in: [...LOAD_STATUSES] } } });
    if (load >= profile.capacity) throw new AppError("NO_FREE_PLACE", "mentoring.requests.noFreePlace", { capacity: profile.capacity });

    const [menteeRow, mentorRow] = await Promise.all([
      tx.menteeProfile.findUnique({ where: { staffId: request.menteeId }, select: menteeMatchSelect }),
      tx.mentorProfile.findUniqueOrThrow({ where: { staffId: actor.id }, select: mentorMatchSelect }),
    ]);
    const why = menteeRow ? compatibility(toMatchMentee(menteeRow, []), toMatchMentor(mentorRow, 1, asOf), settings.weights) : { score: 0, reasons: [] };

    const closed = await tx.mentoringRequest.updateMany({
      where: { id: request.id, status: "OPEN" },
      data: { status: "ACCEPTED", respondedAt: asOf, closedAt: asOf, acceptMessage: message ?? null },
    });
    if (closed.count !== 1) throw new AppError("REQUEST_CLOSED", "mentoring.requests.answered");
    const today = toIsoDate(asOf);
    const pairing = await tx.pairing.create({
      data: {
        menteeId: request.menteeId,
        mentorId: actor.id,
        origin: "REQUEST",
        requestId: request.id,
        reasons: why.reasons,
        score: why.score,
        status: "ACTIVE",
        durationMonths: request.durationMonths,
        proposedAt: request.createdAt,
        menteeConfirmedAt: request.createdAt,
        mentorConfirmedAt: asOf,
        startedOn: parseIsoDate(today),
        endsOn: parseIsoDate(addMonths(today, request.durationMonths)),
      },
      select: { id: true, menteeId: true, mentorId: true, status: true },
    });
    const withdrawn = await withdrawOpenRequests(tx, [request.menteeId], request.id, asOf);
    await tx.mentorProfile.update({ where: { staffId: actor.id }, data: { lastActiveAt: asOf } });
    await queueMentoringMails(tx, [
      {
        to: request.mentee.email,
        template: "requestAccepted",
        values: { mentee: request.mentee.fullName, mentor: request.mentor.fullName, months: request.durationMonths, withdrawn, hasMessage: message ? "yes" : "no", message: message ?? "" },
        path: `/mentoring/pairings/${pairing.id}`,
        dedupeKey: `mentoring:request:${request.id}:accepted`,
      },
    ]);
    await audit(tx, actor, "mentoring.request.accept", "MentoringRequest", request.id, { data: { pairingId: pairing.id, withdrawn, message: message !== undefined } });
    return { pairing, withdrawn };
  });
}

export async function declineRequest(actor: Pick<Actor, "id">, input: DeclineRequestInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const peek = await tx.mentoringRequest.findUnique({ where: { id: input.requestId }, select: { menteeId: true, mentorId: true } });
    if (!peek || peek.mentorId !== actor.id) throw new AppError("NOT_FOUND", "mentoring.requests.notFound");
    await lockMentee(tx, peek.menteeId);
    const request = await openRequestForMentor(tx, input.requestId, actor.id, asOf);
    const reason: MentoringDeclineReason = input.reason;
    const text = input.text?.trim() || null;
    await tx.mentoringRequest.update({
      where: { id: request.id },
      data: { status: "DECLINED", declineReason: reason, declineText: text, respondedAt: asOf, closedAt: asOf },
    });
    await tx.mentorProfile.updateMany({ where: { staffId: actor.id }, data: { lastActiveAt: asOf } });
    await queueMentoringMails(tx, [
      {
        to: request.mentee.email,
        template: "requestDeclined",
        values: {
          mentee: request.mentee.fullName,
          mentor: request.mentor.fullName,
          reason: mailLabel(`declineReasons.${reason}`, request.mentee.locale),
          hasText: text ? "yes" : "no",
          text: text ?? "",
        },
        path: "/mentoring/mentors",
        dedupeKey: `mentoring:request:${request.id}:declined`,
      },
    ]);
    await audit(tx, actor, "mentoring.request.decline", "MentoringRequest", request.id, { reason: reason, data: { text } });
    return { id: request.id, status: "DECLINED" as const };
  });
}

/** The mentee takes back an open request; the mentor is told. */
export async function withdrawRequest(actor: Pick<Actor, "id">, requestId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    await lockMentee(tx, actor.id);
    const request = await tx.mentoringRequest.findUnique({
      where: { id: requestId },
      select: { id: true, menteeId: true, status: true, mentee: { select: { fullName: true } }, mentor: { select: { fullName: true, email: true } } },
    });
    if (!request || request.menteeId !== actor.id) throw new AppError("NOT_FOUND", "mentoring.requests.notYours");
    if (request.status !== "OPEN") throw new AppError("REQUEST_CLOSED", "mentoring.requests.notOpen");
    await tx.mentoringRequest.update({ where: { id: requestId }, data: { status: "WITHDRAWN", withdrawReason: "BY_MENTEE", closedAt: asOf } });
    await queueMentoringMails(tx, [
      {
        to: request.mentor.email,
        template: "requestWithdrawnByMentee",
        values: { mentee: request.mentee.fullName, mentor: request.mentor.fullName },
        path: "/mentoring/inbox",
        dedupeKey: `mentoring:request:${requestId}:withdrawn`,
      },
    ]);
    await audit(tx, actor, "mentoring.request.withdraw", "MentoringRequest", requestId);
    return { id: requestId, status: "WITHDRAWN" as const };
  });
}

/**
 * Closes every open request whose answer time has run out and tells each mentee. Idempotent and
 * safe to run at any time (a daily job, or before a page lists requests): a request expires once.
 */
export async function expireMentoringRequests(asOf: Date = new Date()): Promise<number> {
  const settings = await getMentoringSettings();
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "MentoringRequest" SET status = 'EXPIRED', "closedAt" = ${asOf}
      WHERE status = 'OPEN' AND "expiresAt" <= ${asOf}
      RETURNING id`;
    if (expired.length === 0) return 0;
    const rows = await tx.mentoringRequest.findMany({
      where: { id: { in: expired.map((e) => e.id) } },
      select: { id: true, createdAt: true, expiresAt: true, mentee: { select: { fullName: true, email: true } }, mentor: { select: { fullName: true } } },
    });
    await queueMentoringMails(
      tx,
      rows.map((r) => ({
        to: r.mentee.email,
        template: "requestExpired" as const,
        values: {
          mentee: r.mentee.fullName,
          mentor: r.mentor.fullName,
          days: Math.round((r.expiresAt.getTime() - r.createdAt.getTime()) / DAY_MS) || settings.requestExpiryDays,
        },
        path: "/mentoring/mentors",
        dedupeKey: `mentoring:request:${r.id}:expired`,
      })),
    );
    return expired.length;
  });
}

const requestListSelect = {
  id: true,
  status: true,
  message: true,
  durationMonths: true,
  declineReason: true,
  declineText: true,
  acceptMessage: true,
  withdrawReason: true,
  createdAt: true,
  expiresAt: true,
  respondedAt: true,
  closedAt: true,
  pairing: { select: { id: true } },
} as const;

/** The mentee's requests, open ones first, newest first. */
export async function listMyRequests(actor: Pick<Actor, "id">) {
  const rows = await db.mentoringRequest.findMany({
    where: { menteeId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { ...requestListSelect, mentor: { select: { id: true, fullName: true, grade: true } } },
  });
  return rows.sort((a, b) => Number(b.status === "OPEN") - Number(a.status === "OPEN"));
}

/** A mentor's inbox: open requests (oldest first, they expire first) and the history, newest first. */
export async function mentorInbox(actor: Pick<Actor, "id">, asOf: Date = new Date()) {
  const rows = await db.mentoringRequest.findMany({
    where: { mentorId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      ...requestListSelect,
      mentee: {
        select: {
          id: true,
          fullName: true,
          grade: true,
          department: { select: { name: true } },
          dutyStation: { select: { name: true } },
          menteeProfile: { select: { goalsText: true, goals: { select: { name: true } }, languages: true } },
        },
      },
    },
  });
  const open = rows.filter((r) => r.status === "OPEN" && r.expiresAt > asOf).reverse();
  const past = rows.filter((r) => !(r.status === "OPEN" && r.expiresAt > asOf));
  return { open, past };
}

/**
 * What the browse page needs to offer requests: whether the person has a mentee profile, a current
 * mentor, how many more mentors they may ask now. Expires overdue requests first (on-read sweep).
 */
export async function menteeRequestAllowance(actor: Pick<Actor, "id">, asOf: Date = new Date()) {
  await expireMentoringRequests(asOf);
  const [settings, profile, open, pairing] = await Promise.all([
    getMentoringSettings(),
    db.menteeProfile.findUnique({ where: { staffId: actor.id }, select: { desiredDurationMonths: true } }),
    db.mentoringRequest.count({ where: { menteeId: actor.id, status: "OPEN", expiresAt: { gt: asOf } } }),
    db.pairing.findFirst({ where: { menteeId: actor.id, status: { in: [...LOAD_STATUSES] } }, select: { mentor: { select: { fullName: true } } } }),
  ]);
  return {
    hasProfile: profile !== null,
    desiredDurationMonths: profile?.desiredDurationMonths ?? 6,
    maxOpen: settings.maxOpenRequests,
    open,
    slots: Math.max(0, settings.maxOpenRequests - open),
    pairedWith: pairing?.mentor.fullName ?? null,
  };
}
