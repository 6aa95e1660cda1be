import type { PrismaClient } from "~/server/generated/prisma/client";
import { parseIsoDate, type IsoDate } from "~/lib/dates";
import { recordParticipation } from "~/server/records/ledger";
import { uniq } from "~/tests/factories";

/** A published online course without content (compliance only reads the ledger), category HSS. */
export async function createPlainCourse(db: PrismaClient, o: { code?: string; title?: string; validityMonths?: number | null } = {}) {
  const code = o.code ?? uniq("RQ").toUpperCase();
  const category = await db.category.findUniqueOrThrow({ where: { code: "HSS" }, select: { id: true } });
  return db.course.create({
    data: { code, title: o.title ?? `Course ${code}`, categoryId: category.id, mode: "ONLINE", trainingDays: "0.250", status: "PUBLISHED", validityMonths: o.validityMonths ?? null },
    select: { id: true, code: true, title: true, categoryId: true, validityMonths: true },
  });
}

export type RequirementOverrides = Partial<{
  audienceKind: "EVERYONE" | "DEPARTMENT" | "SECTOR" | "GRADE" | "DUTY_STATION" | "MANAGERS" | "NEW_STAFF";
  audienceValues: string[];
  newStaffDays: number | null;
  effectiveFrom: IsoDate;
  dueDate: IsoDate | null;
  dueAfterDays: number | null;
  validityMonths: number | null;
}>;

/** A requirement row written directly (domain validation is tested through createRequirement itself). */
export async function createRequirementRow(db: PrismaClient, courseId: string, o: RequirementOverrides = {}) {
  return db.requirement.create({
    data: {
      courseId,
      audienceKind: o.audienceKind ?? "EVERYONE",
      audienceValues: o.audienceValues ?? [],
      newStaffDays: o.newStaffDays ?? null,
      effectiveFrom: parseIsoDate(o.effectiveFrom ?? "2026-01-01"),
      dueDate: o.dueDate === undefined ? parseIsoDate("2026-06-30") : o.dueDate === null ? null : parseIsoDate(o.dueDate),
      dueAfterDays: o.dueAfterDays === undefined ? 30 : o.dueAfterDays,
      validityMonths: o.validityMonths ?? null,
    },
  });
}

/** A completion in the training ledger, written the only way the house allows: recordParticipation. */
export async function recordCompletion(
  db: PrismaClient,
  staffId: string,
  course: { id: string; categoryId: string },
  endDate: IsoDate,
  status: "COMPLETED" | "ATTENDED" | "NO_SHOW" | "WITHDRAWN" | "IN_PROGRESS" = "COMPLETED",
) {
  const { record } = await recordParticipation(db, {
    staffId,
    courseId: course.id,
    categoryId: course.categoryId,
    mode: "ONLINE",
    startDate: parseIsoDate(endDate),
    endDate: parseIsoDate(endDate),
    trainingDays: "0.25",
    status,
    source: "ONLINE",
    sourceKey: uniq("test-completion:"),
  });
  return record;
}

/** Retires the requirements the bootstrap creates (WT, BSAFE, AFA for everyone) so a test sees only its own. */
export async function retireBootstrapRequirements(db: PrismaClient) {
  await db.requirement.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date(Date.UTC(2000, 0, 1)) } });
}
