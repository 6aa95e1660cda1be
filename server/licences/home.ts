import "server-only";
import { myLicences } from "~/server/licences/requests";

/** The person's live licences for the home page (a warning when one is about to be reclaimed); null when there is none. */
export async function licencesForHome(staffId: string, asOf: Date) {
  const live = (await myLicences(staffId, asOf)).filter((l) => l.status === "ASSIGNED" || l.status === "REQUESTED");
  if (live.length === 0) return null;
  return live.map((l) => ({ id: l.id, pool: l.pool, status: l.status, reclaimOn: l.outlook?.reclaimOn ?? null, warn: l.outlook?.warn ?? false }));
}
export type LicencesHome = NonNullable<Awaited<ReturnType<typeof licencesForHome>>>;
