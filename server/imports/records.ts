// Training history import: `npm run cli -- import records FILE.csv` and the L&D upload page run this same code.
import "server-only";
import type { Tx } from "~/server/db";
import type { CourseMode, ParticipationStatus } from "~/server/generated/prisma/enums";
import { parseIsoDate } from "~/lib/dates";
import { parseTrainingDays, sumDays, TrainingDaysError } from "~/lib/training-days";
import { recordImportedParticipations, reviseRecords, type ImportedParticipation } from "~/server/records/ledger";
import {
  emptyOutcome,
  forChunks,
  readCsv,
  RowErrors,
  SAMPLE_LIMIT,
  type ImportOptions,
  type Change,
  type ImportOutcome,
  type RowError,
  runImport,
} from "~/server/imports/common";

type Reason = Omit<RowError, "line">;

export const RECORD_COLUMNS = ["employee_id", "course_code", "course_title", "category", "mode", "start_date", "end_date", "training_days", "status"] as const;

const MODES: Record<string, CourseMode> = { online: "ONLINE", classroom: "CLASSROOM", virtual: "VIRTUAL", blended: "BLENDED", external: "EXTERNAL" };
const STATUSES: Record<string, ParticipationStatus> = {
  completed: "COMPLETED",
  attended: "ATTENDED",
  no_show: "NO_SHOW",
  withdrawn: "WITHDRAWN",
  in_progress: "IN_PROGRESS",
};
const COURSE_CODE = /^[A-Z0-9][A-Z0-9_.\-/]{0,39}$/;

/** What identifies a participation across imports: (employee_id, course_code, start_date). */
export const importSourceKey = (employeeId: string, courseCode: string, startDate: string) => `import:${employeeId}|${courseCode}|${startDate}`;

/** A valid row, planned as the participation the ledger will hold (with its line, for messages). */
type Planned = ImportedParticipation & { line: number; courseTitle: string };

type Existing = { id: string; sourceKey: string; staffId: string; courseId: string; categoryId: string; mode: CourseMode; startDate: string; endDate: string; trainingDays: string; status: ParticipationStatus };

type Plan = {
  outcome: ImportOutcome;
  creates: Planned[];
  updates: { row: Planned; existing: Existing; changes: Change[] }[];
  newCourses: { code: string; title: string; categoryId: string; mode: CourseMode; trainingDays: string }[];
};

