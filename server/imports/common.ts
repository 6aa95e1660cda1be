import "server-only";
import { createHash } from "node:crypto";
import { CsvFormatError, parseCsv, type CsvRow } from "~/lib/csv";
import { db, type Tx } from "~/server/db";
import { AppError, renderError, type ErrorKey } from "~/server/errors";

// Shared by the staff, records and platform-activity imports: the outcome, its report lines, file handling and set-based SQL helpers.

/** One value of a row error: text from the file, or a list of parts each rendered from the catalogue ("IT on line 10"). */
export type RowParam = string | { key: ErrorKey; params: Record<string, string> }[];

/** Why a row (or the file, at its line) was refused: a message key and values, rendered in the reader's language. */
export type RowError = { line: number; field?: string; key: ErrorKey; params?: Record<string, RowParam> };

/** A stored row error from before message keys: its English text. */
type LegacyRowError = { line: number; reason: string };

/** A sample of what an import changes, for the web preview (the counts are always complete). */
/** Reference data an import creates when a row names it (the CLI and the web panel word it). */
export type ReferenceKind = "courses" | "departments" | "sectors" | "dutyStations";

/** One change to an existing row: a column's old and new value ("grade P3 → P4"), or a person back from having left. */
export type Change = { field: string; from?: string | null; to: string | null } | { returned: true };

export type ChangeSample = { line: number; action: "created" | "updated"; key: string; changes: Change[] };

export type ImportOutcome = {
  kind: "staff" | "records" | "platformActivity";
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** every reason a row was rejected for, in line order (a row may have several) */
  errors: RowError[];
  /** true when the database was changed (or, for a preview, would be) */
  applied: boolean;
  /** all-or-nothing refused the file: nothing changed */
  aborted: boolean;
  /** reference data created on the way: archived courses, departments, sectors, duty stations */
  createdReference: { kind: ReferenceKind; names: string[] }[];
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
  /**
   * Runs in the import's own transaction once the rows are applied (the web confirmation marks its batch applied and
   * audits it there): a crash leaves the rows and their batch's state together, both changed or neither.
   */
  inTransaction?: (tx: Tx, outcome: ImportOutcome) => Promise<void>;
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
    outcome.errors = [{ line: e.line, key: `imports.csv.${e.problem.key}`, ...(e.problem.params ? { params: e.problem.params } : {}) }];
    return { outcome };
  }
}

/** A row error in `locale`; rows stored before message keys keep their English text. */
export function renderRowError(locale: string | null | undefined, e: RowError | LegacyRowError): string {
  if ("reason" in e) return e.reason;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(e.params ?? {})) {
    params[name] = typeof value === "string" ? value : value.map((part) => renderError(locale, part.key, part.params)).join(", ");
  }
  return renderError(locale, e.key, params);
}

/** "grade P3 → P4", "sector → (none)", "back from having left", in `locale`. */
export function renderChange(locale: string | null | undefined, c: Change): string {
  if ("returned" in c) return renderError(locale, "imports.changes.returned");
  const none = renderError(locale, "imports.changes.none");
  if (c.from === undefined) return renderError(locale, "imports.changes.to", { field: c.field, to: c.to ?? none });
  return renderError(locale, "imports.changes.value", { field: c.field, from: c.from ?? none, to: c.to ?? none });
}

/** Every rejected row once, in line order, with its reasons joined: what the CLI prints and the web panel lists. */
export function rejectedRows(locale: string | null | undefined, errors: readonly (RowError | LegacyRowError)[]): { line: number; reason: string }[] {
  const byLine = new Map<number, string[]>();
  for (const e of errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), renderRowError(locale, e)]);
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, reasons]) => ({ line, reason: reasons.join("; ") }));
}

/**
 * "line 7: unknown employee_id "123"" for each rejected row, then the summary line (English: the CLI's output).
 * A refused file reports only its errors and that nothing was changed — no reference data "created", no counts of
 * rows that were not imported. A dry run says what the file WOULD create, and that nothing was changed.
 */
