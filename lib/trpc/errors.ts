import { TRPCClientError } from "@trpc/client";

/**
 * What the server's error formatter puts in a tRPC error's `data` (server/api/trpc.ts). `message` is already in the
 * viewer's language. Every field is optional: older servers sent only `code`, `field` and a flattened `zodError`.
 */
export type ServerErrorData = {
  code?: string;
  httpStatus?: number;
  appCode?: string | null;
  messageKey?: string | null;
  params?: Record<string, unknown> | null;
  field?: string | null;
  zodError?: {
    formErrors?: string[];
    fieldErrors?: Record<string, string[] | undefined>;
    issues?: { path: PropertyKey[]; message: string }[];
  } | null;
  requestId?: string | null;
};

/** The `data` of a failed tRPC call, or null for anything else (network errors, bugs). */
export function errorData(error: unknown): ServerErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  return data && typeof data === "object" ? (data as ServerErrorData) : {};
}

/** First message per field of the server's zod refusal, in whichever shape it came. */
function zodFieldErrors(zod: NonNullable<ServerErrorData["zodError"]>): { fields: Record<string, string>; form: string | null } {
  const fields: Record<string, string> = {};
  let form: string | null = zod.formErrors?.[0] ?? null;
  for (const [k, v] of Object.entries(zod.fieldErrors ?? {})) if (v?.[0]) fields[k] ??= v[0];
  for (const issue of zod.issues ?? []) {
    const key = issue.path.map(String).join(".");
    if (key) fields[key] ??= issue.message;
    else form ??= issue.message;
  }
  return { fields, form };
}

/** The message to show a person for a failed call: the server's (translated) message, or the fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  const data = errorData(error);
  if (!data || !(error instanceof TRPCClientError)) return fallback;
  if (data.zodError) {
    const { fields, form } = zodFieldErrors(data.zodError);
    const first = form ?? Object.values(fields)[0];
    if (first) return first;
  }
  if (data.code === "INTERNAL_SERVER_ERROR") return data.requestId ? `${fallback} (${data.requestId})` : fallback;
  return error.message || fallback;
}

/** The field the server blamed (AppError with a field), if any. */
export function fieldError(error: unknown): string | null {
  return errorData(error)?.field ?? null;
}

/** The server's field-level refusal as one message per field (AppError's field, or a zod error the browser let through). */
export function serverFieldErrors(error: unknown): Record<string, string> | null {
  const data = errorData(error);
  if (!data || !(error instanceof TRPCClientError)) return null;
  if (data.field) return { [data.field]: error.message };
  if (data.zodError) {
    const { fields } = zodFieldErrors(data.zodError);
    return Object.keys(fields).length ? fields : null;
  }
  return null;
}