async function plan(q: Tx, content: string | Uint8Array): Promise<Plan> {
  const parsed = readCsv("records", content, RECORD_COLUMNS);
  if ("outcome" in parsed) return { outcome: parsed.outcome, creates: [], updates: [], newCourses: [] };
  const { rows } = parsed;
  const outcome = emptyOutcome("records");
  outcome.rowsRead = rows.length;
  const errors = new RowErrors();

  const employeeIds = [...new Set(rows.map((r) => r.values.employee_id!.trim()).filter(Boolean))];
  const courseCodes = [...new Set(rows.map((r) => r.values.course_code!.trim().toUpperCase()).filter(Boolean))];
  const [staff, courses, categories] = await Promise.all([
    q.$queryRaw<{ id: string; employeeId: string }[]>`SELECT id, "employeeId" FROM "Staff" WHERE "employeeId" = ANY(${employeeIds})`,
    q.$queryRaw<{ id: string; code: string; categoryId: string }[]>`SELECT id, code, "categoryId" FROM "Course" WHERE code = ANY(${courseCodes})`,
    q.category.findMany({ select: { id: true, code: true, name: true } }),
  ]);
  const staffId = new Map(staff.map((s) => [s.employeeId, s.id]));
  const courseByCode = new Map(courses.map((c) => [c.code, c]));
  const categoryByCode = new Map(categories.map((c) => [c.code.toUpperCase(), c]));
  const categoryByName = new Map(categories.map((c) => [c.name, c]));
  const categoryName = new Map(categories.map((c) => [c.id, c.code]));

  const valid: Planned[] = [];
  for (const { line, values: v } of rows) {
    const reasons: Reason[] = [];
    const employeeId = v.employee_id!.trim();
    const courseCode = v.course_code!.trim().toUpperCase();
    const courseTitle = v.course_title!.trim();
    const categoryText = v.category!.trim();
    let sid: string | undefined;
    const empty = (column: string) => reasons.push({ field: column, key: "imports.rows.empty", params: { column } });
    if (!employeeId) empty("employee_id");
    else if (!(sid = staffId.get(employeeId))) reasons.push({ field: "employee_id", key: "imports.rows.employeeUnknown", params: { value: employeeId } });
    if (!courseCode) empty("course_code");
    else if (!COURSE_CODE.test(courseCode)) reasons.push({ field: "course_code", key: "imports.rows.courseCodeFormat", params: { value: courseCode } });
    if (!courseByCode.has(courseCode) && !courseTitle) reasons.push({ field: "course_title", key: "imports.rows.courseTitleNeeded", params: { code: courseCode } });
    const category = categoryByCode.get(categoryText.toUpperCase()) ?? categoryByName.get(categoryText);
    if (!categoryText) empty("category");
    else if (!category) reasons.push({ field: "category", key: "imports.rows.categoryUnknown", params: { value: categoryText } });
    const mode = MODES[v.mode!.trim().toLowerCase()];
    if (!mode) reasons.push({ field: "mode", key: "imports.rows.modeUnknown", params: { value: v.mode!.trim() } });
    const start = isoDate(v.start_date!, "start_date", reasons);
    const end = isoDate(v.end_date!, "end_date", reasons);
    if (start && end && end < start) reasons.push({ field: "end_date", key: "imports.rows.endBeforeStart", params: { end, start } });
    let trainingDays: string | undefined;
    try {
      trainingDays = parseTrainingDays(v.training_days!);
    } catch (e) {
      if (!(e instanceof TrainingDaysError)) throw e;
      const { text, places, max } = e.params;
      const params = { text, ...(places !== undefined ? { places: String(places) } : {}), ...(max !== undefined ? { max: String(max) } : {}) };
      reasons.push({ field: "training_days", key: `imports.rows.trainingDays.${e.problem}`, params });
    }
    const status = STATUSES[v.status!.trim().toLowerCase()];
    if (!status) reasons.push({ field: "status", key: "imports.rows.statusUnknown", params: { value: v.status!.trim() } });
    if (reasons.length) {
      for (const r of reasons) errors.add(line, r);
      continue;
    }
    valid.push({
      line,
      sourceKey: importSourceKey(employeeId, courseCode, start!),
      staffId: sid!,
      courseCode,
      courseTitle,
      categoryId: category!.id,
      mode: mode!,
      startDate: start!,
      endDate: end!,
      trainingDays: trainingDays!,
      status: status!,
    });
  }

  // A course_code with two different categories in one file is ambiguous: every row of it is refused.
  const categoriesOf = new Map<string, Map<string, number>>();
  for (const r of valid) {
    const seen = categoriesOf.get(r.courseCode) ?? new Map<string, number>();
    if (!seen.has(r.categoryId)) seen.set(r.categoryId, r.line);
    categoriesOf.set(r.courseCode, seen);
  }
  const conflicting = new Map<string, Reason>();
  for (const [code, seen] of categoriesOf) {
    if (seen.size > 1) {
      const where = [...seen.entries()].map(([id, line]) => ({ key: "imports.rows.categoryOnLine" as const, params: { category: categoryName.get(id) ?? "", line: String(line) } }));
      conflicting.set(code, { field: "category", key: "imports.rows.categoryConflict", params: { code, where } });
    }
  }
  const firstLineOf = new Map<string, number>();
  const accepted: Planned[] = [];
  for (const r of valid) {
    const conflict = conflicting.get(r.courseCode);
    if (conflict) {
      errors.add(r.line, conflict);
      continue;
    }
    const first = firstLineOf.get(r.sourceKey);
    if (first !== undefined) {
      errors.add(r.line, { key: "imports.rows.participationRepeated", params: { line: String(first) } });
      continue;
    }
    firstLineOf.set(r.sourceKey, r.line);
    accepted.push(r);
  }

  const newCourses = new Map<string, Plan["newCourses"][number]>();
  for (const r of accepted) {
    if (!courseByCode.has(r.courseCode) && !newCourses.has(r.courseCode)) {
      newCourses.set(r.courseCode, { code: r.courseCode, title: r.courseTitle, categoryId: r.categoryId, mode: r.mode, trainingDays: r.trainingDays });
    }
  }

  const existingRows = await q.$queryRaw<Existing[]>`
    SELECT id, "sourceKey", "staffId", "courseId", "categoryId", mode, to_char("startDate", 'YYYY-MM-DD') AS "startDate",
           to_char("endDate", 'YYYY-MM-DD') AS "endDate", "trainingDays"::text AS "trainingDays", status
    FROM "TrainingRecord" WHERE "sourceKey" = ANY(${accepted.map((r) => r.sourceKey)})`;
  const existing = new Map(existingRows.map((e) => [e.sourceKey, e]));

  const creates: Planned[] = [];
  const updates: Plan["updates"] = [];
  for (const r of accepted) {
    const e = existing.get(r.sourceKey);
    if (!e) {
      creates.push(r);
      if (outcome.samples.length < SAMPLE_LIMIT) outcome.samples.push({ line: r.line, action: "created", key: r.sourceKey.slice("import:".length), changes: [] });
      continue;
    }
    const changes: Change[] = [];
    const change = (field: string, from: string, to: string) => changes.push({ field, from, to });
    if (e.categoryId !== r.categoryId) change("category", categoryName.get(e.categoryId) ?? "?", categoryName.get(r.categoryId) ?? "?");
    if (e.mode !== r.mode) change("mode", e.mode.toLowerCase(), r.mode.toLowerCase());
    if (e.endDate !== r.endDate) change("end_date", e.endDate, r.endDate);
    if (sumDays([e.trainingDays]) !== r.trainingDays) change("training_days", sumDays([e.trainingDays]), r.trainingDays);
    if (e.status !== r.status) change("status", e.status.toLowerCase(), r.status.toLowerCase());
    if (changes.length === 0) {
      outcome.unchanged++;
      continue;
    }
    updates.push({ row: r, existing: e, changes });
    if (outcome.samples.length < SAMPLE_LIMIT) outcome.samples.push({ line: r.line, action: "updated", key: r.sourceKey.slice("import:".length), changes });
  }
  outcome.created = creates.length;
  outcome.updated = updates.length;
  outcome.errors = errors.list();
  outcome.rejected = errors.size;
  if (newCourses.size) outcome.createdReference.push({ kind: "courses", names: [...newCourses.keys()] });
  return { outcome, creates, updates, newCourses: [...newCourses.values()] };
}

