import "server-only";
import { db, type Tx } from "~/server/db";
import { parseTrainingDays, sumDays, TrainingDaysError } from "~/lib/training-days";
import type { CourseMode, ParticipationStatus, RecordSource } from "~/server/generated/prisma/enums";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { certificatesAfterRevision, issueCertificates } from "~/server/certificates/certificates";

// The one writer of TrainingRecord and TrainingRecordRevision (server/house/table-writers.test.ts keeps it so): every
// participation enters the ledger here, once per sourceKey, and every change to it leaves a revision.

export type ParticipationInput = {
  staffId: string;
  courseId: string;
  categoryId: string;
  mode: CourseMode;
  startDate: Date;
  endDate: Date;
  /** decimal string with up to 3 places */
  trainingDays: string;
  status: ParticipationStatus;
  source: RecordSource;
  /** identifies what produced the row; the same key never writes a second row */
  sourceKey: string;
  courseVersion?: number | null;
};

/**
 * Writes one participation into the ledger, exactly once per sourceKey: a retried request, a double click or
 * two concurrent completions all end with a single row (the unique index arbitrates, not a read-then-write).
 */
export async function recordParticipation(tx: Tx, input: ParticipationInput) {
  if (input.endDate < input.startDate) throw new AppError("INVALID", "records.endBeforeStart");
  const { count } = await tx.trainingRecord.createMany({ data: [input], skipDuplicates: true });
  const record = await tx.trainingRecord.findUniqueOrThrow({ where: { sourceKey: input.sourceKey } });
  if (count === 1) await issueCertificates(tx, [input]);
  return { record, created: count === 1 };
}

/**
 * Many participations in one statement, for bulk producers (the demo seed's years of online completions): the same
 * rules as recordParticipation — once per sourceKey, end not before start — and all or nothing on a bad row.
 * Returns how many rows were new.
 */
export async function recordParticipations(tx: Tx, inputs: readonly ParticipationInput[]): Promise<number> {
  const bad = inputs.find((i) => i.endDate < i.startDate);
  if (bad) throw new AppError("INVALID", "records.endBeforeStartOf", { sourceKey: bad.sourceKey });
  if (inputs.length === 0) return 0;
  const { count } = await tx.trainingRecord.createMany({ data: [...inputs], skipDuplicates: true });
  if (count > 0) await issueCertificates(tx, inputs);
  return count;
}

export type RecordCorrection = Partial<Pick<ParticipationInput, "startDate" | "endDate" | "trainingDays" | "status" | "categoryId">>;

/**
 * Changes a ledger row inside the caller's transaction, keeping a revision with who, when, why and the values
 * before and after; a change that changes nothing writes nothing. The audited path for every edit: L&D
 * corrections, attendance marked again, a re-imported history row.
 */
export async function reviseRecord(tx: Tx, actor: Pick<Actor, "id"> | null, recordId: string, changes: RecordCorrection, reason: string) {
  if (reason.trim().length < 3) throw new AppError("INVALID", "records.reasonMissing", {}, { field: "reason" });
  const before = await tx.trainingRecord.findUnique({ where: { id: recordId } });
  if (!before) throw new AppError("NOT_FOUND", "records.notFound");
  const startDate = changes.startDate ?? before.startDate;
  const endDate = changes.endDate ?? before.endDate;
  if (endDate < startDate) throw new AppError("INVALID", "records.endBeforeStart", {}, { field: "endDate" });
  const snapshot = (r: typeof before) => ({
    startDate: r.startDate.toISOString().slice(0, 10),
    endDate: r.endDate.toISOString().slice(0, 10),
    trainingDays: sumDays([r.trainingDays]),
    status: r.status,
    categoryId: r.categoryId,
  });
  const wanted = {
    ...snapshot(before),
    ...(changes.startDate ? { startDate: changes.startDate.toISOString().slice(0, 10) } : {}),
    ...(changes.endDate ? { endDate: changes.endDate.toISOString().slice(0, 10) } : {}),
    ...(changes.trainingDays !== undefined ? { trainingDays: sumDays([changes.trainingDays]) } : {}),
    ...(changes.status ? { status: changes.status } : {}),
    ...(changes.categoryId ? { categoryId: changes.categoryId } : {}),
  };
  if (JSON.stringify(wanted) === JSON.stringify(snapshot(before))) return { record: before, changed: false };
  const after = await tx.trainingRecord.update({ where: { id: recordId }, data: changes });
  await certificatesAfterRevision(tx, actor, before, after);
  await tx.trainingRecordRevision.create({
    data: { recordId, actorId: actor?.id ?? null, reason: reason.trim(), before: snapshot(before), after: snapshot(after) },
  });
  return { record: after, changed: true, before: snapshot(before), after: snapshot(after) };
}

