import "server-only";
import type { PairingCloseReason } from "~/server/generated/prisma/enums";
import { db, type Tx } from "~/server/db";
import { AppError, type ErrorKey } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { addDays, addMonths, daysBetween, parseIsoDate, toIsoDate } from "~/lib/dates";
import type { AnswerExtensionInput, ClosePairingInput, FeedbackInput, LogMeetingInput, CheckInInput, ProposeExtensionInput } from "~/lib/schemas/mentoring";
import type { MatchReason } from "~/server/mentoring/compatibility";
import { assertPairingMember, canReadMeetingNotes, pairingViewOf, type PairingView } from "~/server/mentoring/policy";
import { mailDate, mailLabel, queueMentoringMails } from "~/server/mentoring/mail";

/** Goals a pairing may hold: a few that matter beat a long list. */
const MAX_GOALS = 10;

const memberSelect = { id: true, fullName: true, email: true, grade: true, department: { select: { name: true } }, dutyStation: { select: { name: true } } } as const;

/** The day half-way between start and planned end, when the check-in prompt appears. */
export function midpointOf(startedOn: Date, endsOn: Date): string {
  const start = toIsoDate(startedOn);
  return addDays(start, Math.floor(daysBetween(start, toIsoDate(endsOn)) / 2));
}

/** The actor's pairings, as mentee or mentor: proposed first, then active, then closed; newest first. */
export async function listMyPairings(actor: Pick<Actor, "id">) {
  const rows = await db.pairing.findMany({
    where: { OR: [{ menteeId: actor.id }, { mentorId: actor.id }] },
    orderBy: [{ proposedAt: "desc" }],
    select: {
      id: true,
      status: true,
      outcome: true,
      origin: true,
      durationMonths: true,
      startedOn: true,
      endsOn: true,
      closedOn: true,
      proposedAt: true,
      menteeId: true,
      mentorId: true,
      extensionMonths: true,
      extensionProposedById: true,
      mentee: { select: { id: true, fullName: true, grade: true } },
      mentor: { select: { id: true, fullName: true, grade: true } },
      _count: { select: { meetings: true } },
    },
  });
  const order = { PROPOSED: 0, ACTIVE: 1, CLOSED: 2 } as const;
  return rows
    .map((p) => ({
      ...p,
      role: p.menteeId === actor.id ? ("MENTEE" as const) : ("MENTOR" as const),
      partner: p.menteeId === actor.id ? p.mentor : p.mentee,
      extension: p.status === "ACTIVE" && p.extensionProposedById && p.extensionMonths ? { months: p.extensionMonths, mine: p.extensionProposedById === actor.id } : null,
    }))
    .sort((a, b) => order[a.status] - order[b.status]);
}

/**
 * One pairing as the actor may see it: members get everything except the other member's private
 * notes; L&D gets the programme's view (no meeting notes, no check-in notes). Anyone else: NOT_FOUND.
 */
