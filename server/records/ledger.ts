import "server-only";
import type { Prisma, PrismaClient } from "~/server/generated/prisma/client";
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

export type RecordCorrection = Partial<Pick<ParticipationInput, "startDate" | "endDate" | "trainingDays" | "status" | "categoryId">>;

/** An L&D correction of a ledger row: never a silent overwrite — the revision keeps who, when, why and the old values. */
export async function correctRecord(db: PrismaClient, actor: Pick<Actor, "id">, recordId: string, changes: RecordCorrection, reason: string) {
  if (reason.trim().length < 3) throw new AppError("INVALID", "Give a reason for the correction.", { field: "reason" });
  return db.$transaction(async (tx) => {
    const before = await tx.trainingRecord.findUnique({ where: { id: recordId } });
    if (!before) throw new AppError("NOT_FOUND", "This training record does not exist.");
    const after = await tx.trainingRecord.update({ where: { id: recordId }, data: changes });
    if (after.endDate < after.startDate) throw new AppError("INVALID", "The end date is before the start date.", { field: "endDate" });
    const snapshot = (r: typeof before) => ({
      startDate: r.startDate.toISOString().slice(0, 10),
      endDate: r.endDate.toISOString().slice(0, 10),
      trainingDays: r.trainingDays.toString(),
      status: r.status,
      categoryId: r.categoryId,
    });
    await tx.trainingRecordRevision.create({
      data: { recordId, actorId: actor.id, reason: reason.trim(), before: snapshot(before), after: snapshot(after) },
    });
    return after;
  });
}
