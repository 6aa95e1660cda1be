import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { encodeCode } from "~/lib/certificates/code";
import { addMonths, parseIsoDate, toIsoDate } from "~/lib/dates";
import type { ParticipationStatus, RecordSource } from "~/server/generated/prisma/enums";

// The one writer of Certificate (server/house/table-writers.test.ts): a completion Pathway itself recorded — an
// online course completed (SCORM included), a session attended — gets a certificate in the transaction that writes
// its ledger row (server/records/ledger.ts calls in here). External learning (the provider's own certificate is
// uploaded) and imported history get none. A correction keeps the certificate and its code, with the corrected date
// and days; one that turns the completion into a non-completion revokes it.

/** Why a certificate was revoked when its ledger row stopped being a completion. */
export const RECORD_CORRECTED = "record corrected";

/** 130 random bits as the 26-character public verification code (stored without dashes). */
export function newCertificateCode(): string {
  return encodeCode(randomBytes(17));
}

/** Whether a ledger row proves a completion Pathway recorded (attendance writes ATTENDED, a course COMPLETED). */
export function isCertifiedCompletion(row: { source: RecordSource; status: ParticipationStatus }): boolean {
  return (row.source === "ONLINE" || row.source === "SESSION") && (row.status === "COMPLETED" || row.status === "ATTENDED");
}

const CERTIFIED = `t.source IN ('ONLINE', 'SESSION') AND t.status IN ('COMPLETED', 'ATTENDED')`;

// validUntil is the completion date plus the course's validity, month arithmetic clamped to the month's end
// (2024-01-31 + 1 month = 2024-02-29): PostgreSQL's date + interval is lib/dates.ts addMonths, the compliance rule.
const insertFirst = (by: "id" | "sourceKey") => `
  INSERT INTO "Certificate" (id, code, "trainingRecordId", number, "staffId", "courseId", "completedOn", "trainingDays", "validUntil", "issuedAt")
  SELECT gen_random_uuid()::text, x.c, t.id, 1, t."staffId", t."courseId", t."endDate", t."trainingDays",
         CASE WHEN co."validityMonths" IS NULL THEN NULL ELSE (t."endDate" + make_interval(months => co."validityMonths"))::date END,
         $2::timestamptz
  FROM jsonb_to_recordset($1::jsonb) AS x(r text, c text)
  JOIN "TrainingRecord" t ON t."${by}" = x.r
  JOIN "Course" co ON co.id = t."courseId"
  WHERE ${CERTIFIED} AND NOT EXISTS (SELECT 1 FROM "Certificate" e WHERE e."trainingRecordId" = t.id)
  ON CONFLICT DO NOTHING`;

/** First certificates for ledger rows (by id or sourceKey) that prove a completion and have none: one statement per 5,000. */
async function issueFirst(tx: Tx, by: "id" | "sourceKey", keys: readonly string[], issuedAt: Date): Promise<number> {
  let issued = 0;
  for (let i = 0; i < keys.length; i += 5000) {
    const chunk = keys.slice(i, i + 5000).map((r) => ({ r, c: newCertificateCode() }));
    issued += await tx.$executeRawUnsafe(insertFirst(by), JSON.stringify(chunk), issuedAt);
  }
  return issued;
}

/**
 * Certificates for participations just written into the ledger (the ledger's single and bulk paths): one statement
 * per batch, none at all when no participation in it is a completion Pathway recorded. Returns how many.
 */
export async function issueCertificates(
  tx: Tx,
  participations: readonly { sourceKey: string; source: RecordSource; status: ParticipationStatus }[],
  issuedAt: Date = new Date(),
): Promise<number> {
  const keys = participations.filter(isCertifiedCompletion).map((p) => p.sourceKey);
  return keys.length === 0 ? 0 : issueFirst(tx, "sourceKey", keys, issuedAt);
}

/**
 * Backfill: a certificate for every ONLINE/SESSION completion in the ledger without one (history recorded before
 * certificates existed, or by the demo seed). Set-based and idempotent: a second run issues nothing.
 */