export async function getPairing(actor: Pick<Actor, "id" | "roles">, pairingId: string, asOf: Date = new Date()) {
  const p = await db.pairing.findUnique({
    where: { id: pairingId },
    select: {
      id: true,
      status: true,
      origin: true,
      outcome: true,
      closeReason: true,
      closeNote: true,
      durationMonths: true,
      proposedAt: true,
      menteeConfirmedAt: true,
      mentorConfirmedAt: true,
      startedOn: true,
      endsOn: true,
      closedOn: true,
      extensionMonths: true,
      extensionEndsOn: true,
      extensionProposedById: true,
      extensionProposedAt: true,
      reasons: true,
      score: true,
      menteeId: true,
      mentorId: true,
      round: { select: { id: true, name: true } },
      mentee: { select: memberSelect },
      mentor: { select: memberSelect },
      goals: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, progress: true, createdById: true, updatedAt: true } },
      meetings: {
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, authorId: true, heldOn: true, minutes: true, topics: true, notes: true, notesShared: true, createdAt: true },
      },
      checkIns: { select: { authorId: true, onTrack: true, note: true, createdAt: true } },
      feedback: { select: { id: true, authorId: true, rating: true, comment: true, rematchRequested: true, rematchResolvedAt: true, createdAt: true } },
    },
  });
  const view: PairingView | null = p ? pairingViewOf(actor, p) : null;
  if (!p || !view) throw new AppError("NOT_FOUND", "mentoring.pairings.notFound");
  const member = view !== "PROGRAMME";
  const today = toIsoDate(asOf);
  const midpoint = p.startedOn && p.endsOn ? midpointOf(p.startedOn, p.endsOn) : null;
  const endsOn = p.endsOn ? toIsoDate(p.endsOn) : null;
  const myCheckIn = p.checkIns.find((c) => c.authorId === actor.id) ?? null;
  const myFeedback = p.feedback.find((f) => f.authorId === actor.id) ?? null;
  return {
    ...p,
    reasons: (Array.isArray(p.reasons) ? p.reasons : []) as MatchReason[],
    view,
    today,
    midpoint,
    minutesTotal: p.meetings.reduce((s, m) => s + m.minutes, 0),
    meetings: p.meetings.map((m) => ({
      ...m,
      notes: canReadMeetingNotes(actor, p, m) && m.notes ? m.notes : null,
      mine: m.authorId === actor.id,
    })),
    checkIns: p.checkIns.map((c) => ({ ...c, note: member ? c.note : "" })),
    // Members see their own feedback only; L&D reads all of it (that is what it is for).
    feedback: member ? p.feedback.filter((f) => f.authorId === actor.id) : p.feedback,
    myConfirmed: view === "MENTEE" ? p.menteeConfirmedAt !== null : view === "MENTOR" ? p.mentorConfirmedAt !== null : false,
    checkInDue: member && p.status === "ACTIVE" && midpoint !== null && today >= midpoint && !myCheckIn,
    endReached: p.status === "ACTIVE" && endsOn !== null && today >= endsOn,
    feedbackDue: member && p.status === "CLOSED" && p.outcome !== "DECLINED" && !myFeedback,
    /** a proposed extension: whether the viewer proposed it (may withdraw) or is asked to confirm it */
    extension:
      p.status === "ACTIVE" && p.extensionProposedById && p.extensionMonths && p.extensionEndsOn
        ? {
            months: p.extensionMonths,
            endsOn: toIsoDate(p.extensionEndsOn),
            proposedAt: p.extensionProposedAt,
            proposedByName: p.extensionProposedById === p.menteeId ? p.mentee.fullName : p.mentor.fullName,
            mine: p.extensionProposedById === actor.id,
            toAnswer: member && p.extensionProposedById !== actor.id,
          }
        : null,
  };
}
export type PairingDetail = Awaited<ReturnType<typeof getPairing>>;

async function loadForMember(tx: Tx, actor: Pick<Actor, "id">, pairingId: string) {
  await tx.$queryRaw`SELECT id FROM "Pairing" WHERE id = ${pairingId} FOR UPDATE`;
  const p = await tx.pairing.findUnique({
    where: { id: pairingId },
    select: {
      id: true,
      status: true,
      outcome: true,
      menteeId: true,
      mentorId: true,
      durationMonths: true,
      startedOn: true,
      endsOn: true,
      menteeConfirmedAt: true,
      mentorConfirmedAt: true,
      extensionMonths: true,
      extensionEndsOn: true,
      extensionProposedById: true,
      extensionProposedAt: true,
      mentee: { select: memberSelect },
      mentor: { select: memberSelect },
    },
  });
  assertPairingMember(actor, p);
  const partner = p!.menteeId === actor.id ? p!.mentor : p!.mentee;
  const me = p!.menteeId === actor.id ? p!.mentee : p!.mentor;
  return { ...p!, partner, me };
}

/** `refusal`: what the person is told, which names the action they tried. */
function requireStatus(p: { status: string }, status: "PROPOSED" | "ACTIVE" | "CLOSED", refusal: ErrorKey) {
  if (p.status !== status) throw new AppError("PAIRING_STATE", refusal);
}

async function touchMentor(tx: Tx, p: { mentorId: string }, actor: Pick<Actor, "id">, asOf: Date) {
  if (p.mentorId === actor.id) await tx.mentorProfile.updateMany({ where: { staffId: actor.id }, data: { lastActiveAt: asOf } });
}

/**
 * A member confirms a proposed pairing (cohort rounds) and sets the length; when both have
 * confirmed, it becomes active from today.
 */
