import "server-only";
import type { Tx } from "~/server/db";
import type { IsoDate } from "~/lib/dates";

/**
 * Moves a person with an effective date: inside `tx`, every department, sector, duty station, grade or manager change
 * written after this call is recorded in StaffPlacementChange as effective on `effectiveOn` (an HR move backdated to
 * the 1st of the month starts its relative compliance deadline then). Without it the database trigger
 * (migration *_compliance_placement_trigger) records today's date (UTC). Call first in an interactive transaction.
 */
export async function withEffectiveDate(tx: Tx, effectiveOn: IsoDate): Promise<void> {
  await tx.$executeRaw`SELECT set_config('pathway.effective_date', ${effectiveOn}, true)`;
}
