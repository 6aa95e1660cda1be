import "server-only";
import { Prisma } from "~/server/generated/prisma/client";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { toIsoDate } from "~/lib/dates";
import type { BrowseMentorsInput } from "~/lib/schemas/mentoring";
import { effectiveCapacity, suggestMentors } from "~/server/mentoring/matching";
import type { MatchMentee, MatchReason } from "~/server/mentoring/compatibility";
import { getMentoringSettings } from "~/server/mentoring/settings";
import { managerChain } from "~/server/mentoring/reporting-line";
import { textSearch } from "~/server/search";
import type { Locale } from "~/lib/i18n/locales";
import { nameCollation } from "~/server/people/people";
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

/** Mentor cards per page of the browser: a phone shows a dozen, not 35+ cards with the request form below them. */
export const MENTORS_PER_PAGE = 12;

/** `nameRank`: the mentor's place in the order of names as the reader's language sorts them (SQL's ICU collation). */
type Hit = { staffId: string; fullName: string; tier: number; similarity: number; nameRank: number };

/**
 * Listed, active mentors other than the actor that pass the filters and the search, in SQL. The search looks at the
 * name, the bio and the areas of expertise, ignoring case and accents and forgiving small typos (server/search.ts);
 * without one, every hit has tier 0 and similarity 0.
 */
