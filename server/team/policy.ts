import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import type { TeamScope } from "~/lib/schemas/team";

// A reporting line deeper than this is a data error (or a loop); the walks stop there instead of spinning.
const MAX_DEPTH = 20;

/** The active people in a manager's team: direct reports, or everyone down the reporting line (one recursive query). */
export async function teamMemberIds(managerId: string, scope: TeamScope): Promise<string[]> {
  if (scope === "direct") {
    const rows = await db.staff.findMany({ where: { managerId, active: true }, select: { id: true } });
    return rows.map((r) => r.id);
  }
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE line AS (
      SELECT s.id, 1 AS depth FROM "Staff" s WHERE s."managerId" = ${managerId} AND s.active
      UNION
      SELECT s.id, l.depth + 1 FROM "Staff" s JOIN line l ON s."managerId" = l.id
      WHERE s.active AND l.depth < ${MAX_DEPTH} AND s.id <> ${managerId}
    )
    SELECT DISTINCT id FROM line`;
  return rows.map((r) => r.id);
}

/** Whether `staffId` reports to `managerId`, directly or down the line (walks up from the person: a few rows). */
export async function isInTeamOf(managerId: string, staffId: string): Promise<boolean> {
  if (managerId === staffId) return false;
  const [row] = await db.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE up AS (
      SELECT s."managerId" AS id, 1 AS depth FROM "Staff" s WHERE s.id = ${staffId} AND s.active
      UNION
      SELECT s."managerId", u.depth + 1 FROM "Staff" s JOIN up u ON s.id = u.id WHERE u.depth < ${MAX_DEPTH} AND s."managerId" IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${managerId}) AS found`;
  return row?.found ?? false;
}

/** Object-level rule of the team's actions: only a manager's own reports (direct or down the line). */
export async function assertInTeamOf(actor: Pick<Actor, "id">, staffId: string): Promise<void> {
  if (!(await isInTeamOf(actor.id, staffId))) throw new AppError("FORBIDDEN", "team.notInTeam");
}
