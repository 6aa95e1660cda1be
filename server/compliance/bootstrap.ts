import "server-only";
import { db } from "~/server/db";
import { audit } from "~/server/audit";
import { daysBetween, parseIsoDate, toIsoDate, type IsoDate } from "~/lib/dates";

/** The organisation's mandatory courses: required of everyone (BSAFE renewed every 36 months). */
export const MANDATORY_COURSES: readonly { code: string; validityMonths: number | null }[] = [
  { code: "WT", validityMonths: null },
  { code: "BSAFE", validityMonths: 36 },
  { code: "AFA", validityMonths: null },
];

/** Newcomers (hired, or joining the audience, after the requirement takes effect) have 30 days. */
export const NEWCOMER_DAYS = 30;
/** Staff in place get at least this long before the organisation's due date. */
export const MIN_LEAD_DAYS = 90;

/**
 * The due date for staff already in place when a mandatory course starts being tracked: the 30 June that closes the
 * organisation's reporting year (1 July – 30 June, the period of its HR annual report), so that the report counts
 * everyone as due within one year — and at least 90 days away, so nobody is given a few weeks for three courses.
 * Installed on 2026-11-24 → 2027-06-30; installed on 2027-05-01 → 2028-06-30.
 */
export function organisationDueDate(today: IsoDate): IsoDate {
  let year = Number(today.slice(0, 4));
  for (;;) {
    const candidate = `${year}-06-30`;
    if (daysBetween(today, candidate) >= MIN_LEAD_DAYS) return candidate;
    year++;
  }
}

/**
 * Creates the requirement of each mandatory course that exists and has no requirement yet (retired ones included:
 * L&D's decision to retire one stands). Idempotent and safe to run from several processes at once. Runs from
 * server/bootstrap.ts after the shipped courses exist, on the client of the database scripts/db/prepare.ts prepares.
 */
export async function ensureMandatoryRequirements(asOf: Date = new Date()): Promise<string[]> {
  const today = toIsoDate(asOf);
  const created: string[] = [];
  const courses = await db.course.findMany({
    where: { code: { in: MANDATORY_COURSES.map((c) => c.code) }, requirements: { none: {} } },
    select: { id: true, code: true, validityMonths: true },
  });
  for (const course of courses) {
    const spec = MANDATORY_COURSES.find((c) => c.code === course.code)!;
    const made = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`requirement-bootstrap:${course.id}`}))`;
      if (await tx.requirement.findFirst({ where: { courseId: course.id }, select: { id: true } })) return false;
      const r = await tx.requirement.create({
        data: {
          courseId: course.id,
          audienceKind: "EVERYONE",
          effectiveFrom: parseIsoDate(today),
          dueDate: parseIsoDate(organisationDueDate(today)),
          dueAfterDays: NEWCOMER_DAYS,
          validityMonths: course.validityMonths ?? spec.validityMonths,
          note: "Created at installation: staff in place are due by the end of the reporting year; newcomers within 30 days.",
        },
        select: { id: true },
      });
      await audit(tx, null, "requirement.create", "Requirement", r.id, { reason: "installation" });
      return true;
    });
    if (made) created.push(course.code);
  }
  return created;
}
