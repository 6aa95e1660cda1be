/**
 * CSV for imports and exports (RFC 4180). A small hand-written parser rather than
 * csv-parse: an import error has to name the physical line where the bad record starts,
 * also when an earlier quoted field spans several lines, and this is simplest to get exactly
 * right when the parser counts the lines itself.
 */

/** Why a file cannot be read, as a closed word and its values (the importer renders it in the reader's language). */
export type CsvProblem =
  | { key: "notUtf8" | "quoteNotClosed" | "bareQuote"; params?: undefined }
  | { key: "afterQuote"; params: { char: string } }
  | { key: "empty"; params: { columns: string } }
  | { key: "fieldCount"; params: { expected: string; found: string } }
  | { key: "header"; params: { shape: string; missing: string; unexpected: string; repeated: string } };

export class CsvFormatError extends Error {
  /** 1-based physical line in the file; the header is line 1. */
  readonly line: number;

  constructor(
    line: number,
    reason: string,
    readonly problem: CsvProblem,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "CsvFormatError";
    this.line = line;
  }
}

export interface CsvRow {
  /** Physical line where the record starts, for messages like "line 7: unknown course". */
  line: number;
  values: Record<string, string>;
}

interface RawRecord {
  line: number;
  fields: string[];
}

function decode(input: string | Uint8Array): string {
  if (typeof input === "string") return input.startsWith("\uFEFF") ? input.slice(1) : input;
  let text: string;
  try {
    // fatal: a file saved as Windows-1252 by Excel must fail loudly, not import as "Jos�".
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    throw new CsvFormatError(1, "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again.", { key: "notUtf8" });
  }
  // NUL is no text: a UTF-16 file decodes without error but is full of them, and PostgreSQL refuses them (a 500).
  if (text.includes("\u0000")) throw new CsvFormatError(1, "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again.", { key: "notUtf8" });
  return text;
}

/** Splits text into records; CRLF, LF and lone CR all end a line, inside quotes too. */
function* records(text: string): Generator<RawRecord> {
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let atRecordEnd = false;

    while (!atRecordEnd) {
      let value = "";
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new CsvFormatError(quoteLine, "a quoted field is never closed.", { key: "quoteNotClosed" });
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\r" || ch === "\n") {
            line++;
            if (ch === "\r" && text[i + 1] === "\n") {
              value += "\r\n";
              i += 2;
              continue;
            }
          }
          value += ch;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
          throw new CsvFormatError(line, `unexpected ${JSON.stringify(next)} after a closing quote.`, { key: "afterQuote", params: { char: JSON.stringify(next) } });
        }
      } else {
        const start = i;
        while (i < n) {
          const ch = text[i];
          if (ch === "," || ch === "\r" || ch === "\n") break;
          if (ch === '"') {
            throw new CsvFormatError(line, 'a field with a quote (") must be enclosed in quotes, with the quote doubled.', { key: "bareQuote" });
          }
          i++;
        }
        value = text.slice(start, i);
      }
      fields.push(value);

      const sep = text[i];
      if (sep === ",") {
        i++;
      } else {
        atRecordEnd = true;
        if (sep === "\r") i += text[i + 1] === "\n" ? 2 : 1;
        else if (sep === "\n") i++;
        if (sep !== undefined) line++;
      }
    }
    yield { line: startLine, fields };
  }
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === "");
}

/**
 * Parses a CSV whose header names exactly `columns` (any order, case and surrounding spaces
 * ignored); values are keyed by the names in `columns` and left untrimmed. Blank lines and
 * rows of empty cells (which Excel leaves below data) are skipped.
 * Throws CsvFormatError on malformed CSV, a wrong header or a row with the wrong field count.
 */
export function parseCsv(
  text: string | Uint8Array,
  { columns }: { columns: readonly string[] },
): { rows: CsvRow[] } {
  const iter = records(decode(text));

  // next() rather than for…of with break, which would close the generator.
  let header: RawRecord | undefined;
  for (let r = iter.next(); !r.done; r = iter.next()) {
    if (!isBlank(r.value.fields)) {
      header = r.value;
      break;
    }
  }
  if (!header) {
    throw new CsvFormatError(1, `the file is empty; the first line must be the header: ${columns.join(",")}`, { key: "empty", params: { columns: columns.join(",") } });
  }
  const keys = matchHeader(header, columns);

  const rows: CsvRow[] = [];
  for (const record of iter) {
    if (isBlank(record.fields)) continue;
    if (record.fields.length !== keys.length) {
      throw new CsvFormatError(
        record.line,
        `expected ${keys.length} fields as in the header, found ${record.fields.length}.`,
        { key: "fieldCount", params: { expected: String(keys.length), found: String(record.fields.length) } },
      );
    }
    const values: Record<string, string> = {};
    keys.forEach((key, index) => {
      values[key] = record.fields[index]!;
    });
    rows.push({ line: record.line, values });
  }
  return { rows };
}

function normalise(name: string): string {
  return name.trim().toLowerCase();
}

/** Returns, for each header position, the canonical column name it holds. */
function matchHeader(header: RawRecord, columns: readonly string[]): string[] {
  const byName = new Map(columns.map((c) => [normalise(c), c]));
  const seen = new Set<string>();
  const keys: string[] = [];
  const unexpected: string[] = [];
  const duplicated: string[] = [];

  for (const raw of header.fields) {
    const canonicalName = byName.get(normalise(raw));
    if (canonicalName === undefined) {
      unexpected.push(raw.trim() === "" ? "(empty)" : raw.trim());
      continue;
    }
    if (seen.has(canonicalName)) duplicated.push(canonicalName);
    seen.add(canonicalName);
    keys.push(canonicalName);
  }
  const missing = columns.filter((c) => !seen.has(c));

  if (missing.length || unexpected.length || duplicated.length) {
    const parts: string[] = [];
    if (missing.length) parts.push(`missing columns: ${missing.join(", ")}`);
    if (unexpected.length) parts.push(`unexpected columns: ${unexpected.join(", ")}`);
    if (duplicated.length) parts.push(`repeated columns: ${duplicated.join(", ")}`);
    const shape = `${missing.length ? "m" : ""}${unexpected.length ? "u" : ""}${duplicated.length ? "r" : ""}`;
    throw new CsvFormatError(header.line, `the header does not match; ${parts.join("; ")}.`, {
      key: "header",
      params: { shape, missing: missing.join(", "), unexpected: unexpected.join(", "), repeated: duplicated.join(", ") },
    });
  }
  return keys;
}

// A spreadsheet runs a cell starting with these as a formula (OWASP "CSV injection");
// tab and CR are on OWASP's list because some spreadsheets skip them before the "=".
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function cell(value: string | number | null): string {
  if (value === null) return "";
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to a CSV cell.`);
    text = String(value);
  } else {
    text = value;
    if (FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends (also after the last row). Cells that a spreadsheet
 * would run as a formula get a leading single quote; numbers, including negative ones,
 * stay numbers. Add "\uFEFF" in front when the file is for Excel, which otherwise
 * misreads UTF-8 accents.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header.map(cell).join(",")];
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new RangeError(`Row ${index + 1} has ${row.length} cells but the header has ${header.length}.`);
    }
    lines.push(row.map(cell).join(","));
  });
  return lines.join("\r\n") + "\r\n";
}
