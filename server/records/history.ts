import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { sumDays } from "~/lib/training-days";
import { searchStaffIds } from "~/server/people/people";
import type { Actor } from "~/server/auth/roles";
import type { CorrectRecordInput } from "~/lib/schemas/records";
import { correctRecord, parseDaysInput, type RecordCorrection } from "~/server/records/ledger";
import { parseIsoDate } from "~/lib/dates";

/** Participations that count in totals and reports (the ledger rule). */
export const COUNTED_STATUSES = ["COMPLETED", "ATTENDED"] as const;

export type YearBasis = "calendar" | "report";

export type YearTotal = { year: string; label: string; trainingDays: string; participations: number };

/** "2025" for a calendar year; "2025–26" for the report year 1 July 2025 – 30 June 2026. */
export function yearLabel(year: number, basis: YearBasis): string {
  return basis === "calendar" ? String(year) : `${year}–${String((year + 1) % 100).padStart(2, "0")}`;
}

/** Year a participation counts in, by its end date: calendar year, or report year (1 July – 30 June) named by its first year. */
export function yearOf(endDate: Date, basis: YearBasis): number {
  const y = endDate.getUTCFullYear();
  return basis === "calendar" || endDate.getUTCMonth() >= 6 ? y : y - 1;
}

const RECORD_SELECT = {
  id: true,
  startDate: true,
  endDate: true,
  trainingDays: true,
  status: true,
  source: true,
  sourceKey: true,
  mode: true,
  course: { select: { id: true, code: true, title: true } },
  category: { select: { id: true, code: true, name: true } },
  _count: { select: { revisions: true } },
} as const;

type RecordRow = {
  id: string;
  startDate: Date;
  endDate: Date;
  trainingDays: { toFixed(): string };
  status: string;
  source: string;
  sourceKey: string;
  mode: string;
  course: { id: string; code: string; title: string };
  category: { id: string; code: string; name: string };
  _count: { revisions: number };
};

function presentRecord(r: RecordRow, basis: YearBasis) {
  const sessionEnrolment = r.source === "SESSION" && r.sourceKey.startsWith("enrolment:") ? r.sourceKey.slice("enrolment:".length) : null;
  return {
    id: r.id,
    startDate: r.startDate.toISOString().slice(0, 10),
    endDate: r.endDate.toISOString().slice(0, 10),
    trainingDays: sumDays([r.trainingDays]),
    status: r.status,
    source: r.source,
    mode: r.mode,
    counted: (COUNTED_STATUSES as readonly string[]).includes(r.status),
    course: r.course,
    category: r.category,
    revisions: r._count.revisions,
    year: String(yearOf(r.endDate, basis)),
    enrollmentId: sessionEnrolment,
  };
}

export type HistoryRecord = ReturnType<typeof presentRecord>;

/**
 * A person's learning history from the ledger: every participation, newest first, and the training days per
 * year (calendar or report year) summed in SQL over the participations that count (completed, attended).
 */
export async function learningHistory(staffId: string, basis: YearBasis = "calendar") {
  const [rows, totals] = await Promise.all([
    db.trainingRecord.findMany({ where: { staffId }, orderBy: [{ endDate: "desc" }, { startDate: "desc" }], select: RECORD_SELECT }),
    db.$queryRaw<{ year: number; days: string; participations: number }[]>`
      SELECT (CASE WHEN ${basis} = 'report' THEN extract(year FROM "endDate" - interval '6 months')
                   ELSE extract(year FROM "endDate") END)::int AS year,
             sum("trainingDays")::text AS days,
             count(*)::int AS participations
      FROM "TrainingRecord"
      WHERE "staffId" = ${staffId} AND status IN ('COMPLETED', 'ATTENDED')
      GROUP BY 1
      ORDER BY 1 DESC`,
  ]);
  const years: YearTotal[] = totals.map((t) => ({ year: String(t.year), label: yearLabel(t.year, basis), trainingDays: sumDays([t.days]), participations: t.participations }));
  return { basis, years, records: rows.map((r) => presentRecord(r, basis)), total: sumDays(years.map((y) => y.trainingDays)) };
}

/** L&D: people matching an employee ID, e-mail or name (accents, case and small typos forgiven), to open their records. */
export async function findPeople(query: string) {
  const ids = await searchStaffIds(query, 20);
  const people = await db.staff.findMany({
    where: { id: { in: ids } },
    select: { id: true, employeeId: true, fullName: true, email: true, grade: true, active: true, department: { select: { name: true } } },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** L&D: one person's ledger rows with their corrections, for the records page. */
export async function recordsOfPerson(staffId: string) {
  const person = await db.staff.findUnique({
    where: { id: staffId },
    select: { id: true, employeeId: true, fullName: true, email: true, grade: true, active: true, department: { select: { name: true } } },
  });
  if (!person) throw new AppError("NOT_FOUND", "records.personNotFound");
  const history = await learningHistory(staffId, "calendar");
  return { person, ...history };
}

/** The audited changes of one ledger row, newest first, with who made them. */
export async function recordRevisions(recordId: string) {
  const revisions = await db.trainingRecordRevision.findMany({
    where: { recordId },
    orderBy: { at: "desc" },
    select: { id: true, reason: true, before: true, after: true, at: true, actorId: true },
  });
  const actorIds = [...new Set(revisions.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const actors = await db.staff.findMany({ where: { id: { in: actorIds } }, select: { id: true, fullName: true } });
  const nameOf = new Map(actors.map((a) => [a.id, a.fullName]));
  return revisions.map((r) => ({
    ...r,
    before: r.before as Record<string, string>,
    after: r.after as Record<string, string>,
    actor: r.actorId ? (nameOf.get(r.actorId) ?? null) : null,
  }));
}

/** The L&D correction form → correctRecord (a revision with the reason; an unchanged form is refused). */
export async function correctLedgerRecord(actor: Actor, input: CorrectRecordInput) {
  const changes: RecordCorrection = {};
  if (input.startDate) changes.startDate = parseIsoDate(input.startDate);
  if (input.endDate) changes.endDate = parseIsoDate(input.endDate);
  if (input.status) changes.status = input.status;
  if (input.categoryId) {
    const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
    if (!category) throw new AppError("INVALID", "records.categoryNotFound", {}, { field: "categoryId" });
    changes.categoryId = input.categoryId;
  }
  if (input.trainingDays !== undefined && input.trainingDays !== "") {
    changes.trainingDays = parseDaysInput(input.trainingDays, "trainingDays");
  }
  const before = await db.trainingRecord.findUnique({ where: { id: input.recordId }, select: { revisions: { select: { id: true } } } });
  if (!before) throw new AppError("NOT_FOUND", "records.notFound");
  const after = await correctRecord(actor, input.recordId, changes, input.reason);
  const revisions = await db.trainingRecordRevision.count({ where: { recordId: input.recordId } });
  if (revisions === before.revisions.length) throw new AppError("UNCHANGED", "records.unchanged");
  return { id: after.id };
}
