import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCategory, createStaff, uniq } from "~/tests/factories";
import { importPlatformActivity } from "~/server/imports/platform-activity";
import { reportLines } from "~/server/imports/common";
import { confirmImport, previewImport } from "~/server/imports/batches";

const db = testDb();
const asOf = new Date("2026-03-10T12:00:00Z");
const HEADER = "First Name,User Email,Content Title,Content Hours Viewed,Completion Date";

async function setUp() {
  const category = await createCategory(db, "Platform learning");
  const platform = uniq("lil-");
  const pool = await db.licencePool.create({
    data: { platform, name: "LinkedIn Learning", seats: 10, validFrom: new Date("2026-01-01T00:00:00Z"), validUntil: new Date("2026-12-31T00:00:00Z"), categoryId: category.id },
  });
  const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
  const licence = await db.licence.create({ data: { poolId: pool.id, staffId: a.id, status: "ASSIGNED", assignedAt: new Date("2026-01-05T09:00:00Z"), lastActiveOn: new Date("2026-01-05T00:00:00Z") } });
  const opts = { skipInvalid: false, dryRun: false, actorId: null, fileName: "activity.csv", asOf, pool: platform };
  return { category, platform, pool, a, b, licence, opts };
}

describe("importing a platform's activity report", () => {
  it("refuses the whole file with line-numbered reasons: an unknown e-mail, a bad date, hours that are not a number", async () => {
    const { a, b, opts, pool } = await setUp();
    const file = [
      HEADER,
      `Amina,${a.email},Excel essential training,1.5,2026-02-10`,
      `Nobody,nobody.${uniq()}@example.org,Excel essential training,1,2026-02-10`,
      `Bea,${b.email},Time management,2,31/12/2025`,
      `Bea,${b.email},Negotiation,two,`,
    ].join("\n");
    const outcome = await importPlatformActivity(file, opts);
    expect(outcome).toMatchObject({ rowsRead: 4, rejected: 3, aborted: true, applied: false, created: 0 });
    expect(reportLines(outcome).slice(0, 3)).toEqual([
      expect.stringMatching(/^line 3: unknown e-mail "nobody\./),
      'line 4: completion_date "31/12/2025" is not a date (YYYY-MM-DD or MM/DD/YYYY)',
      'line 5: hours_viewed "two" is not a number of hours such as 1.5',
    ]);
    expect(await db.platformActivity.count({ where: { poolId: pool.id } })).toBe(0);
    expect(await db.trainingRecord.count({ where: { staffId: a.id } })).toBe(0);
  });

  it("records a completion in the ledger once, as external learning in the pool's category, and keeps the licence alive", async () => {
    const { a, b, opts, pool, category, licence, platform } = await setUp();
    const file = [
      HEADER,
      `Amina,${a.email.toUpperCase()},Excel essential training,1.5,2026-02-10`,
      `Amina,${a.email},"Leading remotely, a primer",0.5,`,
      `Bea,${b.email},Time management,2,03/01/2026`,
    ].join("\r\n");

    const preview = await importPlatformActivity(file, { ...opts, dryRun: true });
    expect(preview).toMatchObject({ rowsRead: 3, created: 3, unchanged: 0, aborted: false, applied: false });
    expect(await db.platformActivity.count({ where: { poolId: pool.id } })).toBe(0);

    const first = await importPlatformActivity(file, opts);
    expect(first).toMatchObject({ rowsRead: 3, created: 3, updated: 0, unchanged: 0, rejected: 0, applied: true });
    const records = await db.trainingRecord.findMany({ where: { staffId: { in: [a.id, b.id] } }, include: { course: true }, orderBy: { trainingDays: "asc" } });
    expect(records).toHaveLength(2);
    expect(records.map((r) => [r.trainingDays.toString(), r.categoryId, r.mode, r.status, r.endDate.toISOString().slice(0, 10)])).toEqual([
      ["0.188", category.id, "EXTERNAL", "COMPLETED", "2026-02-10"],
      ["0.25", category.id, "EXTERNAL", "COMPLETED", "2026-03-01"],
    ]);
    expect(records[0]!.sourceKey).toBe(`platform:${platform}|${a.email}|Excel essential training`);
    expect(records[0]!.course).toMatchObject({ title: "Excel essential training", mode: "EXTERNAL", status: "ARCHIVED" });
    const activity = await db.platformActivity.findUniqueOrThrow({ where: { sourceKey: `${platform}|${a.email}|Excel essential training` } });
    expect(activity.recordId).toBe(records[0]!.id);
    // The course in progress (no completion) is activity on the import day.
    expect((await db.licence.findUniqueOrThrow({ where: { id: licence.id } })).lastActiveOn?.toISOString().slice(0, 10)).toBe("2026-03-10");
    // The yearly figures the reports read count them (kept by the ledger's triggers).
    const figures = await db.reportYearFigures.findUniqueOrThrow({ where: { kind_year_categoryId: { kind: "CALENDAR", year: 2026, categoryId: category.id } } });
    expect({ participants: figures.participants, trainingDays: figures.trainingDays.toString() }).toEqual({ participants: 2, trainingDays: "0.438" });

    // The same file again changes nothing.
    const again = await importPlatformActivity(file, opts);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(reportLines(again).at(-1)).toBe("Summary: 3 rows read, 0 created, 0 updated, 3 unchanged, 0 rejected.");
    expect(await db.trainingRecord.count({ where: { staffId: { in: [a.id, b.id] } } })).toBe(2);

    // More hours reported later: the activity and the ledger row's training days are revised (with a revision).
    const more = file.replace("Excel essential training,1.5,", "Excel essential training,4,");
    expect(await importPlatformActivity(more, opts)).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect((await db.trainingRecord.findUniqueOrThrow({ where: { id: records[0]!.id } })).trainingDays.toString()).toBe("0.5");
    expect(await db.trainingRecordRevision.count({ where: { recordId: records[0]!.id } })).toBe(1);
  });

  it("runs through the web's preview and confirmation, and refuses an unknown pool", async () => {
    const { a, platform, pool } = await setUp();
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const base64 = Buffer.from(`${HEADER}\nAmina,${a.email},Mindfulness basics,1,2026-03-02\n`).toString("base64");
    const input = { kind: "platformActivity" as const, fileName: "lil.csv", base64, skipInvalid: false, markMissingAsLeft: false };
    const preview = await previewImport(admin, { ...input, pool: platform }, asOf);
    expect(preview).toMatchObject({ canConfirm: true, outcome: { created: 1 } });
    const done = await confirmImport(admin, { batchId: preview.batchId, sha256: preview.sha256 }, asOf);
    expect(done.outcome).toMatchObject({ created: 1, applied: true });
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: preview.batchId } })).toMatchObject({ kind: "PLATFORM_ACTIVITY", status: "APPLIED" });
    expect(await db.platformActivity.count({ where: { poolId: pool.id } })).toBe(1);

    const unknown = await previewImport(admin, { ...input, pool: "no-such-platform" }, asOf);
    expect(unknown.canConfirm).toBe(false);
    expect(unknown.outcome.errors).toEqual([{ line: 1, reason: expect.stringContaining('no licence pool named "no-such-platform"') }]);
  });
});