export async function confirmPairing(actor: Pick<Actor, "id">, input: { pairingId: string; durationMonths: number }, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    requireStatus(p, "PROPOSED", "mentoring.pairings.confirmNeedsProposed");
    const asMentee = p.menteeId === actor.id;
    const menteeConfirmedAt = asMentee ? asOf : p.menteeConfirmedAt;
    const mentorConfirmedAt = asMentee ? p.mentorConfirmedAt : asOf;
    const both = menteeConfirmedAt !== null && mentorConfirmedAt !== null;
    const today = toIsoDate(asOf);
    const updated = await tx.pairing.update({
      where: { id: p.id },
      data: {
        menteeConfirmedAt,
        mentorConfirmedAt,
        durationMonths: input.durationMonths,
        ...(both ? { status: "ACTIVE", startedOn: parseIsoDate(today), endsOn: parseIsoDate(addMonths(today, input.durationMonths)) } : {}),
      },
      select: { id: true, status: true, endsOn: true },
    });
    if (both) {
      await queueMentoringMails(
        tx,
        [p.mentee, p.mentor].map((m) => ({
          to: m.email,
          template: "pairingActive" as const,
          values: { name: m.fullName, partner: m.id === p.menteeId ? p.mentor.fullName : p.mentee.fullName, months: input.durationMonths, endsOn: mailDate(updated.endsOn!) },
          path: `/mentoring/pairings/${p.id}`,
          dedupeKey: `mentoring:pairing:${p.id}:active:${m.id}`,
        })),
      );
    }
    await touchMentor(tx, p, actor, asOf);
    await audit(tx, actor, "mentoring.pairing.confirm", "Pairing", p.id, { data: { durationMonths: input.durationMonths, active: both } });
    return updated;
  });
}

/** A member turns down a proposed pairing; the place is freed and the other side told. */
export async function declineProposal(actor: Pick<Actor, "id">, pairingId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, pairingId);
    requireStatus(p, "PROPOSED", "mentoring.pairings.declineNeedsProposed");
    await tx.pairing.update({
      where: { id: p.id },
      data: { status: "CLOSED", outcome: "DECLINED", closedOn: parseIsoDate(toIsoDate(asOf)), closedById: actor.id },
    });
    await queueMentoringMails(tx, [
      {
        to: p.partner.email,
        template: "proposalDeclined",
        values: { name: p.partner.fullName, partner: p.me.fullName, role: p.partner.id === p.menteeId ? "MENTEE" : "MENTOR" },
        path: p.partner.id === p.menteeId ? "/mentoring/mentors" : "/mentoring",
        dedupeKey: `mentoring:pairing:${p.id}:declined`,
      },
    ]);
    await touchMentor(tx, p, actor, asOf);
    await audit(tx, actor, "mentoring.pairing.declineProposal", "Pairing", p.id);
    return { id: p.id, status: "CLOSED" as const };
  });
}

/** The pending extension, if any: who proposed it, the new length and the end date it would give. */
function pendingExtension(p: { extensionMonths: number | null; extensionEndsOn: Date | null; extensionProposedById: string | null; extensionProposedAt: Date | null }) {
  return p.extensionProposedById !== null && p.extensionMonths !== null && p.extensionEndsOn !== null
    ? { months: p.extensionMonths, endsOn: p.extensionEndsOn, proposedById: p.extensionProposedById, key: (p.extensionProposedAt ?? p.extensionEndsOn).toISOString() }
    : null;
}

const NO_EXTENSION = { extensionMonths: null, extensionEndsOn: null, extensionProposedById: null, extensionProposedAt: null } as const;

/**
 * A member proposes a longer length (6, 9 or 12 months from the start); nothing changes until the other member
 * confirms. The proposer may change their own proposal; a proposal from the other member is answered first.
 */
export async function proposeExtension(actor: Pick<Actor, "id">, input: ProposeExtensionInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    requireStatus(p, "ACTIVE", "mentoring.pairings.extendNeedsActive");
    if (input.durationMonths <= p.durationMonths) {
      throw new AppError("INVALID", "mentoring.pairings.extendLonger", { months: p.durationMonths }, { field: "durationMonths" });
    }
    const pending = pendingExtension(p);
    if (pending && pending.proposedById !== actor.id) {
      throw new AppError("PAIRING_STATE", "mentoring.pairings.extensionFromPartner", { name: p.partner.fullName, months: pending.months });
    }
    const endsOn = parseIsoDate(addMonths(toIsoDate(p.startedOn!), input.durationMonths));
    if (pending?.months === input.durationMonths) return { id: p.id, proposedMonths: pending.months, endsOn: toIsoDate(pending.endsOn) };
    await tx.pairing.update({
      where: { id: p.id },
      data: { extensionMonths: input.durationMonths, extensionEndsOn: endsOn, extensionProposedById: actor.id, extensionProposedAt: asOf },
    });
    await queueMentoringMails(tx, [
      {
        to: p.partner.email,
        template: "extensionProposed",
        values: { name: p.partner.fullName, partner: p.me.fullName, months: input.durationMonths, endsOn: mailDate(endsOn) },
        path: `/mentoring/pairings/${p.id}`,
        dedupeKey: `mentoring:pairing:${p.id}:extension:${asOf.toISOString()}:proposed`,
      },
    ]);
    await touchMentor(tx, p, actor, asOf);
    await audit(tx, actor, "mentoring.pairing.extension.propose", "Pairing", p.id, { data: { from: p.durationMonths, to: input.durationMonths } });
    return { id: p.id, proposedMonths: input.durationMonths, endsOn: toIsoDate(endsOn) };
  });
}

