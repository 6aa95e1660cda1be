import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import { toIsoDate, type IsoDate } from "~/lib/dates";

// The mentor's home: requests waiting for an answer, and pairings that wait for this person to do something.

/** Closing feedback is asked for this long after a pairing closes; older ones no longer nag. */
export const FEEDBACK_WINDOW_DAYS = 90;

/** Requests addressed to this mentor that are still open, the one expiring first on top. */
export async function waitingRequests(mentorId: string, asOf: Date, limit = 10) {
  const rows = await db.mentoringRequest.findMany({
    where: { mentorId, status: "OPEN", expiresAt: { gt: asOf } },
    orderBy: { expiresAt: "asc" },
    take: limit,
    select: { id: true, createdAt: true, expiresAt: true, durationMonths: true, mentee: { select: { fullName: true, grade: true } } },
  });
  return rows.map((r) => ({ id: r.id, mentee: r.mentee.fullName, grade: r.mentee.grade, createdAt: r.createdAt, expiresAt: r.expiresAt, durationMonths: r.durationMonths }));
}

/** What a pairing waits for from this member (most pressing first when several apply). */
export type PairingNeed = "CONFIRM" | "EXTENSION" | "CLOSE" | "CHECK_IN" | "FEEDBACK";

export type PairingAction = { pairingId: string; role: "MENTOR" | "MENTEE"; partner: string; need: PairingNeed; since: IsoDate | null };

/**
 * Pairings waiting for `staffId` (as mentor only, or on either side): a proposal to confirm, an extension the partner
 * proposed (to confirm or decline), a planned end reached
 * (to close), the mid-point check-in not given, closing feedback not given (within FEEDBACK_WINDOW_DAYS). One query.
 */
export async function pairingsNeedingAction(staffId: string, asOf: Date, side: "MENTOR" | "ANY" = "MENTOR"): Promise<PairingAction[]> {
  const today = toIsoDate(asOf);
  const member = side === "MENTOR" ? Prisma.sql`p."mentorId" = ${staffId}` : Prisma.sql`(p."mentorId" = ${staffId} OR p."menteeId" = ${staffId})`;
  return db.$queryRaw<PairingAction[]>`
    SELECT q."pairingId", q.role, q.partner, q.need, q.since FROM (
      SELECT p.id AS "pairingId",
             CASE WHEN p."mentorId" = ${staffId} THEN 'MENTOR' ELSE 'MENTEE' END AS role,
             partner."fullName" AS partner,
             CASE
               WHEN p.status = 'PROPOSED' THEN 'CONFIRM'
               WHEN p.status = 'ACTIVE' AND p."extensionProposedById" IS NOT NULL AND p."extensionProposedById" <> ${staffId} THEN 'EXTENSION'
               WHEN p.status = 'ACTIVE' AND p."endsOn" <= ${today}::date THEN 'CLOSE'
               WHEN p.status = 'ACTIVE' THEN 'CHECK_IN'
               ELSE 'FEEDBACK' END AS need,
             to_char(CASE
               WHEN p.status = 'PROPOSED' THEN p."proposedAt"::date
               WHEN p.status = 'ACTIVE' AND p."extensionProposedById" IS NOT NULL AND p."extensionProposedById" <> ${staffId} THEN p."extensionProposedAt"::date
               WHEN p.status = 'ACTIVE' AND p."endsOn" <= ${today}::date THEN p."endsOn"
               WHEN p.status = 'ACTIVE' THEN p."startedOn" + (p."endsOn" - p."startedOn") / 2
               ELSE p."closedOn" END, 'YYYY-MM-DD') AS since
      FROM "Pairing" p
      JOIN "Staff" partner ON partner.id = CASE WHEN p."mentorId" = ${staffId} THEN p."menteeId" ELSE p."mentorId" END
      WHERE ${member} AND (
        (p.status = 'PROPOSED' AND CASE WHEN p."mentorId" = ${staffId} THEN p."mentorConfirmedAt" ELSE p."menteeConfirmedAt" END IS NULL)
        OR (p.status = 'ACTIVE' AND p."extensionProposedById" IS NOT NULL AND p."extensionProposedById" <> ${staffId})
        OR (p.status = 'ACTIVE' AND p."endsOn" <= ${today}::date)
        OR (p.status = 'ACTIVE' AND p."startedOn" + (p."endsOn" - p."startedOn") / 2 <= ${today}::date
            AND NOT EXISTS (SELECT 1 FROM "PairingCheckIn" c WHERE c."pairingId" = p.id AND c."authorId" = ${staffId}))
        OR (p.status = 'CLOSED' AND p.outcome <> 'DECLINED' AND p."closedOn" >= ${today}::date - ${FEEDBACK_WINDOW_DAYS}::int
            AND NOT EXISTS (SELECT 1 FROM "PairingFeedback" f WHERE f."pairingId" = p.id AND f."authorId" = ${staffId}))
      )
    ) q
    ORDER BY CASE q.need WHEN 'CONFIRM' THEN 0 WHEN 'EXTENSION' THEN 1 WHEN 'CLOSE' THEN 2 WHEN 'CHECK_IN' THEN 3 ELSE 4 END, q.since, q.partner`;
}
