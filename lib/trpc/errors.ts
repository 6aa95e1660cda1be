import { TRPCClientError } from "@trpc/client";

/** The message to show a person for a failed call: the server's userMessage, or a generic one. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: string; zodError?: { formErrors: string[]; fieldErrors: Record<string, string[]> } } | undefined;
    if (data?.zodError) {
      const first = data.zodError.formErrors[0] ?? Object.values(data.zodError.fieldErrors).flat()[0];
      if (first) return first;
    }
    if (data?.code !== "INTERNAL_SERVER_ERROR" && error.message) return error.message;
  }
  return fallback;
}

export function fieldError(error: unknown): string | null {
  if (error instanceof TRPCClientError) {
    const data = error.data as { field?: string | null } | undefined;
    return data?.field ?? null;
  }
  return null;
}
