import { z } from "zod";

// Control characters other than tab, line feed and carriage return: PostgreSQL refuses NUL (22021) and none of them
// belongs in a name, a note or a search.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/**
 * The path of the first string inside `value` (objects, arrays, nested) that holds a control character, or null.
 * The tRPC layer and the route handlers refuse such input before any schema or query sees it.
 */
export function findControlCharacter(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return hasControlCharacter(value) ? path : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  if (value instanceof Date || (typeof Blob !== "undefined" && value instanceof Blob)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    if (hasControlCharacter(key)) return [...path, key];
    const found = findControlCharacter(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Any text a person types: no control characters (tab and new lines are fine). */
export const Text = z.string().refine((v) => !hasControlCharacter(v), { message: "Remove the control character (such as NUL) from this text." });

/** A record's id as forms and procedures take it. */
export const Id = z.string().trim().min(1).max(64);

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> gives), and a real one. */
export const IsoDateInput = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter a date as YYYY-MM-DD" })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: "This is not a real date" },
  );

/** How a course is delivered (defined without zod in lib/courses/modes.ts, for client components). */
export { COURSE_MODES, type CourseModeValue } from "~/lib/courses/modes";