export async function issueMissingCertificates(asOf: Date = new Date()): Promise<{ issued: number }> {
  const missing = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT t.id FROM "TrainingRecord" t WHERE ${CERTIFIED} AND NOT EXISTS (SELECT 1 FROM "Certificate" e WHERE e."trainingRecordId" = t.id) ORDER BY t.id`,
  );
  if (missing.length === 0) return { issued: 0 };
  const issued = await db.$transaction((tx) => issueFirst(tx, "id", missing.map((m) => m.id), asOf), { timeout: 120_000 });
  return { issued };
}

type RevisedRow = { id: string; source: RecordSource; status: ParticipationStatus; endDate: Date; trainingDays: { toString(): string }; courseId: string; staffId: string };

async function validUntilOf(tx: Tx, courseId: string, completedOn: Date): Promise<Date | null> {
  const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { validityMonths: true } });
  return course.validityMonths === null ? null : parseIsoDate(addMonths(toIsoDate(completedOn), course.validityMonths));
}

/**
 * After a ledger correction (reviseRecord, in its transaction): the certificate follows its row. Still a completion:
 * the current certificate keeps its code and takes the corrected date, days and validity (the PDF and the credential
 * are drawn from the row at download). No longer one: revoked, "record corrected". Newly one (attendance marked
 * again): a certificate is issued. A certificate L&D revoked stays revoked.
 */
export async function certificatesAfterRevision(tx: Tx, actor: Pick<Actor, "id"> | null, before: RevisedRow, after: RevisedRow, asOf: Date = new Date()): Promise<void> {
  const was = isCertifiedCompletion(before);
  const is = isCertifiedCompletion(after);
  if (!was && !is) return;
  if (!is) {
    await tx.certificate.updateMany({
      where: { trainingRecordId: after.id, revokedAt: null },
      data: { revokedAt: asOf, revokedById: actor?.id ?? null, revokedReason: RECORD_CORRECTED },
    });
    return;
  }
  const values = { completedOn: after.endDate, trainingDays: after.trainingDays.toString(), validUntil: await validUntilOf(tx, after.courseId, after.endDate) };
  const { count } = await tx.certificate.updateMany({ where: { trainingRecordId: after.id, revokedAt: null }, data: values });
  if (count > 0 || was) return;
  const last = await tx.certificate.findFirst({ where: { trainingRecordId: after.id }, orderBy: { number: "desc" }, select: { number: true } });
  await tx.certificate.create({
    data: { code: newCertificateCode(), trainingRecordId: after.id, number: (last?.number ?? 0) + 1, staffId: after.staffId, courseId: after.courseId, issuedAt: asOf, ...values },
  });
}

// ── L&D: revoke and reissue (audited)

/** Revokes a certificate with L&D's reason (kept on the row and in the audit trail); revoking it again changes nothing. */
export async function revokeCertificate(actor: Pick<Actor, "id">, input: { certificateId: string; reason: string }, asOf: Date = new Date()) {
  const reason = input.reason.trim();
  if (reason.length < 3) throw new AppError("INVALID", "certificates.reasonMissing", {}, { field: "reason" });
  return db.$transaction(async (tx) => {
    const cert = await tx.certificate.findUnique({ where: { id: input.certificateId }, select: { id: true, revokedAt: true, code: true } });
    if (!cert) throw new AppError("NOT_FOUND", "certificates.notFound");
    if (cert.revokedAt) return { id: cert.id, changed: false };
    // The conditional update decides between two L&D admins revoking at once: one revocation, one audit entry.
    const { count } = await tx.certificate.updateMany({ where: { id: cert.id, revokedAt: null }, data: { revokedAt: asOf, revokedById: actor.id, revokedReason: reason } });
    if (count === 0) return { id: cert.id, changed: false };
    await audit(tx, actor, "certificate.revoke", "Certificate", cert.id, { reason, before: { code: cert.code, revokedAt: null }, after: { code: cert.code, revokedAt: asOf.toISOString() } });
    return { id: cert.id, changed: true };
  });
}

/**
 * A new certificate (next number, new code) for the same ledger row, from the row as it stands; the one it replaces
 * is revoked if it was not. Only the latest certificate of a row can be reissued, so a double click reissues once.
 */
export async function reissueCertificate(actor: Pick<Actor, "id">, input: { certificateId: string; reason: string }, asOf: Date = new Date()) {
  const reason = input.reason.trim();
  if (reason.length < 3) throw new AppError("INVALID", "certificates.reasonMissing", {}, { field: "reason" });
  try {
    return await db.$transaction(async (tx) => {
      const cert = await tx.certificate.findUnique({
        where: { id: input.certificateId },
        select: { id: true, number: true, revokedAt: true, trainingRecord: { select: { id: true, source: true, status: true, endDate: true, trainingDays: true, courseId: true, staffId: true } } },
      });
      if (!cert) throw new AppError("NOT_FOUND", "certificates.notFound");
      const record = cert.trainingRecord;
      if (!isCertifiedCompletion(record)) throw new AppError("CONFLICT", "certificates.notACompletion");
      const newer = await tx.certificate.count({ where: { trainingRecordId: record.id, number: { gt: cert.number } } });
      if (newer > 0) throw new AppError("CONFLICT", "certificates.alreadyReissued");
      if (!cert.revokedAt) await tx.certificate.update({ where: { id: cert.id }, data: { revokedAt: asOf, revokedById: actor.id, revokedReason: reason } });
      const created = await tx.certificate.create({
        data: {
          code: newCertificateCode(),
          trainingRecordId: record.id,
          number: cert.number + 1,
          staffId: record.staffId,
          courseId: record.courseId,
          completedOn: record.endDate,
          trainingDays: record.trainingDays,
          validUntil: await validUntilOf(tx, record.courseId, record.endDate),
          issuedAt: asOf,
        },
        select: { id: true, code: true, number: true },
      });
      await audit(tx, actor, "certificate.reissue", "Certificate", created.id, { reason, data: { replaces: cert.id, number: created.number } });
      return created;
    });
  } catch (error) {
    // Two reissues at once both chose the next number: the unique (record, number) index kept one.
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "certificates.alreadyReissued");
    throw error;
  }
}
