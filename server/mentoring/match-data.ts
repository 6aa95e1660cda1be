import "server-only";
import type { Prisma } from "~/server/generated/prisma/client";
import type { Tx } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import type { MatchMentee, MatchMentor } from "~/server/mentoring/compatibility";

/** Pairings that hold one of the mentor's places. */
export const LOAD_STATUSES = ["PROPOSED", "ACTIVE"] as const;

/** Paused up to and including `pausedUntil` (a calendar date). */
export function isPaused(pausedUntil: Date | null, asOf: Date): boolean {
  return pausedUntil !== null && toIsoDate(pausedUntil) >= toIsoDate(asOf);
}

export const mentorMatchSelect = {
  staffId: true,
  capacity: true,
  languages: true,
  pausedUntil: true,
  listed: true,
  expertise: { select: { name: true } },
  staff: { select: { departmentId: true, sectorId: true, dutyStationId: true, grade: true } },
} as const;

type MentorMatchRow = Prisma.MentorProfileGetPayload<{ select: typeof mentorMatchSelect }>;

/** The engine's view of a mentor; `capacity` is what they can still take (places minus current mentees). */
export function toMatchMentor(p: MentorMatchRow, capacity: number, asOf: Date): MatchMentor {
  return {
    id: p.staffId,
    expertise: p.expertise.map((e) => e.name),
    languages: p.languages,
    departmentId: p.staff.departmentId,
    sectorId: p.staff.sectorId,
    dutyStationId: p.staff.dutyStationId,
    grade: p.staff.grade,
    capacity,
    paused: isPaused(p.pausedUntil, asOf),
  };
}

export const menteeMatchSelect = {
  staffId: true,
  languages: true,
  prefersOtherDepartment: true,
  prefersOtherSector: true,
  prefersOtherDutyStation: true,
  desiredDurationMonths: true,
  goals: { select: { name: true } },
  staff: { select: { departmentId: true, sectorId: true, dutyStationId: true, grade: true, managerId: true } },
} as const;

type MenteeMatchRow = Prisma.MenteeProfileGetPayload<{ select: typeof menteeMatchSelect }>;

export function toMatchMentee(p: MenteeMatchRow, managerChain: readonly string[], ranking: readonly string[] = []): MatchMentee {
  return {
    id: p.staffId,
    managerChain,
    goals: p.goals.map((g) => g.name),
    languages: p.languages,
    departmentId: p.staff.departmentId,
    sectorId: p.staff.sectorId,
    dutyStationId: p.staff.dutyStationId,
    grade: p.staff.grade,
    prefersOtherDepartment: p.prefersOtherDepartment,
    prefersOtherSector: p.prefersOtherSector,
    prefersOtherDutyStation: p.prefersOtherDutyStation,
    ranking,
  };
}

/** Mentees each mentor has now (PROPOSED or ACTIVE pairings), one grouped query. */
export async function mentorLoads(tx: Tx, mentorIds?: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx.pairing.groupBy({
    by: ["mentorId"],
    where: { status: { in: [...LOAD_STATUSES] }, ...(mentorIds ? { mentorId: { in: [...mentorIds] } } : {}) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.mentorId, r._count._all]));
}
