// One writer per table: the ledger (TrainingRecord and its revisions) is written only by server/records/ledger.ts,
// enrolments (Enrollment and their events) only by server/enrolment/transition-enrollment.ts, the audit trail only by
// server/audit.ts. Everyone else calls
// their functions, so each rule — once per sourceKey, a revision for every change, an event for every state, the
// caller's asOf — holds wherever the write comes from.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");

export const OWNED_TABLES = {
  TrainingRecord: "server/records/ledger.ts",
  TrainingRecordRevision: "server/records/ledger.ts",
  Enrollment: "server/enrolment/transition-enrollment.ts",
  EnrollmentEvent: "server/enrolment/transition-enrollment.ts",
  AuditEntry: "server/audit.ts",
  Notification: "server/notifications/notifications.ts",
  QuizAttemptGrant: "server/courses/attempt-grants.ts",
  TeamReminder: "server/team/remind.ts",
  Certificate: "server/certificates/certificates.ts",
  XapiStatement: "server/xapi/outbox.ts",
  ScormAttempt: "server/scorm/runtime.ts",
  ComplianceState: "server/compliance/state-table.ts",
  ComplianceStateDay: "server/compliance/state-table.ts",
  // Written only by triggers on the ledger and Staff (migration 20261207090000_report_period_rollups); read by the
  // reports, written by no TypeScript at all.
  ReportDayFigures: "server/reports/period-figures.ts",
  ReportLearnerDay: "server/reports/period-figures.ts",
  ReportLearnerRepeats: "server/reports/period-figures.ts",
  ReportYearGroupFigures: "server/reports/period-figures.ts",
} as const;
type Table = keyof typeof OWNED_TABLES;

/**
 * Writes that deliberately bypass the owner, each with why. Bulk writers of made-up data only: the demo seed writes
 * years of history at past instants (states no transition from today would reach) and the benchmarks write millions
 * of synthetic rows into a throwaway database with the foreign keys and triggers off.
 */
const EXCEPTIONS: Record<string, { tables: Table[]; why: string }> = {
  "prisma/seed/sessions.ts": { tables: ["Enrollment", "EnrollmentEvent", "TrainingRecord"], why: "demo seed: two years of past sessions, bulk" },
  "prisma/seed/courses.ts": { tables: ["Enrollment", "EnrollmentEvent"], why: "demo seed: years of online enrolments at past instants, bulk" },
  "scripts/bench/reports-data.ts": { tables: ["TrainingRecord"], why: "benchmark: millions of synthetic ledger rows" },
  "scripts/bench/reports.ts": { tables: ["TrainingRecord"], why: "benchmark: measures the report triggers under raw writes" },
  "scripts/bench/compliance.ts": { tables: ["TrainingRecord", "Notification", "ComplianceStateDay"], why: "benchmark: synthetic completions, the week's reminders forgotten and the day's rebuild forced between runs" },
};

/** Prisma delegates of the owned models, and the relation fields whose nested writes reach them. */
const DELEGATES: Record<string, Table> = {
  trainingRecord: "TrainingRecord",
  trainingRecordRevision: "TrainingRecordRevision",
  enrollment: "Enrollment",
  enrollmentEvent: "EnrollmentEvent",
  auditEntry: "AuditEntry",
  notification: "Notification",
  quizAttemptGrant: "QuizAttemptGrant",
  teamReminder: "TeamReminder",
  certificate: "Certificate",
  xapiStatement: "XapiStatement",
  scormAttempt: "ScormAttempt",
  complianceState: "ComplianceState",
  complianceStateDay: "ComplianceStateDay",
  reportDayFigures: "ReportDayFigures",
  reportLearnerDay: "ReportLearnerDay",
  reportLearnerRepeats: "ReportLearnerRepeats",
  reportYearGroupFigures: "ReportYearGroupFigures",
};
const RELATIONS: Record<string, Table> = { trainingRecords: "TrainingRecord", revisions: "TrainingRecordRevision", enrollments: "Enrollment", history: "EnrollmentEvent", notifications: "Notification" };

const WRITE_METHODS = "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const TABLES = Object.keys(OWNED_TABLES).join("|");

/** The owned tables a source text writes: Prisma calls, nested writes, SQL, and generic bulk-insert helpers. */
export function tablesWritten(text: string): Table[] {
  const found = new Set<Table>();
  for (const m of text.matchAll(new RegExp(`\\.(${Object.keys(DELEGATES).join("|")})\\s*\\.\\s*(${WRITE_METHODS})\\b`, "g"))) found.add(DELEGATES[m[1]!]!);
  for (const m of text.matchAll(new RegExp(`\\b(${Object.keys(RELATIONS).join("|")})\\s*:\\s*\\{\\s*(${WRITE_METHODS}|connectOrCreate|set)\\s*:`, "g"))) {
    found.add(RELATIONS[m[1]!]!);
  }
  const sql = new RegExp(`\\b(INSERT\\s+INTO|UPDATE(?:\\s+ONLY)?|DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?|COPY|MERGE\\s+INTO)\\s+(?:public\\.)?"(${TABLES})"`, "gi");
  for (const m of text.matchAll(sql)) found.add(m[2] as Table);
  // Helpers such as insert("Enrollment", …) or bulkInsert(db, "Enrollment", …).
  for (const m of text.matchAll(new RegExp(`\\b\\w*[iI]nsert\\w*\\(\\s*(?:[\\w.]+\\s*,\\s*)?["'\`](${TABLES})["'\`]`, "g"))) found.add(m[1] as Table);
  return [...found].sort();
}

