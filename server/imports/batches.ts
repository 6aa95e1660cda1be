import "server-only";
import { audit } from "~/server/audit";
import { db, type Tx } from "~/server/db";
import { AppError, renderError, type Problem } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import type { Prisma } from "~/server/generated/prisma/client";
import type { ConfirmImportInput, PreviewImportInput } from "~/lib/schemas/imports";
import { rejectedRows, renderChange, sha256, type ImportOutcome } from "~/server/imports/common";
import { BATCH_KIND, batchOptions, kindName, runImport, storedOutcome, type ImportKindName } from "~/server/imports/run";

/** A preview older than this must be made again: the database it was computed on has moved on. */
export const PREVIEW_TTL_MS = 60 * 60 * 1000;

type StoredOutcome = ReturnType<typeof storedOutcome>;

/** A stored outcome for the browser: every rejected row once, reasons and changes in the viewer's language. */
function presentOutcome(outcome: StoredOutcome, locale: string) {
  return {
    ...outcome,
    errors: rejectedRows(locale, outcome.errors),
    samples: outcome.samples.map((x) => ({ ...x, changes: x.changes.map((c) => renderChange(locale, c)) })),
  };
}

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
  if (bytes.length === 0) throw new AppError("INVALID", "imports.fileEmpty", {}, { field: "file" });
  return bytes;
}

/**
 * Step 1 of a web import: validates the uploaded file against the database and keeps it, unchanged, with what
 * it would do. Nothing else changes. The answer names the file by its SHA-256 for the confirmation.
 */
export async function previewImport(actor: Actor, input: PreviewImportInput, asOf: Date = new Date()) {
  const content = decodeBase64(input.base64);
  const options = { kind: input.kind, skipInvalid: input.skipInvalid, markMissingAsLeft: input.markMissingAsLeft, pool: input.pool };
  const outcome = await runImport(content, { ...options, fileName: input.fileName, dryRun: true, actorId: actor.id, asOf });
  const hash = sha256(content);
  const stored = storedOutcome(outcome);
  const batch = await db.importBatch.create({
    data: {
      kind: BATCH_KIND[input.kind],
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
  return { batchId: batch.id, sha256: hash, outcome: presentOutcome(stored, actor.locale), canConfirm: !outcome.aborted && outcome.created + outcome.updated + outcome.markedLeft > 0 };
}

/**
 * Step 2: applies exactly the previewed file (its stored bytes, checked against the hash the person saw) in one
 * transaction, and only if it still does what the preview said — otherwise nothing changes and the person is
 * asked to preview again.
 */
export async function confirmImport(actor: Actor, input: ConfirmImportInput, asOf: Date = new Date()) {
  const batch = await db.importBatch.findUnique({ where: { id: input.batchId } });
  if (!batch || batch.createdById !== actor.id) throw new AppError("NOT_FOUND", "imports.previewNotFound");
  if (batch.status !== "PREVIEWED") throw new AppError("ALREADY_DONE", "imports.alreadyDone");
  if (asOf.getTime() - batch.createdAt.getTime() > PREVIEW_TTL_MS) throw new AppError("PREVIEW_EXPIRED", "imports.previewExpired");
  const content = new Uint8Array(batch.content);
  if (batch.sha256 !== input.sha256 || sha256(content) !== input.sha256) {
    throw new AppError("FILE_CHANGED", "imports.fileChanged");
  }
  const preview = batch.preview as unknown as StoredOutcome;
  if (preview.aborted) throw new AppError("INVALID", "imports.invalidRows");
  const options = batch.options as { skipInvalid: boolean; markMissingAsLeft: boolean; pool?: string };
  const kind: ImportKindName = kindName(batch.kind);
  let outcome: ImportOutcome;
  try {
    outcome = await runImport(content, {
      kind,
      fileName: batch.fileName,
      skipInvalid: options.skipInvalid,
      markMissingAsLeft: options.markMissingAsLeft,
      pool: options.pool,
      dryRun: false,
      actorId: actor.id,
      asOf,
      expect: preview,
      // The batch is marked applied, and audited, in the rows' own transaction: after a crash the rows and the batch
      // agree (all applied, or nothing and the batch still waiting for its confirmation).
      inTransaction: (tx, applied) => markBatchDone(tx, actor, batch, kind, applied, asOf),
    });
  } catch (e) {
    if (e instanceof AppError) {
      const refused: Problem = { code: e.code, key: e.key, params: e.params };
      // only while it still waits: a second click's refusal never overwrites the first click's applied batch
      await db.importBatch.updateMany({ where: { id: batch.id, status: "PREVIEWED" }, data: { status: "REJECTED", result: { refused } as unknown as Prisma.InputJsonValue } });
    }
    throw e;
  }
  // A file refused as a whole applies nothing (no transaction committed): its batch is kept as rejected.
  if (outcome.aborted) await db.$transaction((tx) => markBatchDone(tx, actor, batch, kind, outcome, asOf));
  const stored = storedOutcome(outcome);
  return { batchId: batch.id, outcome: presentOutcome(stored, actor.locale) };
}

/** The latest imports (web and CLI), without their files; why a confirmation was refused, in `locale`. */
export async function listImportBatches(locale: string) {
  const rows = await db.importBatch.findMany({
    where: { status: { in: ["APPLIED", "REJECTED"] } },
    orderBy: { createdAt: "desc" },
    take: 30,
    select: { id: true, kind: true, fileName: true, status: true, options: true, result: true, createdAt: true, appliedAt: true, createdBy: { select: { fullName: true } } },
  });
  return rows.map((r) => {
    // Batches refused before message keys stored the English sentence.
    const result = r.result as (Partial<ImportOutcome> & { refused?: Problem | string }) | null;
    const refused = result?.refused;
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
      refused: refused === undefined ? null : typeof refused === "string" ? refused : renderError(locale, refused.key, refused.params),
    };
  });
}

/** A confirmed batch's end: applied (or rejected as a whole), its outcome kept, and the confirmation audited. */
async function markBatchDone(
  tx: Tx,
  actor: Actor,
  batch: { id: string; status: string; fileName: string; sha256: string },
  kind: ImportKindName,
  outcome: ImportOutcome,
  asOf: Date,
) {
  const status = outcome.aborted ? "REJECTED" : "APPLIED";
  // A confirmation that another (a double click, a retry) has already applied rolls its own transaction back.
  const { count } = await tx.importBatch.updateMany({
    where: { id: batch.id, status: "PREVIEWED" },
    data: { status, result: storedOutcome(outcome) as unknown as Prisma.InputJsonValue, appliedAt: asOf },
  });
  if (count === 0) throw new AppError("ALREADY_DONE", "imports.alreadyDone");
  await audit(tx, actor, `import.${kind}`, "ImportBatch", batch.id, {
    data: {
      via: "web", fileName: batch.fileName, sha256: batch.sha256, rowsRead: outcome.rowsRead,
      created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, rejected: outcome.rejected, markedLeft: outcome.markedLeft,
    },
    before: { status: batch.status },
    after: { status },
  });
}
