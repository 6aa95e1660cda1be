import "server-only";
import type { Prisma } from "~/server/generated/prisma/client";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { toIsoDate } from "~/lib/dates";
import type { BrowseMentorsInput } from "~/lib/schemas/mentoring";
import { effectiveCapacity, suggestMentors } from "~/server/mentoring/matching";
import type { MatchMentee, MatchReason } from "~/server/mentoring/compatibility";
import { getMentoringSettings } from "~/server/mentoring/settings";
import { managerChain } from "~/server/mentoring/reporting-line";
import { isPaused, mentorLoads, menteeMatchSelect, mentorMatchSelect, toMatchMentee, toMatchMentor } from "~/server/mentoring/match-data";

const cardSelect = {
  ...mentorMatchSelect,
  bio: true,
  yearsExperience: true,
  lastActiveAt: true,
  expertise: { select: { id: true, name: true } },
  staff: {
    select: {
      fullName: true,
      grade: true,
      active: true,
      departmentId: true,
      sectorId: true,
      dutyStationId: true,
      department: { select: { name: true } },
      sector: { select: { name: true } },
      dutyStation: { select: { name: true } },
    },
  },
} as const;

export type MentorCard = {
  staffId: string;
  fullName: string;
  grade: string;
  department: string | null;
  sector: string | null;
  dutyStation: string | null;
  bio: string;
  expertise: { id: string; name: string }[];
  languages: string[];
  yearsExperience: number;
  capacity: number;
  freePlaces: number;
  /** ISO date the pause ends, when paused now */
  pausedUntil: string | null;
  lastActiveAt: Date | null;
  /** median hours from request to answer, null before any answer */
  medianResponseHours: number | null;
  score: number;
  reasons: MatchReason[];
  /** the actor's open request to this mentor, if any */
  openRequestId: string | null;
};

/** Median time each mentor took to answer requests (accepted or declined), in one grouped query. */
export async function medianResponseHours(mentorIds: readonly string[]): Promise<Map<string, number>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ mentorId: string; hours: number }[]>`
    SELECT "mentorId",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "respondedAt" - "createdAt")) / 3600)::float8 AS hours
    FROM "MentoringRequest"
    WHERE "respondedAt" IS NOT NULL AND "mentorId" = ANY(${[...mentorIds]}::text[])
    GROUP BY "mentorId"`;
  return new Map(rows.map((r) => [r.mentorId, Number(r.hours)]));
}

/** The actor as the engine sees a mentee (an empty wish list when they have no mentee profile yet). */
export async function menteeForMatching(staffId: string): Promise<MatchMentee> {
  const [profile, chain] = await Promise.all([
    db.menteeProfile.findUnique({ where: { staffId }, select: menteeMatchSelect }),
    managerChain(db, staffId),
  ]);
  if (profile) return toMatchMentee(profile, chain);
  const staff = await db.staff.findUniqueOrThrow({ where: { id: staffId }, select: { departmentId: true, sectorId: true, dutyStationId: true, grade: true } });
  return {
    id: staffId,
    managerChain: chain,
    goals: [],
    languages: [],
    ...staff,
    prefersOtherDepartment: false,
    prefersOtherSector: false,
    prefersOtherDutyStation: null,
    ranking: [],
  };
}