/** "file writes Table" for each write outside the table's owner and the listed exceptions. */
export function strayWrites(files: { path: string; text: string }[], exceptions = EXCEPTIONS): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const table of tablesWritten(f.text)) {
      if (OWNED_TABLES[table] === f.path) continue;
      if (exceptions[f.path]?.tables.includes(table)) continue;
      out.push(`${f.path} writes ${table}`);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!["generated", "node_modules", "migrations"].includes(entry.name)) out.push(...sourceFiles(rel));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out.push(rel);
    }
  }
  return out;
}

describe("one writer per table", () => {
  const files = ["server", "scripts", "prisma", "app"].flatMap(sourceFiles).map((p) => ({ path: p, text: readFileSync(path.join(root, p), "utf8") }));

  it("reads the tree", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(Object.values(OWNED_TABLES)));
  });

  it("writes the ledger and the enrolments only through their owners", () => {
    expect(strayWrites(files)).toEqual([]);
  });

  it("finds every owner writing its tables (the scan sees the writes it is meant to see)", () => {
    const written = (file: string) => tablesWritten(files.find((f) => f.path === file)!.text);
    expect(written(OWNED_TABLES.TrainingRecord)).toEqual(["TrainingRecord", "TrainingRecordRevision"]);
    expect(written(OWNED_TABLES.Enrollment)).toEqual(["Enrollment", "EnrollmentEvent"]);
  });

  it("keeps only exceptions that are still needed", () => {
    const unused = Object.entries(EXCEPTIONS).flatMap(([file, e]) => {
      const text = files.find((f) => f.path === file)?.text ?? "";
      const written = tablesWritten(text);
      return e.tables.filter((t) => !written.includes(t)).map((t) => `${file} no longer writes ${t}`);
    });
    expect(unused).toEqual([]);
  });

  it("would catch a stray write in any of its forms", () => {
    const stray = (text: string) => strayWrites([{ path: "server/x.ts", text }], {});
    expect(stray(`await tx.enrollment.update({ where: { id }, data: { state: "WITHDRAWN" } });`)).toEqual(["server/x.ts writes Enrollment"]);
    expect(stray(`await tx.enrollmentEvent.createMany({ data });`)).toEqual(["server/x.ts writes EnrollmentEvent"]);
    expect(stray(`db.trainingRecord\n  .upsert({ where, create, update })`)).toEqual(["server/x.ts writes TrainingRecord"]);
    expect(stray(`await db.trainingRecordRevision.deleteMany({})`)).toEqual(["server/x.ts writes TrainingRecordRevision"]);
    expect(stray(`tx.staff.update({ data: { enrollments: { create: { courseId } } } })`)).toEqual(["server/x.ts writes Enrollment"]);
    expect(stray(`tx.enrollment.findMany({ select: { history: { select: { at: true } } } })`)).toEqual([]);
    expect(stray(`data: { history: { create: { state } } }`)).toEqual(["server/x.ts writes EnrollmentEvent"]);
    expect(stray('await tx.$executeRaw`INSERT INTO "Enrollment" (id) SELECT 1`')).toEqual(["server/x.ts writes Enrollment"]);
    expect(stray('`update "TrainingRecord" t set status = x.t`')).toEqual(["server/x.ts writes TrainingRecord"]);
    expect(stray('`DELETE FROM "EnrollmentEvent" WHERE true`')).toEqual(["server/x.ts writes EnrollmentEvent"]);
    expect(stray(`await bulkInsert(db, "TrainingRecordRevision", columns, rows)`)).toEqual(["server/x.ts writes TrainingRecordRevision"]);
    expect(stray(`await insert("Enrollment", { id: "text" }, rows)`)).toEqual(["server/x.ts writes Enrollment"]);
    // Reading is everyone's right; so is locking a session row or analysing a table.
    expect(stray('await tx.$queryRaw`SELECT id FROM "Enrollment" e JOIN "TrainingRecord" t ON true FOR UPDATE`')).toEqual([]);
    expect(stray('await db.$executeRawUnsafe(`ANALYZE "Enrollment"`)')).toEqual([]);
    expect(stray(`await tx.enrollment.findMany({ where: { state: "ENROLLED" } })`)).toEqual([]);
    // The owner itself, and an exception for the table it names, pass.
    expect(strayWrites([{ path: OWNED_TABLES.Enrollment, text: "tx.enrollment.updateMany({})" }], {})).toEqual([]);
    expect(strayWrites([{ path: "prisma/seed/x.ts", text: 'insert(db, "Enrollment", cols, rows); insert(db, "TrainingRecord", cols, rows)' }], { "prisma/seed/x.ts": { tables: ["Enrollment"], why: "" } })).toEqual([
      "prisma/seed/x.ts writes TrainingRecord",
    ]);
  });
});
