/** The one error type domain code throws: a stable code for programs, a message for people. */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "INVALID"
  | "CONFLICT"
  | (string & {});

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly field?: string;

  constructor(code: AppErrorCode, userMessage: string, options?: { field?: string; cause?: unknown }) {
    super(userMessage, options?.cause ? { cause: options.cause } : undefined);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.field = options?.field;
  }
}

/** How an AppError code maps onto tRPC/HTTP semantics; unknown codes are business-rule conflicts. */
export function httpKindOf(code: AppErrorCode): "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "BAD_REQUEST" | "CONFLICT" {
  switch (code) {
    case "NOT_FOUND":
      return "NOT_FOUND";
    case "FORBIDDEN":
      return "FORBIDDEN";
    case "UNAUTHORIZED":
      return "UNAUTHORIZED";
    case "INVALID":
      return "BAD_REQUEST";
    default:
      return "CONFLICT";
  }
}