/** An L&D correction of a ledger row: never a silent overwrite — the revision keeps who, when, why and the old values. */
export async function correctRecord(actor: Pick<Actor, "id">, recordId: string, changes: RecordCorrection, reason: string) {
  if (reason.trim().length < 3) throw new AppError("INVALID", "records.reasonMissing", {}, { field: "reason" });
  return db.$transaction(async (tx) => {
    const revised = await reviseRecord(tx, actor, recordId, changes, reason);
    if (revised.changed) {
      await audit(tx, actor, "record.correct", "TrainingRecord", recordId, {
        reason: reason.trim(),
        data: { staffId: revised.record.staffId, courseId: revised.record.courseId },
        before: revised.before,
        after: revised.after,
      });
    }
    return revised.record;
  });
}

// ── Bulk, for the training-history import (100,000 rows in a few statements: docs/PERFORMANCE.md) ──

/** Runs `sql` once per chunk of rows, passing the chunk as one jsonb parameter ($1). */
async function forChunks<T>(tx: Tx, rows: readonly T[], sql: string, size: number): Promise<number> {
  let affected = 0;
  for (let i = 0; i < rows.length; i += size) affected += await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + size)));
  return affected;
}

/** A participation as the import reads it: the course by its code, dates as YYYY-MM-DD. */
export type ImportedParticipation = {
  sourceKey: string;
  staffId: string;
  courseCode: string;
  categoryId: string;
  mode: CourseMode;
  startDate: string;
  endDate: string;
  trainingDays: string;
  status: ParticipationStatus;
};

/**
 * Writes imported participations (source IMPORT) in set-based statements of 10,000 rows, once per sourceKey like
 * recordParticipation. The courses must exist (the import creates the unknown ones first). Returns how many were new.
 */
export async function recordImportedParticipations(tx: Tx, rows: readonly ImportedParticipation[]): Promise<number> {
  if (rows.length === 0) return 0;
  return forChunks(
    tx,
    // Short keys: 100,000 rows travel as jsonb, and every byte of it is parsed twice.
    rows.map((r) => ({ k: r.sourceKey, s: r.staffId, c: r.courseCode, g: r.categoryId, m: r.mode, a: r.startDate, b: r.endDate, d: r.trainingDays, t: r.status })),
    `INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
     SELECT gen_random_uuid()::text, x.s, c.id, x.g, x.m::"CourseMode", x.a::date, x.b::date, x.d::numeric, x.t::"ParticipationStatus", 'IMPORT', x.k, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(k text, s text, c text, g text, m text, a text, b text, d text, t text)
     JOIN "Course" c ON c.code = x.c
     ON CONFLICT ("sourceKey") DO NOTHING`,
    10_000,
  );
}

/** The values a revision keeps of a row, before and after (the same shape reviseRecord writes). */
export type RecordSnapshot = { startDate: string; endDate: string; trainingDays: string; status: ParticipationStatus; categoryId: string };

export type BulkRevision = {
  recordId: string;
  reason: string;
  before: RecordSnapshot;
  after: RecordSnapshot & { mode: CourseMode };
};

/**
 * Changes many ledger rows at once (category, mode, end date, training days, status), each with its revision —
 * who (`actorId`, or nobody for the CLI), why, before and after: the audited path of reviseRecord, set-based for the
 * import. The caller has compared the values: every row given changes.
 */
export async function reviseRecords(tx: Tx, actorId: string | null, revisions: readonly BulkRevision[]): Promise<number> {
  if (revisions.length === 0) return 0;
  const updated = await forChunks(
    tx,
    revisions.map((r) => ({ id: r.recordId, g: r.after.categoryId, m: r.after.mode, b: r.after.endDate, d: r.after.trainingDays, t: r.after.status })),
    `UPDATE "TrainingRecord" t
     SET "categoryId" = x.g, mode = x.m::"CourseMode", "endDate" = x.b::date, "trainingDays" = x.d::numeric,
         status = x.t::"ParticipationStatus", "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, g text, m text, b text, d text, t text)
     WHERE t.id = x.id`,
    5000,
  );
  await forChunks(
    tx,
    revisions.map(({ recordId, reason, before, after: { mode: _mode, ...after } }) => ({ id: recordId, reason, before, after, actor: actorId })),
    `INSERT INTO "TrainingRecordRevision" (id, "recordId", "actorId", reason, before, after, at)
     SELECT gen_random_uuid()::text, x.id, x.actor, x.reason, x.before, x.after, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, actor text, reason text, before jsonb, after jsonb)`,
    5000,
  );
  return updated;
}

/** Training days as a person typed them, canonical ("1.50" → "1.5"), or refused with the reason in their language. */
export function parseDaysInput(text: string, field: string): string {
  try {
    return parseTrainingDays(text);
  } catch (e) {
    if (!(e instanceof TrainingDaysError)) throw e;
    const { text: typed, places, max } = e.params;
    throw new AppError("INVALID", `records.trainingDaysInvalid.${e.problem}`, { text: typed, ...(places !== undefined ? { places } : {}), ...(max !== undefined ? { max } : {}) }, { field, cause: e });
  }
}
