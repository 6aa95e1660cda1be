/**
 * The activity report of a learning platform (LinkedIn Learning's "Learner detail" CSV and the like), read into four
 * columns whatever the platform calls them. Other columns the platform exports (names, groups, job titles) are
 * allowed and ignored. Dates are ISO (2026-03-04, also with a time after it) or the platform's US form MM/DD/YYYY.
 */

export const ACTIVITY_COLUMNS = ["email", "course_title", "hours_viewed", "completion_date"] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

/** The header LinkedIn Learning writes, as the upload page shows it. */
export const ACTIVITY_HEADER_EXAMPLE = "User Email,Content Title,Content Hours Viewed,Completion Date";

const ALIASES: Record<ActivityColumn, readonly string[]> = {
  email: ["email", "user email", "learner email", "e mail", "email address", "user email address"],
  course_title: ["course title", "content title", "course", "course name", "content name", "title"],
  hours_viewed: ["hours viewed", "content hours viewed", "viewed hours", "hours"],
  completion_date: ["completion date", "completed at", "completed on", "date completed", "content completion date"],
};

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, " ");

const CANONICAL = new Map<string, ActivityColumn>(ACTIVITY_COLUMNS.flatMap((c) => [[normalise(c), c] as const, ...ALIASES[c].map((a) => [a, c] as const)]));

/** The column a header cell names, or null for a column the import ignores. */
export function activityColumn(header: string): ActivityColumn | null {
  return CANONICAL.get(normalise(header)) ?? null;
}

/** Splits one CSV line into its cells (quotes respected): enough for a header, which never spans lines. */
function headerCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

const quote = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The file with its header rewritten to the canonical names, and the columns a strict CSV reader should expect: the
 * four known ones (a missing one is then reported as missing) and every other column as it is named. Text that is
 * not UTF-8 is returned unchanged, for the reader to refuse with its own message.
 */
export function canonicalActivityCsv(content: string | Uint8Array): { content: string | Uint8Array; columns: string[] } {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      return { content, columns: [...ACTIVITY_COLUMNS] };
    }
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const match = /^(?:[ \t,]*\r?\n|[ \t,]*\r)*/.exec(text)!;
  const start = match[0].length;
  const end = text.slice(start).search(/\r\n|\n|\r/);
  const headerLine = end < 0 ? text.slice(start) : text.slice(start, start + end);
  if (headerLine.trim() === "") return { content: text, columns: [...ACTIVITY_COLUMNS] };
  const extras: string[] = [];
  const cells = headerCells(headerLine).map((raw) => {
    const known = activityColumn(raw);
    if (known) return known;
    const name = raw.trim();
    if (name) extras.push(name);
    return name;
  });
  const rewritten = text.slice(0, start) + cells.map(quote).join(",") + (end < 0 ? "" : text.slice(start + end));
  return { content: rewritten, columns: [...ACTIVITY_COLUMNS, ...new Set(extras)] };
}

/** "2026-03-04", "2026-03-04T10:20:00Z", "2026-03-04 10:20" or "03/04/2026" (month first) → "2026-03-04"; else null. */
export function activityDate(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Hours as the platform writes them ("1.5", "0.25", "2"): at most two decimal places, at most 99,999.99; else null. */
export function activityHours(text: string): string | null {
  const t = text.trim();
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(t)) return null;
  return t.replace(/^0+(?=\d)/, "");
}
