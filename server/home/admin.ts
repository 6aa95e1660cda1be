import "server-only";
import { db } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import { stateSource } from "~/server/compliance/state-table";
import { getComplianceSettings } from "~/server/compliance/settings";
import { PREVIEW_TTL_MS } from "~/server/imports/batches";

export type AdminWork = {
  /** sessions over, with participants whose attendance is not taken */
  attendance: number;
  /** uploads previewed and still confirmable (a preview expires after an hour) */
  importsInPreview: number;
  /** people overdue by the escalation threshold or more (person × requirement), and the threshold */
  escalations: number;
  escalateAfterDays: number;
  /** mail the delivery job gave up on */
  failedMail: number;
  /** cohort rounds mentees can still rank in */
  roundsOpen: number;
};

/** L&D's "today's work": one count per kind of pending task, each answered by one page. */
export async function adminWork(asOf: Date): Promise<AdminWork> {
  const today = toIsoDate(asOf);
  const settings = await getComplianceSettings();
  const previewSince = new Date(asOf.getTime() - PREVIEW_TTL_MS);
  const [counts, escalated] = await Promise.all([
    db.$queryRaw<{ attendance: number; imports: number; failed: number; rounds: number }[]>`
      SELECT
        (SELECT count(*) FROM "CourseSession" s
          WHERE s.status = 'SCHEDULED' AND s."endsAt" <= ${asOf}
            AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."sessionId" = s.id AND e.state = 'ENROLLED'))::int AS attendance,
        (SELECT count(*) FROM "ImportBatch" b WHERE b.status = 'PREVIEWED' AND b."createdAt" >= ${previewSince})::int AS imports,
        (SELECT count(*) FROM "EmailMessage" m WHERE m.status = 'FAILED')::int AS failed,
        (SELECT count(*) FROM "MatchingRound" r WHERE r.status = 'OPEN' AND r."closesOn" >= ${today}::date)::int AS rounds`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (${(await stateSource({ asOf: today })).sql}) st
      WHERE st.state = 'OVERDUE' AND st."daysOverdue" >= ${settings.escalateAfterDays}`,
  ]);
  const c = counts[0]!;
  return {
    attendance: c.attendance,
    importsInPreview: c.imports,
    escalations: escalated[0]?.n ?? 0,
    escalateAfterDays: settings.escalateAfterDays,
    failedMail: c.failed,
    roundsOpen: c.rounds,
  };
}
