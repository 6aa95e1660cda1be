import "server-only";
import { AppError, type ErrorParams } from "~/server/errors";

/** The sign-in page's error for a refused sign-in attempt (app/signin/page.tsx), with `retryAfter` seconds. */
export const RATE_LIMITED_ERROR = "RateLimited";

/**
 * The values of the "wait" message (messages/<locale>/errors/security.json, rateLimit.tooMany): the whole seconds for
 * the Retry-After header, and the wait in words — seconds under a minute, else minutes rounded up ("4 minutes").
 */
export function waitParams(retryAfterSeconds: number): ErrorParams & { retryAfterSeconds: number } {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return seconds < 60 ? { retryAfterSeconds: seconds, unit: "seconds", n: seconds } : { retryAfterSeconds: seconds, unit: "minutes", n: Math.ceil(seconds / 60) };
}

/** The refusal of a request over its limit: 429, a Retry-After of `retryAfterSeconds`, and the wait in words. */
export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError("TOO_MANY_REQUESTS", "security.rateLimit.tooMany", waitParams(retryAfterSeconds));
}

/** The whole seconds to wait that a TOO_MANY_REQUESTS error carries, for a Retry-After header (null: none). */
export function retryAfterOf(error: unknown): number | null {
  if (!(error instanceof AppError) || error.code !== "TOO_MANY_REQUESTS") return null;
  const seconds = error.params.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : null;
}