/**
 * The other member confirms (the length and end date change) or declines (nothing changes) a proposed extension,
 * naming the length they were shown. The proposer cannot confirm their own proposal; they may withdraw it.
 */
export async function answerExtension(actor: Pick<Actor, "id">, input: AnswerExtensionInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    requireStatus(p, "ACTIVE", "mentoring.pairings.extendNeedsActive");
    const pending = pendingExtension(p);
    if (!pending) throw new AppError("PAIRING_STATE", "mentoring.pairings.noExtensionProposed");
    if (pending.proposedById === actor.id) throw new AppError("PAIRING_STATE", "mentoring.pairings.extensionOwnProposal", { name: p.partner.fullName });
    if (pending.months !== input.durationMonths) {
      throw new AppError("PAIRING_STATE", "mentoring.pairings.extensionChanged", { months: pending.months });
    }
    await tx.pairing.update({
      where: { id: p.id },
      data: input.accept ? { ...NO_EXTENSION, durationMonths: pending.months, endsOn: pending.endsOn } : NO_EXTENSION,
    });
    await queueMentoringMails(tx, [
      {
        to: p.partner.email,
        template: input.accept ? "extensionConfirmed" : "extensionDeclined",
        values: { name: p.partner.fullName, partner: p.me.fullName, months: pending.months, endsOn: mailDate(input.accept ? pending.endsOn : p.endsOn!) },
        path: `/mentoring/pairings/${p.id}`,
        dedupeKey: `mentoring:pairing:${p.id}:extension:${pending.key}:${input.accept ? "confirmed" : "declined"}`,
      },
    ]);
    await touchMentor(tx, p, actor, asOf);
    await audit(tx, actor, input.accept ? "mentoring.pairing.extend" : "mentoring.pairing.extension.decline", "Pairing", p.id, {
      data: { from: p.durationMonths, to: pending.months, proposedBy: pending.proposedById },
    });
    return input.accept
      ? { id: p.id, durationMonths: pending.months, endsOn: toIsoDate(pending.endsOn), extended: true as const }
      : { id: p.id, durationMonths: p.durationMonths, endsOn: toIsoDate(p.endsOn!), extended: false as const };
  });
}

/** The proposer takes back their proposed extension; the other member is told. */
export async function withdrawExtension(actor: Pick<Actor, "id">, pairingId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, pairingId);
    const pending = pendingExtension(p);
    if (!pending || p.status !== "ACTIVE") throw new AppError("PAIRING_STATE", "mentoring.pairings.noExtensionProposed");
    if (pending.proposedById !== actor.id) throw new AppError("PAIRING_STATE", "mentoring.pairings.extensionNotYours", { name: p.partner.fullName });
    await tx.pairing.update({ where: { id: p.id }, data: NO_EXTENSION });
    await queueMentoringMails(tx, [
      {
        to: p.partner.email,
        template: "extensionWithdrawn",
        values: { name: p.partner.fullName, partner: p.me.fullName, months: pending.months },
        path: `/mentoring/pairings/${p.id}`,
        dedupeKey: `mentoring:pairing:${p.id}:extension:${pending.key}:withdrawn`,
      },
    ]);
    await touchMentor(tx, p, actor, asOf);
    await audit(tx, actor, "mentoring.pairing.extension.withdraw", "Pairing", p.id, { data: { months: pending.months } });
    return { id: p.id, withdrawn: true as const };
  });
}

/**
 * Closes an active pairing: "completed" from its planned end on; before that, "ended early", which
 * needs a reason code. The other member is asked for feedback.
 */
