import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createStaff, uniq, createCourse } from "~/tests/factories";
import { importRecords } from "~/server/imports/records";
import { rejectedRows, renderChange, reportLines } from "~/server/imports/common";

const db = testDb();
const asOf = new Date("2026-06-30T12:00:00Z");
const opts = (o: Partial<Parameters<typeof importRecords>[1]> = {}) => ({ skipInvalid: false, dryRun: false, actorId: null, fileName: "history.csv", asOf, ...o });
const HEADER = "employee_id,course_code,course_title,category,mode,start_date,end_date,training_days,status";

describe("importing training history", () => {
  it("imports a file once: the same file again changes nothing, a changed row updates its participation with a revision", async () => {
    const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
    const code = uniq("HIST-").toUpperCase();
    const file = [
      HEADER,
      `${a.employeeId},${code},Negotiation skills,COMM,classroom,2019-10-01,2019-10-02,2,attended`,
      `${b.employeeId},${code},Negotiation skills,COMM,classroom,2019-10-01,2019-10-02,2,no_show`,
      `${a.employeeId},BSAFE-${code},BSAFE,Health, Safety and Security,online,2020-01-15,2020-01-15,0.5,completed`,
    ].join("\n");
    // "Health, Safety and Security" unquoted would split the row: quote it as a spreadsheet does.
    const fixed = file.replace("Health, Safety and Security", '"Health, Safety and Security"');

    const first = await importRecords(fixed, opts());
    expect(first).toMatchObject({ rowsRead: 3, created: 3, updated: 0, unchanged: 0, rejected: 0, aborted: false, applied: true });
    expect(first.createdReference).toEqual([{ kind: "courses", names: [code, `BSAFE-${code}`] }]);
    expect(reportLines(first)).toContain(`Archived courses created: ${code}, BSAFE-${code}`);
    const course = await db.course.findUniqueOrThrow({ where: { code }, include: { category: true } });
    expect(course).toMatchObject({ status: "ARCHIVED", title: "Negotiation skills", mode: "CLASSROOM" });
    expect(course.category.code).toBe("COMM");
    const record = await db.trainingRecord.findUniqueOrThrow({ where: { sourceKey: `import:${a.employeeId}|${code}|2019-10-01` } });
    expect(record).toMatchObject({ source: "IMPORT", status: "ATTENDED", staffId: a.id });
    expect(record.trainingDays.toString()).toBe("2");

    const second = await importRecords(fixed, opts());
    expect(second).toMatchObject({ rowsRead: 3, created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(reportLines(second).at(-1)).toBe("Summary: 3 rows read, 0 created, 0 updated, 3 unchanged, 0 rejected.");

    const changed = fixed.replace(`${b.employeeId},${code},Negotiation skills,COMM,classroom,2019-10-01,2019-10-02,2,no_show`, `${b.employeeId},${code},Negotiation skills,COMM,classroom,2019-10-01,2019-10-02,1.5,attended`);
    const third = await importRecords(changed, opts({ fileName: "history-corrected.csv" }));
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(third.samples.find((s) => s.action === "updated")!.changes.map((c) => renderChange("en", c))).toEqual(["training_days 2 → 1.5", "status no_show → attended"]);
    const updated = await db.trainingRecord.findUniqueOrThrow({ where: { sourceKey: `import:${b.employeeId}|${code}|2019-10-01` }, include: { revisions: true } });
    expect(updated.status).toBe("ATTENDED");
    expect(updated.revisions).toHaveLength(1);
    expect(updated.revisions[0]).toMatchObject({ reason: "Import of history-corrected.csv, line 3", before: expect.objectContaining({ status: "NO_SHOW", trainingDays: "2" }) });
    expect(await db.trainingRecord.count({ where: { staffId: { in: [a.id, b.id] } } })).toBe(3);
  });

  it("names every rejected row by its line and reason, and changes nothing", async () => {
    const a = await createStaff(db);
    const known = await createCourse(db, { categoryCode: "IT" });
    const code = uniq("X-").toUpperCase();
    const file = [
      HEADER, // line 1
      `${a.employeeId},${known.code},,IT,online,2021-03-01,2021-03-01,0.25,completed`, // 2: valid (known course, no title needed)
      `NOBODY-1,${known.code},,IT,online,2021-03-01,2021-03-01,0.25,completed`, // 3: unknown employee
      `${a.employeeId},${known.code},,Astrology,online,2021-03-02,2021-03-02,0.25,completed`, // 4: unknown category
      `${a.employeeId},${known.code},,IT,online,2021-02-30,2021-03-03,0.25,completed`, // 5: bad date
      `${a.employeeId},${known.code},,IT,online,2021-03-05,2021-03-04,0.25,completed`, // 6: end before start
      `${a.employeeId},${known.code},,IT,online,2021-03-06,2021-03-06,-1,completed`, // 7: negative days
      `${a.employeeId},${known.code},,IT,online,2021-03-07,2021-03-07,0.25,passed`, // 8: unknown status
      `${a.employeeId},${known.code},,IT,podcast,2021-03-08,2021-03-08,0.25,completed`, // 9: unknown mode
      `${a.employeeId},${code},Data protection,IT,online,2021-04-01,2021-04-01,0.25,completed`, // 10: two categories…
      `${a.employeeId},${code},Data protection,LEAD,online,2021-05-01,2021-05-01,0.25,completed`, // 11: …for one course_code
      `${a.employeeId},${known.code},,IT,online,2021-03-01,2021-03-01,0.5,completed`, // 12: same participation as line 2
      `${a.employeeId},NEW-${code},,IT,online,2021-06-01,2021-06-01,0.25,completed`, // 13: new course without a title
      "", // blank lines are skipped
    ].join("\r\n");

    const outcome = await importRecords(file, opts());

    expect(outcome).toMatchObject({ rowsRead: 12, rejected: 11, aborted: true, applied: false, created: 0 });
    expect(rejectedRows("en", outcome.errors)).toEqual([
      { line: 3, reason: 'unknown employee_id "NOBODY-1"' },
      { line: 4, reason: 'unknown category "Astrology" (use a category code or its exact name)' },
      { line: 5, reason: 'start_date "2021-02-30" is not a date in the form YYYY-MM-DD' },
      { line: 6, reason: "end_date 2021-03-04 is before start_date 2021-03-05" },
      { line: 7, reason: "training_days: Training days cannot be negative (got -1)." },
      { line: 8, reason: 'unknown status "passed" (expected completed, attended, no_show, withdrawn or in_progress)' },
      { line: 9, reason: 'unknown mode "podcast" (expected online, classroom, virtual, blended or external)' },
      { line: 10, reason: `course_code ${code} appears with two different categories (IT on line 10, LEAD on line 11)` },
      { line: 11, reason: `course_code ${code} appears with two different categories (IT on line 10, LEAD on line 11)` },
      { line: 12, reason: "the same participation (employee_id, course_code, start_date) is already on line 2" },
      { line: 13, reason: `course_title is empty (needed to create course NEW-${code})` },
    ]);
    // Kept as message keys and values, so the web panel shows them in the viewer's language.
    expect(outcome.errors[0]).toEqual({ line: 3, field: "employee_id", key: "imports.rows.employeeUnknown", params: { value: "NOBODY-1" } });
    expect(reportLines(outcome)).toContain("line 3: unknown employee_id \"NOBODY-1\"");
    expect(reportLines(outcome).at(-1)).toBe("Summary: 12 rows read, 0 created, 0 updated, 0 unchanged, 11 rejected.");
    expect(await db.trainingRecord.count({ where: { staffId: a.id } })).toBe(0);
    expect(await db.course.count({ where: { code: { in: [code, `NEW-${code}`] } } })).toBe(0);

    const skipping = await importRecords(file, opts({ skipInvalid: true }));
    expect(skipping).toMatchObject({ rowsRead: 12, created: 1, rejected: 11, aborted: false, applied: true });
    expect(rejectedRows("en", skipping.errors)).toHaveLength(11);
    expect(await db.trainingRecord.count({ where: { staffId: a.id } })).toBe(1);
  });

  it("refuses a file with the wrong columns at line 1", async () => {
    const outcome = await importRecords("employee_id,course,start_date\n1,2,3\n", opts({ skipInvalid: true }));
    expect(outcome).toMatchObject({ aborted: true, rowsRead: 0 });
    expect(rejectedRows("en", outcome.errors)).toEqual([
      {
        line: 1,
        reason: "the header does not match; missing columns: course_code, course_title, category, mode, end_date, training_days, status; unexpected columns: course.",
      },
    ]);
  });

  it("reads a UTF-8 file with a byte-order mark, CRLF line ends, quoted commas and titles in Chinese script", async () => {
    const a = await createStaff(db, { fullName: "李娜" });
    const code = uniq("ZH-").toUpperCase();
    const text = `\uFEFF${HEADER}\r\n${a.employeeId},${code},"中文写作, 第二级",Languages,virtual,2020-04-06,2020-06-29,6,completed\r\n`;
    const outcome = await importRecords(new TextEncoder().encode(text), opts());
    expect(outcome).toMatchObject({ rowsRead: 1, created: 1, rejected: 0 });
    const course = await db.course.findUniqueOrThrow({ where: { code }, include: { category: true } });
    expect(course.title).toBe("中文写作, 第二级");
    expect(course.category.code).toBe("LANG");
    const record = await db.trainingRecord.findFirstOrThrow({ where: { staffId: a.id } });
    expect(record.trainingDays.toString()).toBe("6");
    expect(record.mode).toBe("VIRTUAL");
  });

  it("a dry run (the web preview) counts what would change and writes nothing", async () => {
    const a = await createStaff(db);
    const code = uniq("DRY-").toUpperCase();
    const outcome = await importRecords(`${HEADER}\n${a.employeeId},${code},Dry run,IT,online,2022-01-10,2022-01-10,0.125,completed\n`, opts({ dryRun: true }));
    expect(outcome).toMatchObject({ created: 1, applied: false, aborted: false });
    expect(outcome.samples).toEqual([{ line: 2, action: "created", key: `${a.employeeId}|${code}|2022-01-10`, changes: [] }]);
    expect(await db.trainingRecord.count({ where: { staffId: a.id } })).toBe(0);
  });
});
