import "server-only";
import { db } from "~/server/db";
import type { Actor } from "~/server/auth/roles";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { LOAD_STATUSES } from "~/server/mentoring/match-data";

/** The open round mentees can rank in today, if any. */
export async function openRound(asOf: Date = new Date()) {
  const r = await db.matchingRound.findFirst({
    where: { status: "OPEN", closesOn: { gte: parseIsoDate(toIsoDate(asOf)) } },
    orderBy: { closesOn: "asc" },
    select: { id: true, name: true, closesOn: true },
  });
  return r && { ...r, closesOn: toIsoDate(r.closesOn) };
}

/**
 * The mentee's current pairing (proposed or active; a mentee has one mentor at a time), or null: what the MentorNet
 * home and the round page say instead of "looking for a mentor".
 */
export async function menteeCurrentPairing(menteeId: string) {
  const p = await db.pairing.findFirst({
    where: { menteeId, status: { in: [...LOAD_STATUSES] } },
    orderBy: { proposedAt: "desc" },
    select: {
      id: true,
      status: true,
      durationMonths: true,
      startedOn: true,
      endsOn: true,
      menteeConfirmedAt: true,
      extensionMonths: true,
      extensionProposedById: true,
      mentor: { select: { fullName: true } },
    },
  });
  return (
    p && {
      id: p.id,
      status: p.status as (typeof LOAD_STATUSES)[number],
      mentorName: p.mentor.fullName,
      durationMonths: p.durationMonths,
      startedOn: p.startedOn && toIsoDate(p.startedOn),
      endsOn: p.endsOn && toIsoDate(p.endsOn),
      confirmedByMe: p.menteeConfirmedAt !== null,
      /** an extension the mentor proposed and the mentee has still to answer */
      extensionToAnswer: p.extensionProposedById !== null && p.extensionProposedById !== menteeId ? p.extensionMonths : null,
    }
  );
}

/** What the MentorNet home shows a person: their two profiles, requests, inbox and pairings at a glance. */
export async function mentoringOverview(actor: Pick<Actor, "id">, asOf: Date = new Date()) {
  const [menteeProfile, mentorProfile, openRequests, inboxOpen, load, round, entry, freeMentors, pairing] = await Promise.all([
    db.menteeProfile.findUnique({ where: { staffId: actor.id }, select: { id: true } }),
    db.mentorProfile.findUnique({ where: { staffId: actor.id }, select: { listed: true, capacity: true, pausedUntil: true } }),
    db.mentoringRequest.count({ where: { menteeId: actor.id, status: "OPEN", expiresAt: { gt: asOf } } }),
    db.mentoringRequest.count({ where: { mentorId: actor.id, status: "OPEN", expiresAt: { gt: asOf } } }),
    db.pairing.count({ where: { mentorId: actor.id, status: { in: [...LOAD_STATUSES] } } }),
    openRound(asOf),
    db.matchingRoundEntry.findFirst({ where: { menteeId: actor.id, round: { status: "OPEN" } }, select: { ranking: true } }),
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "MentorProfile" m JOIN "Staff" s ON s.id = m."staffId"
      WHERE m.listed AND s.active AND m."staffId" <> ${actor.id}
        AND (m."pausedUntil" IS NULL OR m."pausedUntil" < ${parseIsoDate(toIsoDate(asOf))}::date)
        AND m.capacity > (SELECT count(*) FROM "Pairing" p WHERE p."mentorId" = m."staffId" AND p.status IN ('PROPOSED', 'ACTIVE'))`,
    menteeCurrentPairing(actor.id),
  ]);
  return {
    hasMenteeProfile: menteeProfile !== null,
    mentor: mentorProfile && { listed: mentorProfile.listed, capacity: mentorProfile.capacity, mentees: load, openRequests: inboxOpen },
    openRequests,
    // A paired mentee has nothing to rank: the round is not offered to her.
    round: round && !pairing ? { ...round, ranked: entry?.ranking.length ?? 0 } : null,
    /** the mentee's current mentor (proposed or active pairing), if any */
    pairing,
    mentorsWithFreePlaces: Number(freeMentors[0]?.n ?? 0),
  };
}