export async function closePairing(actor: Pick<Actor, "id">, input: ClosePairingInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    requireStatus(p, "ACTIVE", "mentoring.pairings.closeNeedsActive");
    const today = toIsoDate(asOf);
    const early = today < toIsoDate(p.endsOn!);
    if (early && !input.reason) throw new AppError("INVALID", "mentoring.pairings.closeReasonRequired", {}, { field: "reason" });
    const outcome = early ? ("ENDED_EARLY" as const) : ("COMPLETED" as const);
    const reason: PairingCloseReason | null = input.reason ?? null;
    await tx.pairing.update({
      where: { id: p.id },
      // A pending extension ends with the pairing.
      data: { status: "CLOSED", outcome, closeReason: reason, closeNote: input.note?.trim() || null, closedOn: parseIsoDate(today), closedById: actor.id, ...NO_EXTENSION },
    });
    await queueMentoringMails(tx, [
      {
        to: p.partner.email,
        template: "pairingClosed",
        values: { name: p.partner.fullName, partner: p.me.fullName, outcome: mailLabel(`outcomes.${outcome}`) },
        path: `/mentoring/pairings/${p.id}`,
        dedupeKey: `mentoring:pairing:${p.id}:closed`,
      },
    ]);
    await touchMentor(tx, p, actor, asOf);
    await audit(tx, actor, "mentoring.pairing.close", "Pairing", p.id, { reason: reason ?? undefined, data: { outcome } });
    return { id: p.id, status: "CLOSED" as const, outcome };
  });
}

export async function addGoal(actor: Pick<Actor, "id">, input: { pairingId: string; title: string }, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    requireStatus(p, "ACTIVE", "mentoring.pairings.goalsNeedActive");
    const count = await tx.pairingGoal.count({ where: { pairingId: p.id } });
    if (count >= MAX_GOALS) throw new AppError("INVALID", "mentoring.pairings.tooManyGoals", { max: MAX_GOALS }, { field: "title" });
    const goal = await tx.pairingGoal.create({ data: { pairingId: p.id, title: input.title, createdById: actor.id }, select: { id: true, title: true, progress: true } });
    await touchMentor(tx, p, actor, asOf);
    return goal;
  });
}

export async function setGoalProgress(actor: Pick<Actor, "id">, input: { goalId: string; progress: number }, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const goal = await tx.pairingGoal.findUnique({ where: { id: input.goalId }, select: { pairingId: true } });
    if (!goal) throw new AppError("NOT_FOUND", "mentoring.pairings.goalNotFound");
    const p = await loadForMember(tx, actor, goal.pairingId);
    requireStatus(p, "ACTIVE", "mentoring.pairings.goalProgressNeedsActive");
    const updated = await tx.pairingGoal.update({ where: { id: input.goalId }, data: { progress: input.progress }, select: { id: true, progress: true } });
    await touchMentor(tx, p, actor, asOf);
    return updated;
  });
}

/** Logs a meeting: on or after the pairing's start, not in the future. Notes stay the writer's unless shared. */
export async function logMeeting(actor: Pick<Actor, "id">, input: LogMeetingInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    requireStatus(p, "ACTIVE", "mentoring.pairings.meetingsNeedActive");
    if (input.heldOn > toIsoDate(asOf)) throw new AppError("INVALID", "mentoring.pairings.meetingInFuture", {}, { field: "heldOn" });
    if (input.heldOn < toIsoDate(p.startedOn!)) {
      throw new AppError("INVALID", "mentoring.pairings.meetingBeforeStart", { startedOn: p.startedOn! }, { field: "heldOn" });
    }
    const meeting = await tx.pairingMeeting.create({
      data: {
        pairingId: p.id,
        authorId: actor.id,
        heldOn: parseIsoDate(input.heldOn),
        minutes: input.minutes,
        topics: input.topics,
        notes: input.notes,
        notesShared: input.notes ? input.notesShared : false,
      },
      select: { id: true },
    });
    await touchMentor(tx, p, actor, asOf);
    return meeting;
  });
}

/** The mid-point check-in, once per member (a second one replaces the first). */
export async function checkIn(actor: Pick<Actor, "id">, input: CheckInInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    requireStatus(p, "ACTIVE", "mentoring.pairings.checkInsNeedActive");
    const row = await tx.pairingCheckIn.upsert({
      where: { pairingId_authorId: { pairingId: p.id, authorId: actor.id } },
      create: { pairingId: p.id, authorId: actor.id, onTrack: input.onTrack, note: input.note, createdAt: asOf },
      update: { onTrack: input.onTrack, note: input.note, createdAt: asOf },
      select: { id: true, onTrack: true },
    });
    await touchMentor(tx, p, actor, asOf);
    return row;
  });
}

