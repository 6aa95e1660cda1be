import "server-only";
// The changed fields of an audit entry, for the trail's two-column before/after table. Pure: tested in diff.test.ts.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type FieldChange = { field: string; before: string | null; after: string | null };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

function show(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The fields whose value differs between `before` and `after` (a field only one side has counts as changed), in the
 * order they first appear. A created object (no before) lists every field of `after`; a deleted one every field of
 * `before`.
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
    .filter((c) => c.before !== c.after);
}
