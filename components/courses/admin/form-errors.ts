import type { ZodError } from "zod";
import { TRPCClientError } from "@trpc/client";

/** zod issues keyed by their path ("options", "lesson.passMark" → "passMark" with `strip`), first message per field. */
export function issuesByField(error: ZodError, strip = 0): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.slice(strip).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** The server's field-level refusal (AppError with a field, or a zod error the browser let through). */
export function serverFieldErrors(error: unknown, strip = 0): Record<string, string> | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { field?: string | null; zodError?: { fieldErrors: Record<string, string[]> } } | undefined;
  if (data?.field) return { [data.field]: error.message };
  if (data?.zodError && strip === 0) {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(data.zodError.fieldErrors)) if (v[0]) out[k] = v[0];
    return Object.keys(out).length ? out : null;
  }
  return null;
}