/** Closing feedback, once per member; a rematch request goes to L&D's list. */
export async function giveFeedback(actor: Pick<Actor, "id">, input: FeedbackInput, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const p = await loadForMember(tx, actor, input.pairingId);
    if (p.status !== "CLOSED" || p.outcome === "DECLINED") throw new AppError("PAIRING_STATE", "mentoring.pairings.feedbackNeedsClosed");
    const { count } = await tx.pairingFeedback.createMany({
      data: [{ pairingId: p.id, authorId: actor.id, rating: input.rating, comment: input.comment, rematchRequested: input.rematchRequested, createdAt: asOf }],
      skipDuplicates: true,
    });
    if (count === 0) throw new AppError("FEEDBACK_GIVEN", "mentoring.pairings.feedbackGiven");
    await audit(tx, actor, "mentoring.pairing.feedback", "Pairing", p.id, { data: { rating: input.rating, rematch: input.rematchRequested } });
    return { pairingId: p.id, rating: input.rating };
  });
}

/** Open rematch requests (and the recently resolved ones) for L&D. */
export async function listRematchRequests() {
  const rows = await db.pairingFeedback.findMany({
    where: { rematchRequested: true },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      authorId: true,
      rating: true,
      comment: true,
      createdAt: true,
      rematchResolvedAt: true,
      pairing: {
        select: {
          id: true,
          outcome: true,
          closeReason: true,
          closedOn: true,
          menteeId: true,
          mentee: { select: { id: true, fullName: true, grade: true } },
          mentor: { select: { id: true, fullName: true, grade: true } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r, side: r.authorId === r.pairing.menteeId ? ("MENTEE" as const) : ("MENTOR" as const) }));
}

export async function resolveRematch(actor: Pick<Actor, "id">, feedbackId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const row = await tx.pairingFeedback.findUnique({ where: { id: feedbackId }, select: { id: true, rematchRequested: true, rematchResolvedAt: true } });
    if (!row || !row.rematchRequested) throw new AppError("NOT_FOUND", "mentoring.pairings.rematchNotFound");
    if (row.rematchResolvedAt) return { id: row.id, resolvedAt: row.rematchResolvedAt };
    const updated = await tx.pairingFeedback.update({ where: { id: feedbackId }, data: { rematchResolvedAt: asOf, rematchResolvedById: actor.id }, select: { id: true, rematchResolvedAt: true } });
    await audit(tx, actor, "mentoring.rematch.resolve", "PairingFeedback", feedbackId);
    return { id: updated.id, resolvedAt: updated.rematchResolvedAt };
  });
}

/**
 * Daily prompts: the mid-point check-in and the planned end, one e-mail per member each, ever
 * (dedupe keys). Safe to run any number of times a day.
 */
export async function sendPairingPrompts(asOf: Date = new Date()): Promise<number> {
  const today = parseIsoDate(toIsoDate(asOf));
  const active = await db.pairing.findMany({
    where: { status: "ACTIVE", startedOn: { not: null, lte: today } },
    select: { id: true, startedOn: true, endsOn: true, mentee: { select: { id: true, fullName: true, email: true } }, mentor: { select: { id: true, fullName: true, email: true } } },
  });
  const mails = [];
  const todayIso = toIsoDate(today);
  for (const p of active) {
    if (!p.startedOn || !p.endsOn) continue;
    const pair = [
      [p.mentee, p.mentor],
      [p.mentor, p.mentee],
    ] as const;
    if (todayIso >= toIsoDate(p.endsOn)) {
      for (const [me, partner] of pair) {
        mails.push({
          to: me.email,
          template: "endPrompt" as const,
          values: { name: me.fullName, partner: partner.fullName, endsOn: mailDate(p.endsOn) },
          path: `/mentoring/pairings/${p.id}`,
          dedupeKey: `mentoring:pairing:${p.id}:end:${toIsoDate(p.endsOn)}:${me.id}`,
        });
      }
    } else if (todayIso >= midpointOf(p.startedOn, p.endsOn)) {
      for (const [me, partner] of pair) {
        mails.push({
          to: me.email,
          template: "midpointPrompt" as const,
          values: { name: me.fullName, partner: partner.fullName },
          path: `/mentoring/pairings/${p.id}`,
          dedupeKey: `mentoring:pairing:${p.id}:midpoint:${me.id}`,
        });
      }
    }
  }
  return queueMentoringMails(db, mails);
}

