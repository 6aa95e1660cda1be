// A learning platform's activity report (LinkedIn Learning's CSV export) for one licence pool: `npm run cli -- import
// platform-activity FILE.csv --pool linkedin-learning` and the L&D upload page run this same code, through the same
// preview → confirm path, all-or-nothing and idempotent, as the training-history import.
import "server-only";
import { externalCourseCode } from "~/server/records/external";
import type { Tx } from "~/server/db";
import { toIsoDate } from "~/lib/dates";
import { hoursToDays, sumDays } from "~/lib/training-days";
import { ACTIVITY_COLUMNS, activityDate, activityHours, canonicalActivityCsv } from "~/lib/licences/activity-csv";
import { recordImportedParticipations, reviseRecords, type ImportedParticipation } from "~/server/records/ledger";
import {
  emptyOutcome,
  forChunks,
  readCsv,
  RowErrors,
  SAMPLE_LIMIT,
  type Change,
  type ImportOptions,
  type ImportOutcome,
  type RowError,
  runImport,
} from "~/server/imports/common";

export { ACTIVITY_COLUMNS };

/** What identifies a line across imports: the platform, the learner's e-mail and the course title. */
export const activitySourceKey = (platform: string, email: string, title: string) => `${platform}|${email}|${title}`;

type Pool = { id: string; platform: string; categoryId: string };

type Planned = {
  line: number;
  sourceKey: string;
  staffId: string;
  email: string;
  courseTitle: string;
  hoursViewed: string;
  completedOn: string | null;
  /** the day the platform saw activity: the completion, else the day of the import (no activity: null) */
  activeOn: string | null;
};

type Existing = { id: string; sourceKey: string; hoursViewed: string; completedOn: string | null; recordId: string | null; recordEnd: string | null; recordDays: string | null };

type Plan = { outcome: ImportOutcome; pool: Pool | null; creates: Planned[]; updates: { row: Planned; existing: Existing }[] };

const MAX_TITLE = 300;

/** The pool named by its id or its platform code (the pool valid on asOf, else the latest that had started). */
async function findPool(q: Tx, pool: string, asOf: Date): Promise<Pool | null> {
  const today = toIsoDate(asOf);
  const [found] = await q.$queryRaw<Pool[]>`
    SELECT id, platform, "categoryId" FROM "LicencePool"
    WHERE id = ${pool} OR platform = ${pool.trim().toLowerCase()}
    ORDER BY (id = ${pool}) DESC, ("validFrom" <= ${today}::date AND "validUntil" >= ${today}::date) DESC, ("validFrom" <= ${today}::date) DESC, "validFrom" DESC
    LIMIT 1`;
  return found ?? null;
}

