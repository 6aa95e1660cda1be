import "server-only";
import type { Tx } from "~/server/db";

/**
 * Lock order, everywhere in MentorNet: mentor profile rows first (by id when several), then mentees
 * (advisory locks, by id when several). Acceptances, round publishing and requests all follow it, so
 * they serialise on the rows they share and cannot deadlock.
 */

/** Locks a mentor's profile row until the transaction ends; returns their capacity, or null without a profile. */
export async function lockMentorProfile(tx: Tx, mentorStaffId: string): Promise<{ id: string; capacity: number } | null> {
  const rows = await tx.$queryRaw<{ id: string; capacity: number }[]>`
    SELECT id, capacity FROM "MentorProfile" WHERE "staffId" = ${mentorStaffId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Locks every mentor profile (round publishing), in id order. */
export async function lockAllMentorProfiles(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "MentorProfile" ORDER BY id FOR UPDATE`;
}

/** Serialises everything that pairs or counts the requests of one mentee. */
export async function lockMentee(tx: Tx, menteeId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mentoring:mentee:${menteeId}`}))`;
}

export async function lockMentees(tx: Tx, menteeIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(menteeIds)].sort()) await lockMentee(tx, id);
}
