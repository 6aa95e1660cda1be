// The one entry point of both imports, for the CLI and the web: run, then keep the run (the exact file, its
// options and outcome) as an ImportBatch with an audit entry.
import "server-only";
import { audit } from "~/server/audit";
import { db } from "~/server/db";
import type { Prisma } from "~/server/generated/prisma/client";
import { sha256, type ImportOptions, type ImportOutcome } from "~/server/imports/common";
import { importRecords } from "~/server/imports/records";
import { importStaff } from "~/server/imports/staff";
import { importPlatformActivity } from "~/server/imports/platform-activity";
import type { ImportKind } from "~/server/generated/prisma/enums";

export type ImportKindName = "staff" | "records" | "platformActivity";

/** The batch's stored kind for each import, and back. */
export const BATCH_KIND: Record<ImportKindName, ImportKind> = { staff: "STAFF", records: "RECORDS", platformActivity: "PLATFORM_ACTIVITY" };
export const kindName = (kind: ImportKind): ImportKindName => (kind === "STAFF" ? "staff" : kind === "RECORDS" ? "records" : "platformActivity");

export type RunOptions = {
  kind: ImportKindName;
  fileName: string;
  skipInvalid: boolean;
  /** staff only */
  markMissingAsLeft: boolean;
  /** platformActivity only: the licence pool (its id or platform code) */
  pool?: string;
  dryRun: boolean;
  actorId: string | null;
  asOf: Date;
  expect?: Pick<ImportOutcome, "created" | "updated" | "unchanged" | "rejected" | "markedLeft">;
  inTransaction?: ImportOptions["inTransaction"];
};

/** At most this many rejected lines are kept with a batch and sent to the browser (the count is always complete). */
export const KEPT_ERRORS = 1000;

export async function runImport(content: Uint8Array, o: RunOptions): Promise<ImportOutcome> {
  const common = { skipInvalid: o.skipInvalid, dryRun: o.dryRun, actorId: o.actorId, fileName: o.fileName, asOf: o.asOf, expect: o.expect, inTransaction: o.inTransaction };
  if (o.kind === "platformActivity") return importPlatformActivity(content, { ...common, pool: o.pool ?? "" });
  return o.kind === "staff" ? importStaff(content, { ...common, markMissingAsLeft: o.markMissingAsLeft }) : importRecords(content, common);
}

/** The outcome as stored and sent to the browser: complete counts, the first KEPT_ERRORS rejected lines. */
export function storedOutcome(outcome: ImportOutcome): ImportOutcome & { errorsTruncated: boolean } {
  return { ...outcome, errors: outcome.errors.slice(0, KEPT_ERRORS), errorsTruncated: outcome.errors.length > KEPT_ERRORS };
}

export function batchOptions(o: Pick<RunOptions, "skipInvalid" | "markMissingAsLeft" | "kind" | "pool">) {
  return { skipInvalid: o.skipInvalid, markMissingAsLeft: o.kind === "staff" && o.markMissingAsLeft, ...(o.kind === "platformActivity" ? { pool: o.pool ?? "" } : {}) };
}

/** Keeps a finished run (CLI or web without a preview) as a batch, with an audit entry naming who ran it. */
export async function recordImportRun(content: Uint8Array<ArrayBuffer>, o: RunOptions, outcome: ImportOutcome, via: "cli" | "web") {
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({
      data: {
        kind: BATCH_KIND[o.kind],
        fileName: o.fileName,
        sha256: sha256(content),
        content,
        options: { ...batchOptions(o), via },
        status: outcome.aborted ? "REJECTED" : "APPLIED",
        result: storedOutcome(outcome) as unknown as Prisma.InputJsonValue,
        createdById: o.actorId,
        appliedAt: outcome.aborted ? null : o.asOf,
      },
      select: { id: true },
    });
    await audit(tx, o.actorId ? { id: o.actorId } : null, `import.${o.kind}`, "ImportBatch", batch.id, {
      data: { via, fileName: o.fileName, sha256: sha256(content), markedLeft: outcome.markedLeft, rowsRead: outcome.rowsRead, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, rejected: outcome.rejected, aborted: outcome.aborted },
    });
    return batch;
  });
}