async function plan(q: Tx, content: string | Uint8Array, poolName: string, asOf: Date): Promise<Plan> {
  const pool = await findPool(q, poolName, asOf);
  if (!pool) {
    const outcome = emptyOutcome("platformActivity");
    outcome.aborted = true;
    outcome.errors = [{ line: 1, key: "licences.import.poolUnknown", params: { pool: poolName } }];
    return { outcome, pool: null, creates: [], updates: [] };
  }
  const canonical = canonicalActivityCsv(content);
  const parsed = readCsv("platformActivity", canonical.content, canonical.columns);
  if ("outcome" in parsed) return { outcome: parsed.outcome, pool, creates: [], updates: [] };
  const { rows } = parsed;
  const outcome = emptyOutcome("platformActivity");
  outcome.rowsRead = rows.length;
  const errors = new RowErrors();
  const today = toIsoDate(asOf);

  const emails = [...new Set(rows.map((r) => r.values.email!.trim().toLowerCase()).filter(Boolean))];
  const staff = await q.$queryRaw<{ id: string; email: string }[]>`SELECT id, lower(email) AS email FROM "Staff" WHERE lower(email) = ANY(${emails})`;
  const staffId = new Map(staff.map((s) => [s.email, s.id]));

  const firstLine = new Map<string, number>();
  const valid: Planned[] = [];
  for (const { line, values: v } of rows) {
    const reasons: Omit<RowError, "line">[] = [];
    const email = v.email!.trim().toLowerCase();
    const title = v.course_title!.trim().replace(/\s+/g, " ");
    const hoursText = v.hours_viewed!.trim();
    const dateText = v.completion_date!.trim();
    const empty = (column: string) => reasons.push({ field: column, key: "imports.rows.empty", params: { column } });
    let sid: string | undefined;
    if (!email) empty("email");
    else if (!(sid = staffId.get(email))) reasons.push({ field: "email", key: "licences.import.emailUnknown", params: { value: email } });
    if (!title) empty("course_title");
    else if (title.length > MAX_TITLE) reasons.push({ field: "course_title", key: "licences.import.titleTooLong", params: { max: String(MAX_TITLE) } });
    const hours = hoursText ? activityHours(hoursText) : "0";
    if (hours === null) reasons.push({ field: "hours_viewed", key: "licences.import.hoursFormat", params: { value: hoursText } });
    const completedOn = dateText ? activityDate(dateText) : null;
    if (dateText && completedOn === null) reasons.push({ field: "completion_date", key: "licences.import.dateFormat", params: { value: dateText } });
    else if (completedOn && completedOn > today) reasons.push({ field: "completion_date", key: "licences.import.dateInFuture", params: { value: dateText } });
    if (reasons.length) {
      for (const r of reasons) errors.add(line, r);
      continue;
    }
    const sourceKey = activitySourceKey(pool.platform, email, title);
    const first = firstLine.get(sourceKey);
    if (first !== undefined) {
      errors.add(line, { key: "licences.import.repeated", params: { line: String(first) } });
      continue;
    }
    firstLine.set(sourceKey, line);
    const active = hours !== "0" && Number(hours) > 0;
    valid.push({ line, sourceKey, staffId: sid!, email, courseTitle: title, hoursViewed: hours!, completedOn, activeOn: active ? (completedOn ?? today) : null });
  }

  const existingRows = await q.$queryRaw<Existing[]>`
    SELECT a.id, a."sourceKey", a."hoursViewed"::text AS "hoursViewed", to_char(a."completedOn", 'YYYY-MM-DD') AS "completedOn", a."recordId",
           to_char(r."endDate", 'YYYY-MM-DD') AS "recordEnd", r."trainingDays"::text AS "recordDays"
    FROM "PlatformActivity" a LEFT JOIN "TrainingRecord" r ON r.id = a."recordId"
    WHERE a."sourceKey" = ANY(${valid.map((r) => r.sourceKey)})`;
  const existing = new Map(existingRows.map((e) => [e.sourceKey, e]));
  const creates: Planned[] = [];
  const updates: Plan["updates"] = [];
  for (const r of valid) {
    const e = existing.get(r.sourceKey);
    const key = `${r.email}|${r.courseTitle}`;
    if (!e) {
      creates.push(r);
      if (outcome.samples.length < SAMPLE_LIMIT) outcome.samples.push({ line: r.line, action: "created", key, changes: [] });
      continue;
    }
    const changes: Change[] = [];
    if (sumDays([e.hoursViewed]) !== sumDays([r.hoursViewed])) changes.push({ field: "hours_viewed", from: sumDays([e.hoursViewed]), to: r.hoursViewed });
    if (e.completedOn !== r.completedOn) changes.push({ field: "completion_date", from: e.completedOn, to: r.completedOn });
    if (changes.length === 0) {
      outcome.unchanged++;
      continue;
    }
    updates.push({ row: r, existing: e });
    if (outcome.samples.length < SAMPLE_LIMIT) outcome.samples.push({ line: r.line, action: "updated", key, changes });
  }
  outcome.created = creates.length;
  outcome.updated = updates.length;
  outcome.errors = errors.list();
  outcome.rejected = errors.size;
  return { outcome, pool, creates, updates };
}

/**
 * Imports a platform's activity report for one pool. Each line is kept as PlatformActivity (once per platform,
 * e-mail and course title: the same file twice changes nothing); activity moves the holder's licence's last active
 * day forward; a completed course enters the ledger once, as external learning in the pool's category, with hours/8
 * training days. All-or-nothing unless skipInvalid; an unknown e-mail refuses the file.
 */
export async function importPlatformActivity(content: string | Uint8Array, opts: ImportOptions & { pool: string }): Promise<ImportOutcome> {
  return runImport(opts, (q) => plan(q, content, opts.pool, opts.asOf), (tx, p) => apply(tx, p, opts));
}

