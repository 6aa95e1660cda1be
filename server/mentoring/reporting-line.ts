import "server-only";
import type { Tx } from "~/server/db";
import { reportingLineForbidden } from "~/server/mentoring/matching";

/**
 * Everyone above `staffId` in the reporting line, nearest first: their manager, that manager's
 * manager… One recursive query; the depth cap stops a cycle in HR data.
 */
export async function managerChain(tx: Tx, staffId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT s."managerId", 1 FROM "Staff" s WHERE s.id = ${staffId}
      UNION ALL
      SELECT s."managerId", c.depth + 1 FROM "Staff" s JOIN chain c ON s.id = c.id
      WHERE c.depth < 64
    )
    SELECT id FROM chain WHERE id IS NOT NULL ORDER BY depth`;
  const seen = new Set<string>();
  for (const r of rows) if (r.id !== staffId) seen.add(r.id);
  return [...seen];
}

/** For a whole round: every person's manager, so the engine can walk each mentee's line in memory. */
export async function managerMap(tx: Tx): Promise<Map<string, string | null>> {
  const rows = await tx.staff.findMany({ select: { id: true, managerId: true } });
  return new Map(rows.map((r) => [r.id, r.managerId]));
}

/** menteeId → everyone above them, for the matching engine's `forbidden` input. */
export function forbiddenFor(menteeIds: readonly string[], managers: ReadonlyMap<string, string | null>) {
  return new Map(menteeIds.map((id) => [id, reportingLineForbidden(id, managers)]));
}