function isoDate(raw: string, column: string, reasons: Reason[]): string | undefined {
  const text = raw.trim();
  if (!text) {
    reasons.push({ field: column, key: "imports.rows.empty", params: { column } });
    return undefined;
  }
  try {
    parseIsoDate(text);
    return text;
  } catch {
    reasons.push({ field: column, key: "imports.rows.dateFormat", params: { column, value: text } });
    return undefined;
  }
}

/**
 * Imports training history. All-or-nothing unless skipInvalid: one invalid row refuses the file and changes
 * nothing. Rows are matched to earlier imports by (employee_id, course_code, start_date), so the same file twice
 * changes nothing and a changed row updates its participation with an audited revision. An unknown course_code
 * creates an archived course. Writes are set-based (a few INSERT … SELECT FROM jsonb_to_recordset statements).
 */
export async function importRecords(content: string | Uint8Array, opts: ImportOptions): Promise<ImportOutcome> {
  return runImport(opts, (q) => plan(q, content), (tx, p) => apply(tx, p, opts));
}

async function apply(tx: Tx, p: Plan, opts: ImportOptions): Promise<void> {
  if (p.newCourses.length) {
    await forChunks(
      tx,
      p.newCourses,
      `INSERT INTO "Course" (id, code, title, summary, "categoryId", mode, "trainingDays", status, "updatedAt")
       SELECT 'imp_' || md5(x.code), x.code, x.title, '', x."categoryId", x.mode::"CourseMode", x."trainingDays"::numeric, 'ARCHIVED', now()
       FROM jsonb_to_recordset($1::jsonb) AS x(code text, title text, "categoryId" text, mode text, "trainingDays" text)
       ON CONFLICT (code) DO NOTHING`,
    );
  }
  // The ledger's own bulk writers: the same set-based statements, in the module that owns the table.
  await recordImportedParticipations(tx, p.creates);
  const reason = `Import of ${opts.fileName}`;
  await reviseRecords(
    tx,
    opts.actorId,
    p.updates.map(({ row: r, existing: e }) => ({
      recordId: e.id,
      reason: `${reason}, line ${r.line}`,
      before: { startDate: e.startDate, endDate: e.endDate, trainingDays: sumDays([e.trainingDays]), status: e.status, categoryId: e.categoryId },
      after: { startDate: r.startDate, endDate: r.endDate, trainingDays: r.trainingDays, status: r.status, categoryId: r.categoryId, mode: r.mode },
    })),
  );
}
