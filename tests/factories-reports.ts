// Ledgers with known figures for the reports' tests: categories, courses and participations written through the
// ledger's own recordParticipation (bulk rows for the exact-sum test go through createMany, as an import would).
import type { PrismaClient } from "~/server/generated/prisma/client";
import type { CourseMode, ParticipationStatus } from "~/server/generated/prisma/enums";
import { parseIsoDate } from "~/lib/dates";
import { recordParticipation } from "~/server/records/ledger";
import { uniq } from "~/tests/factories";

/** A category of its own, so figures never mix with another test's or bootstrap's (code sorts after bootstrap's). */
export async function createReportCategory(db: PrismaClient, name = "Report test category") {
  return db.category.create({ data: { code: uniq("Z").toUpperCase().slice(0, 16), name: `${name} ${uniq()}` } });
}

export async function createReportCourse(db: PrismaClient, categoryId: string, o: { mode?: CourseMode; trainingDays?: string } = {}) {
  const code = uniq("RC");
  return db.course.create({
    data: { code, title: `Report course ${code}`, categoryId, mode: o.mode ?? "ONLINE", trainingDays: o.trainingDays ?? "1", status: "PUBLISHED" },
  });
}

export type LedgerRow = {
  staffId: string;
  course: { id: string; categoryId: string; mode: CourseMode; trainingDays: { toFixed(): string } };
  /** YYYY-MM-DD */
  endDate: string;
  startDate?: string;
  status: ParticipationStatus;
  /** defaults to the course's */
  trainingDays?: string;
  /** defaults to the course's */
  mode?: CourseMode;
  /** defaults to the course's category (the category as it was then) */
  categoryId?: string;
};

/** Writes participations one by one through the ledger, as the app does; returns the records. */
export async function recordLedger(db: PrismaClient, rows: LedgerRow[]) {
  const records = [];
  for (const row of rows) {
    const { record } = await recordParticipation(db, {
      staffId: row.staffId,
      courseId: row.course.id,
      categoryId: row.categoryId ?? row.course.categoryId,
      mode: row.mode ?? row.course.mode,
      startDate: parseIsoDate(row.startDate ?? row.endDate),
      endDate: parseIsoDate(row.endDate),
      trainingDays: row.trainingDays ?? row.course.trainingDays.toFixed(),
      status: row.status,
      source: "IMPORT",
      sourceKey: `test:${uniq()}`,
    });
    records.push(record);
  }
  return records;
}

/**
 * Many identical completions at once (thousands), for exact-sum tests: one set-based INSERT, as a history import
 * writes them (12,385 single writes would take minutes). People take turns: row i belongs to staffIds[i % n].
 */
export async function bulkCompletions(
  db: PrismaClient,
  o: { staffIds: string[]; course: { id: string; categoryId: string; mode: CourseMode }; count: number; endDate: string; trainingDays: string },
) {
  const batch = uniq();
  await db.$executeRaw`
    INSERT INTO "TrainingRecord" (id, "staffId", "courseId", "categoryId", mode, "startDate", "endDate", "trainingDays", status, source, "sourceKey", "updatedAt")
    SELECT ${batch} || '-' || i, (${o.staffIds}::text[])[1 + i % ${o.staffIds.length}], ${o.course.id}, ${o.course.categoryId},
           ${o.course.mode}::"CourseMode", ${o.endDate}::date, ${o.endDate}::date, ${o.trainingDays}::numeric,
           'COMPLETED', 'IMPORT', 'bulk:' || ${batch} || ':' || i, now()
    FROM generate_series(0, ${o.count - 1}) AS i`;
}