async function apply(tx: Tx, p: Plan, opts: ImportOptions): Promise<void> {
  const pool = p.pool!;
  const rows = [...p.creates, ...p.updates.map((u) => u.row)];
  await forChunks(
    tx,
    rows.map((r) => ({ p: pool.id, s: r.staffId, t: r.courseTitle, h: r.hoursViewed, c: r.completedOn, k: r.sourceKey })),
    `INSERT INTO "PlatformActivity" (id, "poolId", "staffId", "courseTitle", "hoursViewed", "completedOn", "sourceKey", "updatedAt")
     SELECT 'pa_' || replace(gen_random_uuid()::text, '-', ''), x.p, x.s, x.t, x.h::numeric, x.c::date, x.k, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(p text, s text, t text, h text, c text, k text)
     ON CONFLICT ("sourceKey") DO UPDATE SET "hoursViewed" = EXCLUDED."hoursViewed", "completedOn" = EXCLUDED."completedOn", "updatedAt" = now()`,
  );

  // Completions not yet in the ledger: an archived external course per title, then the participation, once.
  const recorded = new Map(p.updates.map((u) => [u.row.sourceKey, u.existing]));
  const toRecord = rows.filter((r) => r.completedOn && !recorded.get(r.sourceKey)?.recordId);
  const courses = new Map<string, { code: string; title: string; days: string }>();
  const participations: ImportedParticipation[] = toRecord.map((r) => {
    const code = externalCourseCode(r.courseTitle, pool.categoryId);
    const days = hoursToDays(r.hoursViewed);
    if (!courses.has(code)) courses.set(code, { code, title: r.courseTitle, days });
    return { sourceKey: `platform:${r.sourceKey}`, staffId: r.staffId, courseCode: code, categoryId: pool.categoryId, mode: "EXTERNAL", startDate: r.completedOn!, endDate: r.completedOn!, trainingDays: days, status: "COMPLETED" };
  });
  await forChunks(
    tx,
    [...courses.values()].map((c) => ({ ...c, g: pool.categoryId })),
    `INSERT INTO "Course" (id, code, title, summary, "categoryId", mode, "trainingDays", status, "updatedAt")
     SELECT 'ext_' || md5(x.code), x.code, x.title, '', x.g, 'EXTERNAL', x.days::numeric, 'ARCHIVED', now()
     FROM jsonb_to_recordset($1::jsonb) AS x(code text, title text, g text, days text)
     ON CONFLICT (code) DO NOTHING`,
  );
  await recordImportedParticipations(tx, participations);
  if (participations.length) {
    await tx.$executeRaw`
      UPDATE "PlatformActivity" a SET "recordId" = r.id FROM "TrainingRecord" r
      WHERE r."sourceKey" = 'platform:' || a."sourceKey" AND a."sourceKey" = ANY(${toRecord.map((r) => r.sourceKey)}) AND a."recordId" IS NULL`;
  }

  // A completion already in the ledger whose hours or date the platform now reports differently: an audited revision.
  const revisions = p.updates.flatMap(({ row: r, existing: e }) => {
    if (!e.recordId || !r.completedOn || e.recordEnd === null || e.recordDays === null) return [];
    const days = hoursToDays(r.hoursViewed);
    if (sumDays([e.recordDays]) === days) return [];
    // The ledger keeps the first completion's day (its start and end); more hours viewed revise its training days.
    const before = { startDate: e.recordEnd, endDate: e.recordEnd, trainingDays: sumDays([e.recordDays]), status: "COMPLETED" as const, categoryId: pool.categoryId };
    return [{ recordId: e.recordId, reason: `Import of ${opts.fileName}, line ${r.line}`, before, after: { ...before, trainingDays: days, mode: "EXTERNAL" as const } }];
  });
  await reviseRecords(tx, opts.actorId, revisions);

  // Activity keeps the licence alive: its last active day moves forward, never back.
  await forChunks(
    tx,
    rows.filter((r) => r.activeOn).map((r) => ({ p: pool.id, s: r.staffId, d: r.activeOn })),
    `UPDATE "Licence" l SET "lastActiveOn" = greatest(coalesce(l."lastActiveOn", x.d), x.d), "updatedAt" = now()
     FROM (SELECT p, s, max(d::date) AS d FROM jsonb_to_recordset($1::jsonb) AS x(p text, s text, d text) GROUP BY p, s) x
     WHERE l."staffId" = x.s AND l."poolId" = x.p AND l.status = 'ASSIGNED'`,
  );
}
