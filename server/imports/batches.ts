import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import type { ConfirmImportInput, PreviewImportInput } from "~/lib/schemas/imports";
import { sha256, type ImportOutcome } from "~/server/imports/common";
import { batchOptions, runImport, storedOutcome, type ImportKindName } from "~/server/imports/run";

/** A preview older than this must be made again: the database it was computed on has moved on. */
export const PREVIEW_TTL_MS = 60 * 60 * 1000;

type StoredOutcome = ReturnType<typeof storedOutcome>;

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
  if (bytes.length === 0) throw new AppError("INVALID", "The file is empty.", { field: "file" });
  return bytes;
}

/**
 * Step 1 of a web import: validates the uploaded file against the database and keeps it, unchanged, with what
 * it would do. Nothing else changes. The answer names the file by its SHA-256 for the confirmation.
 */
export async function previewImport(actor: Actor, input: PreviewImportInput, asOf: Date = new Date()) {
  const content = decodeBase64(input.base64);
  const options = { kind: input.kind, skipInvalid: input.skipInvalid, markMissingAsLeft: input.markMissingAsLeft };
  const outcome = await runImport(db, content, { ...options, fileName: input.fileName, dryRun: true, actorId: actor.id, asOf });
  const hash = sha256(content);
  const stored = storedOutcome(outcome);
  const batch = await db.importBatch.create({
    data: {
      kind: input.kind === "staff" ? "STAFF" : "RECORDS",
      fileName: input.fileName,
      sha256: hash,
      content,
      options: { ...batchOptions(options), via: "web" },
      status: "PREVIEWED",
      preview: stored as unknown as Prisma.InputJsonValue,
      createdById: actor.id,
      createdAt: asOf,
    },
    select: { id: true },
  });
  return { batchId: batch.id, sha256: hash, outcome: stored, canConfirm: !outcome.aborted && outcome.created + outcome.updated + outcome.markedLeft > 0 };
}

/**
 * Step 2: applies exactly the previewed file (its stored bytes, checked against the hash the person saw) in one
 * transaction, and only if it still does what the preview said — otherwise nothing changes and the person is
 * asked to preview again.
 */
export async function confirmImport(actor: Actor, input: ConfirmImportInput, asOf: Date = new Date()) {
  const batch = await db.importBatch.findUnique({ where: { id: input.batchId } });
  if (!batch || batch.createdById !== actor.id) throw new AppError("NOT_FOUND", "This import preview does not exist.");
  if (batch.status !== "PREVIEWED") throw new AppError("ALREADY_DONE", "This preview has already been confirmed or refused; upload the file again.");
  if (asOf.getTime() - batch.createdAt.getTime() > PREVIEW_TTL_MS) throw new AppError("PREVIEW_EXPIRED", "This preview is more than an hour old; upload the file again.");
  const content = new Uint8Array(batch.content);
  if (batch.sha256 !== input.sha256 || sha256(content) !== input.sha256) {
    throw new AppError("FILE_CHANGED", "The file to import is not the one previewed; upload it again.");
  }
  const preview = batch.preview as unknown as StoredOutcome;
  if (preview.aborted) throw new AppError("INVALID", "This file has invalid rows: correct them, or preview again with “import the valid rows”.");
  const options = batch.options as { skipInvalid: boolean; markMissingAsLeft: boolean };
  const kind: ImportKindName = batch.kind === "STAFF" ? "staff" : "records";
  let outcome: ImportOutcome;
  try {
    outcome = await runImport(db, content, {
      kind,
      fileName: batch.fileName,
      skipInvalid: options.skipInvalid,
      markMissingAsLeft: options.markMissingAsLeft,
      dryRun: false,
      actorId: actor.id,
      asOf,
      expect: preview,
    });
  } catch (e) {
    if (e instanceof AppError) {
      await db.importBatch.update({ where: { id: batch.id }, data: { status: "REJECTED", result: { refused: e.userMessage } } });
    }
    throw e;
  }
  const stored = storedOutcome(outcome);
  await db.$transaction([
    db.importBatch.update({
      where: { id: batch.id },
      data: { status: outcome.aborted ? "REJECTED" : "APPLIED", result: stored as unknown as Prisma.InputJsonValue, appliedAt: asOf },
    }),
    db.auditEntry.create({
      data: {
        actorId: actor.id,
        action: `import.${kind}`,
        entity: "ImportBatch",
        entityId: batch.id,
        data: { via: "web", fileName: batch.fileName, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, rejected: outcome.rejected },
      },
    }),
  ]);
  return { batchId: batch.id, outcome: stored };
}

/** The latest imports (web and CLI), without their files. */
export async function listImportBatches() {
  const rows = await db.importBatch.findMany({
    where: { status: { in: ["APPLIED", "REJECTED"] } },
    orderBy: { createdAt: "desc" },
    take: 30,
    select: { id: true, kind: true, fileName: true, status: true, options: true, result: true, createdAt: true, appliedAt: true, createdBy: { select: { fullName: true } } },
  });
  return rows.map((r) => {
    const result = r.result as Partial<ImportOutcome> & { refused?: string } | null;
    return {
      id: r.id,
      kind: r.kind,
      fileName: r.fileName,
      status: r.status,
      via: (r.options as { via?: string }).via ?? "web",
      by: r.createdBy?.fullName ?? null,
      at: r.appliedAt ?? r.createdAt,
      rowsRead: result?.rowsRead ?? 0,
      created: result?.created ?? 0,
      updated: result?.updated ?? 0,
      unchanged: result?.unchanged ?? 0,
      rejected: result?.rejected ?? 0,
      refused: result?.refused ?? null,
    };
  });
}
