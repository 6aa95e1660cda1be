import "server-only";
import { AppError } from "~/server/errors";

/** HTTP status of an AppError in the media routes (tRPC maps the same codes through its own formatter). */
export function statusOf(error: AppError): number {
  switch (error.code) {
    case "NOT_FOUND":
      return 404;
    case "FORBIDDEN":
      return 403;
    case "UNAUTHORIZED":
      return 401;
    case "INVALID":
      return 400;
    case "TOO_LARGE":
      return 413;
    case "UNSUPPORTED_MEDIA":
      return 415;
    default:
      return 409;
  }
}

/** A domain refusal as JSON `{ error, code }` with its status; anything else is logged and answered 500. */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof AppError) {
    return Response.json({ error: error.userMessage, code: error.code }, { status: statusOf(error), headers: { "Cache-Control": "no-store" } });
  }
  console.error(`[media] ${where} failed:`, error);
  return Response.json({ error: "Something went wrong on our side. Please try again.", code: "INTERNAL" }, { status: 500, headers: { "Cache-Control": "no-store" } });
}

/**
 * Refuses a cookie-authenticated write sent from another site (defence in depth next to SameSite cookies):
 * browsers send Origin on POST/PUT, and it must name this host.
 */
export function isCrossSite(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