export function reportLines(o: ImportOutcome, opts: { dryRun?: boolean } = {}): string[] {
  const dryRun = opts.dryRun ?? false;
  const lines = rejectedRows("en", o.errors).map((e) => `line ${e.line}: ${e.reason}`);
  if (o.aborted) {
    lines.push(renderError("en", o.rowsRead ? "imports.report.abortedSkip" : "imports.report.aborted"));
    lines.push(summaryLine({ ...o, created: 0, updated: 0, unchanged: 0, markedLeft: 0 }, { dryRun }));
    return lines;
  }
  for (const r of o.createdReference) {
    if (r.names.length) lines.push(renderError("en", dryRun ? "imports.report.referenceToCreate" : "imports.report.referenceCreated", { kind: r.kind, names: r.names.join(", ") }));
  }
  lines.push(summaryLine(o, { dryRun }));
  return lines;
}

export function summaryLine(o: ImportOutcome, opts: { dryRun?: boolean } = {}): string {
  // Counts as plain digits (no grouping), as the CLI has always printed them.
  const counts = { rowsRead: o.rowsRead, created: o.created, updated: o.updated, unchanged: o.unchanged, rejected: o.rejected, markedLeft: o.markedLeft };
  const key = opts.dryRun ? "imports.report.summaryDryRun" : "imports.report.summary";
  return renderError("en", key, Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)])));
}

export function sha256(content: Uint8Array | string): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Runs `sql` once per chunk of rows, passing the chunk as one jsonb parameter ($1): a few statements for 100,000 rows. */
export async function forChunks<T>(q: Tx, rows: readonly T[], sql: string, size = 5000): Promise<number> {
  let affected = 0;
  for (let i = 0; i < rows.length; i += size) {
    affected += await q.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + size)));
  }
  return affected;
}

/** One import at a time: two concurrent runs of the same file would both count rows as "created". */
export async function lockImports(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('pathway:import'))`;
}

export const IMPORT_TX = { maxWait: 60_000, timeout: 15 * 60_000 } as const;

/** The web confirmation found a different outcome than the preview: the data changed meanwhile. */
export function assertAsPreviewed(o: ImportOutcome, expect: ImportOptions["expect"]): void {
  if (!expect) return;
  const same = o.created === expect.created && o.updated === expect.updated && o.unchanged === expect.unchanged && o.rejected === expect.rejected && o.markedLeft === expect.markedLeft;
  if (!same) {
    throw new AppError("PREVIEW_STALE", "imports.previewStale");
  }
}

/** Raised inside the transaction to roll back an all-or-nothing import that found invalid rows. */
export class AbortImport extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("import aborted");
  }
}

/**
 * The one way an import runs: a dry run plans against the database and changes nothing; otherwise, under the import
 * lock and in one transaction, it plans again, refuses the file (changing nothing) when `finish` says so or when the
 * outcome differs from the preview the person confirmed, applies the plan, and lets the caller record the batch.
 */
export async function runImport<P extends { outcome: ImportOutcome }>(
  opts: ImportOptions,
  plan: (q: Tx) => Promise<P>,
  apply: (tx: Tx, p: P) => Promise<void>,
): Promise<ImportOutcome> {
  if (opts.dryRun) return finish((await plan(db)).outcome, opts, false);
  try {
    return await db.$transaction(async (tx) => {
      await lockImports(tx);
      const p = await plan(tx);
      const outcome = finish(p.outcome, opts, true);
      if (outcome.aborted) throw new AbortImport(outcome);
      assertAsPreviewed(outcome, opts.expect);
      await apply(tx, p);
      await opts.inTransaction?.(tx, outcome);
      return outcome;
    }, IMPORT_TX);
  } catch (e) {
    if (e instanceof AbortImport) return e.outcome;
    throw e;
  }
}

/** Collects reasons by line; a row with several reasons is reported once ("line N: a; b"). */
export class RowErrors {
  private byLine = new Map<number, RowError[]>();
  add(line: number, reason: Omit<RowError, "line">) {
    const list = this.byLine.get(line);
    if (list) list.push({ line, ...reason });
    else this.byLine.set(line, [{ line, ...reason }]);
  }
  has(line: number) {
    return this.byLine.has(line);
  }
  /** the number of rejected rows */
  get size() {
    return this.byLine.size;
  }
  list(): RowError[] {
    return [...this.byLine.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, reasons]) => reasons);
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