async function findMentors(actorId: string, filters: BrowseMentorsInput & { staffId?: string }, locale: Locale): Promise<Hit[]> {
  const where: Prisma.Sql[] = [Prisma.sql`mp.listed`, Prisma.sql`st.active`, Prisma.sql`mp."staffId" <> ${actorId}`];
  if (filters.staffId) where.push(Prisma.sql`mp."staffId" = ${filters.staffId}`);
  if (filters.expertiseId) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "_MentorExpertise" me WHERE me."B" = mp.id AND me."A" = ${filters.expertiseId})`);
  if (filters.language) where.push(Prisma.sql`${filters.language} = ANY(mp.languages)`);
  if (filters.sectorId) where.push(Prisma.sql`st."sectorId" = ${filters.sectorId}`);
  if (filters.dutyStationId) where.push(Prisma.sql`st."dutyStationId" = ${filters.dutyStationId}`);
  const s = filters.q?.trim() ? textSearch(filters.q) : null;
  let rank = Prisma.sql`0 AS tier, 0 AS similarity`;
  let areas = Prisma.empty;
  if (s) {
    const [name, bio, area] = [Prisma.sql`st."fullName"`, Prisma.sql`mp.bio`, Prisma.sql`e.name`];
    // The mentor's areas of expertise that the search names, each with how well.
    areas = Prisma.sql`LEFT JOIN LATERAL (
        SELECT bool_or(${s.equals(area)} OR ${s.startsWord(area)}) AS starts, bool_or(${s.contains(area)}) AS contains,
               max(${s.similarity(area)}) AS similarity
        FROM "_MentorExpertise" me JOIN "ExpertiseArea" e ON e.id = me."A"
        WHERE me."B" = mp.id AND (${s.contains(area)} OR ${s.resembles(area)})
      ) x ON true`;
    where.push(Prisma.sql`(${s.contains(name)} OR ${s.resembles(name)} OR ${s.contains(bio)} OR ${s.resembles(bio)} OR x.similarity IS NOT NULL)`);
    rank = Prisma.sql`
      CASE WHEN ${s.equals(name)} THEN 0
           WHEN ${s.startsWord(name)} OR x.starts THEN 1
           WHEN ${s.contains(name)} OR ${s.contains(bio)} OR x.contains THEN 2
           ELSE 3 END AS tier,
      GREATEST(${s.similarity(name)}, ${s.similarity(bio)}, x.similarity) AS similarity`;
  }
  const rows = await db.$queryRaw<{ staffId: string; fullName: string; tier: number; similarity: number; nameRank: number }[]>`
    SELECT mp."staffId", st."fullName", ${rank},
           (row_number() OVER (ORDER BY st."fullName" COLLATE ${nameCollation(locale)}, mp."staffId"))::int AS "nameRank"
    FROM "MentorProfile" mp
    JOIN "Staff" st ON st.id = mp."staffId"
    ${areas}
    WHERE ${Prisma.join(where, " AND ")}`;
  return rows.map((r) => ({ ...r, tier: Number(r.tier), similarity: Number(r.similarity), nameRank: Number(r.nameRank) }));
}

type Ranked = Hit & { score: number; reasons: MatchReason[]; capacity: number; freePlaces: number; pausedUntil: string | null };

/**
 * The mentors of `findMentors` as the mentee should see them: best search match first (when searching), then best
 * suggestion (score), then by name as the reader's language sorts names (`locale`: Chinese names by pinyin in
 * Chinese, by radical and stroke otherwise; the order comes from PostgreSQL's ICU collation). The matching engine leaves out the mentee's own reporting line, so those mentors
 * never appear at all. Scored as if open with all their places: free places and pauses are shown, not hidden.
 */
async function rankMentors(actor: Pick<Actor, "id">, filters: BrowseMentorsInput & { staffId?: string }, asOf: Date, locale: Locale = "en"): Promise<Ranked[]> {
  const [settings, mentee, hits] = await Promise.all([getMentoringSettings(), menteeForMatching(actor.id), findMentors(actor.id, filters, locale)]);
  const ids = hits.map((h) => h.staffId);
  if (ids.length === 0) return [];
  const [profiles, loads] = await Promise.all([
    db.mentorProfile.findMany({ where: { staffId: { in: ids } }, select: mentorMatchSelect }),
    mentorLoads(db, ids),
  ]);
  const suggestions = suggestMentors(
    mentee,
    profiles.map((p) => toMatchMentor(p, Math.max(1, p.capacity), new Date(0))),
    settings.weights,
  );
  const profileOf = new Map(profiles.map((p) => [p.staffId, p]));
  const hitOf = new Map(hits.map((h) => [h.staffId, h]));
  const ranked = suggestions.map((s): Ranked => {
    const p = profileOf.get(s.mentorId)!;
    const paused = isPaused(p.pausedUntil, asOf);
    const capacity = effectiveCapacity({ capacity: p.capacity });
    return {
      ...hitOf.get(s.mentorId)!,
      score: s.score,
      reasons: s.reasons,
      capacity,
      freePlaces: paused ? 0 : Math.max(0, capacity - (loads.get(p.staffId) ?? 0)),
      pausedUntil: paused && p.pausedUntil ? toIsoDate(p.pausedUntil) : null,
    };
  });
  const shown = filters.freeOnly ? ranked.filter((r) => r.freePlaces > 0) : ranked;
  return shown.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.similarity - a.similarity ||
      b.score - a.score ||
      a.nameRank - b.nameRank,
  );
}

/** The cards of ranked mentors, in their order: their profile, median answer time and the actor's open request. */
async function cards(actor: Pick<Actor, "id">, ranked: readonly Ranked[], asOf: Date): Promise<MentorCard[]> {
  const ids = ranked.map((r) => r.staffId);
  if (ids.length === 0) return [];
  const [profiles, medians, open] = await Promise.all([
    db.mentorProfile.findMany({ where: { staffId: { in: ids } }, select: cardSelect }),
    medianResponseHours(ids),
    db.mentoringRequest.findMany({
      where: { menteeId: actor.id, mentorId: { in: ids }, status: "OPEN", expiresAt: { gt: asOf } },
      select: { id: true, mentorId: true },
    }),
  ]);
  const openBy = new Map(open.map((r) => [r.mentorId, r.id]));
  const byId = new Map(profiles.map((p) => [p.staffId, p]));
  return ranked.map((r) => {
    const p = byId.get(r.staffId)!;
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
      capacity: r.capacity,
      freePlaces: r.freePlaces,
      pausedUntil: r.pausedUntil,
      lastActiveAt: p.lastActiveAt,
      medianResponseHours: medians.get(p.staffId) ?? null,
      score: r.score,
      reasons: r.reasons,
      openRequestId: openBy.get(p.staffId) ?? null,
    };
  });
}

/**
 * Every listed mentor a mentee may choose, in the browser's order (see rankMentors). Never the mentee themself nor
 * anyone above them in their reporting line. The browser shows them a page at a time: browseMentorPage.
 */
export async function browseMentors(actor: Pick<Actor, "id">, filters: BrowseMentorsInput, asOf: Date = new Date(), locale: Locale = "en"): Promise<MentorCard[]> {
  return cards(actor, await rankMentors(actor, filters, asOf, locale), asOf);
}

export type MentorPage = { mentors: MentorCard[]; total: number; page: number; pageCount: number; pageSize: number };

/**
 * One page of browseMentors: all matches are ranked (the score needs them all, and they are tens), only the page's
 * cards are built. A page past the end shows the last one.
 */
export async function browseMentorPage(
  actor: Pick<Actor, "id">,
  filters: BrowseMentorsInput,
  page: number,
  asOf: Date = new Date(),
  pageSize: number = MENTORS_PER_PAGE,
  locale: Locale = "en",
): Promise<MentorPage> {
  const ranked = await rankMentors(actor, filters, asOf, locale);
  const pageCount = Math.max(1, Math.ceil(ranked.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const mentors = await cards(actor, ranked.slice((current - 1) * pageSize, current * pageSize), asOf);
  return { mentors, total: ranked.length, page: current, pageCount, pageSize };
}

/** One listed mentor's profile as the actor sees it; NOT_FOUND for anyone unlisted or in their reporting line. */
export async function getMentorCard(actor: Pick<Actor, "id">, mentorStaffId: string, asOf: Date = new Date()): Promise<MentorCard> {
  const [card] = await cards(actor, await rankMentors(actor, { staffId: mentorStaffId, freeOnly: false }, asOf), asOf);
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