async function cards(actor: Pick<Actor, "id">, where: Prisma.MentorProfileWhereInput, asOf: Date): Promise<MentorCard[]> {
  const [settings, mentee, profiles] = await Promise.all([
    getMentoringSettings(),
    menteeForMatching(actor.id),
    db.mentorProfile.findMany({ where: { AND: [where, { staffId: { not: actor.id } }, { staff: { active: true } }] }, select: cardSelect }),
  ]);
  const ids = profiles.map((p) => p.staffId);
  const [loads, medians, open] = await Promise.all([
    mentorLoads(db, ids),
    medianResponseHours(ids),
    db.mentoringRequest.findMany({
      where: { menteeId: actor.id, mentorId: { in: ids }, status: "OPEN", expiresAt: { gt: asOf } },
      select: { id: true, mentorId: true },
    }),
  ]);
  const openBy = new Map(open.map((r) => [r.mentorId, r.id]));
  // Scored as if open with all their places: free places and pauses are shown, not hidden. The
  // engine leaves out the mentee's own reporting line, so those mentors never appear at all.
  const suggestions = suggestMentors(
    mentee,
    profiles.map((p) => toMatchMentor(p, Math.max(1, p.capacity), new Date(0))),
    settings.weights,
  );
  const byId = new Map(profiles.map((p) => [p.staffId, p]));
  return suggestions.map((s) => {
    const p = byId.get(s.mentorId)!;
    const paused = isPaused(p.pausedUntil, asOf);
    const capacity = effectiveCapacity({ capacity: p.capacity });
    return {
      staffId: p.staffId,
      fullName: p.staff.fullName,
      grade: p.staff.grade,
      department: p.staff.department?.name ?? null,
      sector: p.staff.sector?.name ?? null,
      dutyStation: p.staff.dutyStation?.name ?? null,
      bio: p.bio,
      expertise: [...p.expertise].sort((a, b) => a.name.localeCompare(b.name)),
      languages: p.languages,
      yearsExperience: p.yearsExperience,
      capacity,
      freePlaces: paused ? 0 : Math.max(0, capacity - (loads.get(p.staffId) ?? 0)),
      pausedUntil: paused && p.pausedUntil ? toIsoDate(p.pausedUntil) : null,
      lastActiveAt: p.lastActiveAt,
      medianResponseHours: medians.get(p.staffId) ?? null,
      score: s.score,
      reasons: s.reasons,
      openRequestId: openBy.get(p.staffId) ?? null,
    };
  });
}

/**
 * Listed mentors a mentee may choose, best suggestion first (score, then name), with the filters of
 * the browse page. Never the mentee themself nor anyone above them in their reporting line.
 */
export async function browseMentors(actor: Pick<Actor, "id">, filters: BrowseMentorsInput, asOf: Date = new Date()): Promise<MentorCard[]> {
  const q = filters.q?.trim();
  const where: Prisma.MentorProfileWhereInput = {
    listed: true,
    ...(filters.expertiseId ? { expertise: { some: { id: filters.expertiseId } } } : {}),
    ...(filters.language ? { languages: { has: filters.language } } : {}),
    staff: {
      ...(filters.sectorId ? { sectorId: filters.sectorId } : {}),
      ...(filters.dutyStationId ? { dutyStationId: filters.dutyStationId } : {}),
    },
    // A search finds a mentor by name, by what their bio says or by an area of expertise ("negotiation").
    ...(q
      ? {
          OR: [
            { staff: { fullName: { contains: q, mode: "insensitive" as const } } },
            { bio: { contains: q, mode: "insensitive" as const } },
            { expertise: { some: { name: { contains: q, mode: "insensitive" as const } } } },
          ],
        }
      : {}),
  };
  const list = await cards(actor, where, asOf);
  const shown = filters.freeOnly ? list.filter((c) => c.freePlaces > 0) : list;
  return shown.sort((a, b) => b.score - a.score || a.fullName.localeCompare(b.fullName));
}

/** One listed mentor's profile as the actor sees it; NOT_FOUND for anyone unlisted or in their reporting line. */
export async function getMentorCard(actor: Pick<Actor, "id">, mentorStaffId: string, asOf: Date = new Date()): Promise<MentorCard> {
  const [card] = await cards(actor, { staffId: mentorStaffId, listed: true }, asOf);
  if (!card) throw new AppError("NOT_FOUND", "mentoring.directory.mentorNotListed");
  return card;
}

/** Sectors and duty stations that listed mentors belong to, for the browse filters. */
export async function browseFacets() {
  const [sectors, dutyStations] = await Promise.all([
    db.sector.findMany({ where: { staff: { some: { mentorProfile: { listed: true } } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.dutyStation.findMany({ where: { staff: { some: { mentorProfile: { listed: true } } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { sectors, dutyStations };
}
