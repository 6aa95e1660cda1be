// No "server-only" marker: the demo seed (run by scripts outside Next.js) writes its history through recordParticipations too.
import type { Prisma, PrismaClient } from "~/server/generated/prisma/client";
import { sumDays } from "~/lib/training-days";
import type { CourseMode, ParticipationStatus, RecordSource } from "~/server/generated/prisma/enums";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";

type Tx = Prisma.TransactionClient | PrismaClient;

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
  if (input.endDate < input.startDate) throw new AppError("INVALID", "The end date is before the start date.");
  const { count } = await tx.trainingRecord.createMany({ data: [input], skipDuplicates: true });
  const record = await tx.trainingRecord.findUniqueOrThrow({ where: { sourceKey: input.sourceKey } });
  return { record, created: count === 1 };
}

/**
 * Many participations in one statement, for bulk producers (the demo seed's years of online completions): the same
 * rules as recordParticipation — once per sourceKey, end not before start — and all or nothing on a bad row.
 * Returns how many rows were new.
 */
export async function recordParticipations(tx: Tx, inputs: readonly ParticipationInput[]): Promise<number> {
  const bad = inputs.find((i) => i.endDate < i.startDate);
  if (bad) throw new AppError("INVALID", `The end date is before the start date (${bad.sourceKey}).`);
  if (inputs.length === 0) return 0;
  const { count } = await tx.trainingRecord.createMany({ data: [...inputs], skipDuplicates: true });
  return count;
}

export type RecordCorrection = Partial<Pick<ParticipationInput, "startDate" | "endDate" | "trainingDays" | "status" | "categoryId">>;

/**
 * Changes a ledger row inside the caller's transaction, keeping a revision with who, when, why and the values
 * before and after; a change that changes nothing writes nothing. The audited path for every edit: L&D
 * corrections, attendance marked again, a re-imported history row.
 */
export async function reviseRecord(tx: Tx, actor: Pick<Actor, "id"> | null, recordId: string, changes: RecordCorrection, reason: string) {
  if (reason.trim().length < 3) throw new AppError("INVALID", "Give a reason for the correction.", { field: "reason" });
  const before = await tx.trainingRecord.findUnique({ where: { id: recordId } });
  if (!before) throw new AppError("NOT_FOUND", "This training record does not exist.");
  const startDate = changes.startDate ?? before.startDate;
  const endDate = changes.endDate ?? before.endDate;
  if (endDate < startDate) throw new AppError("INVALID", "The end date is before the start date.", { field: "endDate" });
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
  await tx.trainingRecordRevision.create({
    data: { recordId, actorId: actor?.id ?? null, reason: reason.trim(), before: snapshot(before), after: snapshot(after) },
  });
  return { record: after, changed: true };
}

/** An L&D correction of a ledger row: never a silent overwrite — the revision keeps who, when, why and the old values. */
export async function correctRecord(db: PrismaClient, actor: Pick<Actor, "id">, recordId: string, changes: RecordCorrection, reason: string) {
  if (reason.trim().length < 3) throw new AppError("INVALID", "Give a reason for the correction.", { field: "reason" });
  return db.$transaction(async (tx) => (await reviseRecord(tx, actor, recordId, changes, reason)).record);
}
