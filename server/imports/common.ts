import { createHash } from "node:crypto";
import { CsvFormatError, parseCsv, type CsvRow } from "~/lib/csv";
import type { Prisma, PrismaClient } from "~/server/generated/prisma/client";
import { AppError } from "~/server/errors";

/** Shared by the staff and records imports: the outcome, its report lines, file handling and set-based SQL helpers. */

export type Queryable = PrismaClient | Prisma.TransactionClient;

export type RowError = { line: number; reason: string };

/** A sample of what an import changes, for the web preview (the counts are always complete). */
export type ChangeSample = { line: number; action: "created" | "updated"; key: string; changes: string[] };

export type ImportOutcome = {
  kind: "staff" | "records";
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** every rejected row, in line order */
  errors: RowError[];
  /** true when the database was changed (or, for a preview, would be) */
  applied: boolean;
  /** all-or-nothing refused the file: nothing changed */
  aborted: boolean;
  /** reference data created on the way: archived courses, departments, sectors, duty stations */
  createdReference: { kind: string; names: string[] }[];
  /** staff marked as left by --mark-missing-as-left */
  markedLeft: number;
  samples: ChangeSample[];
};

export const SAMPLE_LIMIT = 200;

export type ImportOptions = {
  skipInvalid: boolean;
  /** plan only: validate and count against the database, change nothing (the web preview) */
  dryRun: boolean;
  actorId: string | null;
  fileName: string;
  asOf: Date;
  /** refuse to apply when the plan's counts differ from these (the web confirmation of a preview) */
  expect?: Pick<ImportOutcome, "created" | "updated" | "unchanged" | "rejected" | "markedLeft">;
};

export function emptyOutcome(kind: ImportOutcome["kind"]): ImportOutcome {
  return { kind, rowsRead: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, errors: [], applied: false, aborted: false, createdReference: [], markedLeft: 0, samples: [] };
}

/** Parses the file; a malformed file or a wrong header refuses everything with its line. */
export function readCsv(kind: ImportOutcome["kind"], content: string | Uint8Array, columns: readonly string[]): { rows: CsvRow[] } | { outcome: ImportOutcome } {
  try {
    return parseCsv(content, { columns });
  } catch (e) {
    if (!(e instanceof CsvFormatError)) throw e;
    const outcome = emptyOutcome(kind);
    outcome.aborted = true;
    outcome.errors = [{ line: e.line, reason: e.message.replace(/^line \d+: /, "") }];
    return { outcome };
  }
}

/** "line 7: unknown employee_id "123"" for each rejected row, then the summary line. */
export function reportLines(o: ImportOutcome): string[] {
  const lines = o.errors.map((e) => `line ${e.line}: ${e.reason}`);
  for (const r of o.createdReference) if (r.names.length) lines.push(`${r.kind} created: ${r.names.join(", ")}`);
  if (o.aborted) lines.push(o.rowsRead ? "Import aborted: nothing was changed (use --skip-invalid to import the valid rows)." : "Import aborted: nothing was changed.");
  lines.push(summaryLine(o));
  return lines;
}

export function summaryLine(o: ImportOutcome): string {
  const parts = [`${o.rowsRead} rows read`, `${o.created} created`, `${o.updated} updated`, `${o.unchanged} unchanged`, `${o.rejected} rejected`];
  if (o.markedLeft) parts.push(`${o.markedLeft} marked as left`);
  return `Summary: ${parts.join(", ")}.`;
}

export function sha256(content: Uint8Array | string): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Runs `sql` once per chunk of rows, passing the chunk as one jsonb parameter ($1): a few statements for 100,000 rows. */
export async function forChunks<T>(q: Queryable, rows: readonly T[], sql: string, size = 5000): Promise<number> {
  let affected = 0;
  for (let i = 0; i < rows.length; i += size) {
    affected += await q.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + size)));
  }
  return affected;
}

/** One import at a time: two concurrent runs of the same file would both count rows as "created". */
export async function lockImports(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('pathway:import'))`;
}

export const IMPORT_TX = { maxWait: 60_000, timeout: 15 * 60_000 } as const;

/** The web confirmation found a different outcome than the preview: the data changed meanwhile. */
export function assertAsPreviewed(o: ImportOutcome, expect: ImportOptions["expect"]): void {
  if (!expect) return;
  const same = o.created === expect.created && o.updated === expect.updated && o.unchanged === expect.unchanged && o.rejected === expect.rejected && o.markedLeft === expect.markedLeft;
  if (!same) {
    throw new AppError("PREVIEW_STALE", "The data changed since the preview, so this import would now do something else. Nothing was imported: preview the file again.");
  }
}

/** Raised inside the transaction to roll back an all-or-nothing import that found invalid rows. */
export class AbortImport extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("import aborted");
  }
}

/** Groups reasons by line: one "line N: a; b" per row. */
export class RowErrors {
  private byLine = new Map<number, string[]>();
  add(line: number, reason: string) {
    const list = this.byLine.get(line);
    if (list) list.push(reason);
    else this.byLine.set(line, [reason]);
  }
  has(line: number) {
    return this.byLine.has(line);
  }
  get size() {
    return this.byLine.size;
  }
  list(): RowError[] {
    return [...this.byLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, reasons]) => ({ line, reason: reasons.join("; ") }));
  }
}

/**
 * All-or-nothing: any invalid row refuses the file, unless skipInvalid (a malformed file is refused either way).
 * A refused run reports nothing created, updated or unchanged — nothing was; a dry run keeps what the valid rows would do.
 */
export function finish(outcome: ImportOutcome, opts: Pick<ImportOptions, "skipInvalid" | "dryRun">, applying: boolean): ImportOutcome {
  const refused = outcome.errors.length > 0 && (!opts.skipInvalid || outcome.rowsRead === 0);
  if (refused) {
    return opts.dryRun
      ? { ...outcome, aborted: true, applied: false }
      : { ...outcome, aborted: true, applied: false, created: 0, updated: 0, unchanged: 0, markedLeft: 0, createdReference: [], samples: [] };
  }
  return { ...outcome, aborted: false, applied: applying && !opts.dryRun };
}
