import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff } from "~/tests/factories";
import { AppError } from "~/server/errors";
import { importRecords } from "~/server/imports/records";
import { confirmImport, previewImport } from "./batches";

const db = testDb();
const T0 = new Date("2026-05-04T09:00:00Z");
const HEADER = "employee_id,course_code,course_title,category,mode,start_date,end_date,training_days,status";

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e, "expected the call to be refused").toBeInstanceOf(AppError);
  return e as AppError;
}

/** A two-row history file for two new people, on a course code of its own. */
async function historyFile() {
  const [a, b] = await Promise.all([createStaff(db), createStaff(db)]);
  const code = `WEB-${a.employeeId}`.toUpperCase();
  const csv = [HEADER, `${a.employeeId},${code},Webinar skills,COMM,virtual,2019-10-01,2019-10-01,0.5,attended`, `${b.employeeId},${code},Webinar skills,COMM,virtual,2019-10-01,2019-10-01,0.5,attended`].join("\r\n");
  return { csv, code, base64: Buffer.from(csv, "utf8").toString("base64") };
}

const recordsOf = (code: string) => db.trainingRecord.count({ where: { course: { code } } });

describe("web imports: preview, then confirm exactly that file", () => {
  it("a preview changes nothing; the confirmation applies it once; a second confirmation is refused", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const file = await historyFile();
    const preview = await previewImport(admin, { kind: "records", fileName: "history.csv", base64: file.base64, skipInvalid: false, markMissingAsLeft: false }, T0);
    expect(preview.outcome).toMatchObject({ created: 2, updated: 0, rejected: 0 });
    expect(preview.canConfirm).toBe(true);
    expect(await recordsOf(file.code)).toBe(0);

    const done = await confirmImport(admin, { batchId: preview.batchId, sha256: preview.sha256 }, new Date(T0.getTime() + 60_000));
    expect(done.outcome).toMatchObject({ created: 2 });
    expect(await recordsOf(file.code)).toBe(2);
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: preview.batchId } })).status).toBe("APPLIED");

    const again = await refusal(confirmImport(admin, { batchId: preview.batchId, sha256: preview.sha256 }, new Date(T0.getTime() + 120_000)));
    expect(again.code).toBe("ALREADY_DONE");
    expect(await recordsOf(file.code)).toBe(2);
  });

  it("a double click confirms once: the batch stays applied, the rows are there once, one audit entry", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const file = await historyFile();
    const preview = await previewImport(admin, { kind: "records", fileName: "history.csv", base64: file.base64, skipInvalid: false, markMissingAsLeft: false }, T0);
    const soon = new Date(T0.getTime() + 60_000);
    const clicks = await Promise.allSettled([1, 2].map(() => confirmImport(admin, { batchId: preview.batchId, sha256: preview.sha256 }, soon)));
    expect(clicks.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    const refused = clicks.find((c) => c.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect(await recordsOf(file.code)).toBe(2);
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: preview.batchId } })).status).toBe("APPLIED");
    expect(await db.auditEntry.count({ where: { entity: "ImportBatch", entityId: preview.batchId } })).toBe(1);
  });

  it("refuses another file's hash, another admin's preview, an hour-old preview, and a preview the data has outrun", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const other = await createActorWithRole(db, "LD_ADMIN");
    const file = await historyFile();
    const input = { kind: "records" as const, fileName: "history.csv", base64: file.base64, skipInvalid: false, markMissingAsLeft: false };
    const preview = await previewImport(admin, input, T0);
    const soon = new Date(T0.getTime() + 60_000);

    expect((await refusal(confirmImport(admin, { batchId: preview.batchId, sha256: "0".repeat(64) }, soon))).code).toBe("FILE_CHANGED");
    expect((await refusal(confirmImport(other, { batchId: preview.batchId, sha256: preview.sha256 }, soon))).code).toBe("NOT_FOUND");
    expect((await refusal(confirmImport(admin, { batchId: preview.batchId, sha256: preview.sha256 }, new Date(T0.getTime() + 61 * 60_000)))).code).toBe("PREVIEW_EXPIRED");

    // The same rows arrive another way (the CLI) after the preview: confirming would now change nothing it said.
    await importRecords(file.csv, { skipInvalid: false, dryRun: false, actorId: null, fileName: "cli.csv", asOf: soon });
    expect((await refusal(confirmImport(admin, { batchId: preview.batchId, sha256: preview.sha256 }, soon))).code).toBe("PREVIEW_STALE");
    expect(await recordsOf(file.code)).toBe(2);
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: preview.batchId } })).status).toBe("REJECTED");
  });
});
