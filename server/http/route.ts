import "server-only";
import { ZodError } from "zod";
import { findControlCharacter } from "~/lib/schemas/common";
import { DEFAULT_LOCALE, type Locale } from "~/lib/i18n/locales";
import { pickLocale } from "~/lib/i18n/pick-locale";
import { catalogues, type Messages } from "~/messages";
import { getActor } from "~/server/auth/session";
import { hasRole, type Actor, type Role } from "~/server/auth/roles";
import { authenticateApiToken } from "~/server/api-tokens/tokens";
import { AppError, renderError, toErrorBody, type ErrorBody, type ErrorKey } from "~/server/errors";
import { consumeLimit } from "~/server/security/rate-limit";
import { retryAfterOf } from "~/server/security/rate-limit-error";
import { isCrossSite, isSafeMethod } from "~/server/http/request-guards";

export { isCrossSite };

/**
 * Who may call a route:
 * - `session` (the default): a signed-in person (401 otherwise), with one of `roles` when given (403 otherwise);
 * - `optional`: a signed-in person or nobody (the handler decides, e.g. a signed caption URL for Mux);
 * - `token`: an API token (`Authorization: Bearer pw_…`) of an active L&D admin — the reports API;
 * - `signature`: a webhook, whose raw body `verify` checks before the handler sees anything;
 * - `public`: anyone (health).
 */
export type RouteAuth = "session" | "optional" | "token" | "signature" | "public";

export type ApiTokenIdentity = { tokenId: string; ownerId: string };

export type RouteOptions<A extends RouteAuth, N extends string, S> = {
  /** Names the route in the log next to an internal error's request id. */
  name: string;
  auth?: A;
  /** With `session`: the roles that may call the route (any one of them). */
  roles?: readonly Role[];
  /** The message of the 403 for a person without those roles (default `common.forbidden`). */
  forbidden?: ErrorKey;
  /** The route's dynamic segments, e.g. ["id"] for /api/sessions/[id]/ics. */
  params?: readonly N[];
  /** Refuse a request sent from another site even when it is a GET (every cookie-authenticated write is refused anyway). */
  sameOrigin?: boolean;
  /** With `signature`: verifies the raw body and returns the event (throws an AppError when it is not genuine). */
  verify?: (rawBody: string, headers: Headers) => Promise<S>;
};

type Identity<A extends RouteAuth, S> = A extends "session"
  ? { actor: Actor }
  : A extends "optional"
    ? { actor: Actor | null }
    : A extends "token"
      ? { token: ApiTokenIdentity }
      : A extends "signature"
        ? { event: S }
        : unknown;

export type RouteContext<A extends RouteAuth, N extends string, S> = {
  req: Request;
  params: Record<N, string>;
  query: URLSearchParams;
  /** The viewer's language (errors and downloads are written in it). */
  locale: Locale;
  messages: Messages;
} & Identity<A, S>;

/** What Next.js passes a route handler besides the request. */
type NextContext = { params?: Promise<Record<string, string | string[] | undefined>> };

// every language's messages (messages/index.ts)

/**
 * The one way to write a route handler: authentication, roles, control characters in params and query (400), and
 * every error as `{ "error": { "code", "message" } }` with the status of its code (ERROR_STATUS); an unexpected
 * error answers a generic message with a request id, and the log has the id and the stack.
 */
export function route<const A extends RouteAuth = "session", const N extends string = never, S = never>(
  options: RouteOptions<A, N, S>,
  handler: (ctx: RouteContext<A, N, S>) => Promise<Response> | Response,
): (req: Request, ctx?: NextContext) => Promise<Response> {
  const auth: RouteAuth = options.auth ?? "session";
  if (auth === "signature" && !options.verify) throw new Error(`Route ${options.name}: a signature route needs verify().`);
  return async (req, next) => {
    let locale: Locale = DEFAULT_LOCALE;
    try {
      const url = new URL(req.url);
      const params = await routeParams(next, options.params ?? []);
      const bad = findControlCharacter(params) ?? findControlCharacter(queryRecord(url.searchParams));
      if (bad) throw new AppError("INVALID", "common.controlCharacter", undefined, { field: String(bad[0]) });
      // A cookie-authenticated write from another site is refused whether or not the route asked (tokens and
      // signatures are not ambient credentials a browser would attach).
      const cookieWrite = (auth === "session" || auth === "optional") && !isSafeMethod(req.method);
      if ((options.sameOrigin || cookieWrite) && isCrossSite(req)) throw new AppError("FORBIDDEN", "security.crossSite.refused");

      const identity: Record<string, unknown> = {};
      if (auth === "session" || auth === "optional") {
        const actor = await getActor();
        // The language of the page the person is on: a download or an error reads as the page does (their choice,
        // else this browser's switcher or languages) — not the language last recorded from another browser.
        locale = pickLocale({
          profile: actor ? { locale: actor.locale, chosen: !!actor.localeChosen } : null,
          cookie: cookieValue(req.headers.get("cookie"), "NEXT_LOCALE"),
          acceptLanguage: req.headers.get("accept-language"),
        });
        if (!actor && auth === "session") throw new AppError("UNAUTHORIZED", "common.signIn");
        if (actor && options.roles && !hasRole(actor, ...options.roles)) throw new AppError("FORBIDDEN", options.forbidden ?? "common.forbidden");
        identity.actor = actor;
      } else if (auth === "token") {
        const result = await authenticateApiToken(req.headers.get("authorization"));
        if (!result.ok) {
          const refusal = errorResponse(AppError.of(result.problem), locale, options.name);
          if (result.status === 401) refusal.headers.set("WWW-Authenticate", 'Bearer realm="Pathway reports"');
          return refusal;
        }
        await consumeLimit("apiToken", result.tokenId);
        identity.token = { tokenId: result.tokenId, ownerId: result.ownerId };
      } else if (auth === "signature") {
        identity.event = await options.verify!(await req.text(), req.headers);
      }

      const ctx = { req, params, query: url.searchParams, locale, messages: catalogues[locale], ...identity };
      return await handler(ctx as RouteContext<A, N, S>);
    } catch (error) {
      return errorResponse(error, locale, options.name);
    }
  };
}

/** An error as the JSON every route answers with; a zod refusal is a 400 with its first issue (like tRPC's). */
export function errorResponse(error: unknown, locale: Locale, where: string): Response {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : undefined;
    const body: ErrorBody = { error: { code: "INVALID", message: issue?.message ?? renderError(locale, "common.invalidInput"), ...(field ? { field } : {}) } };
    return json(body, 400);
  }
  const { status, body } = toErrorBody(error, locale, where);
  const response = json(body, status);
  const retryAfter = retryAfterOf(error);
  if (retryAfter !== null) response.headers.set("Retry-After", String(retryAfter));
  return response;
}

function json(body: ErrorBody, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

async function routeParams<N extends string>(next: NextContext | undefined, names: readonly N[]): Promise<Record<N, string>> {
  const raw = (await next?.params) ?? {};
  const params = {} as Record<N, string>;
  for (const name of names) {
    const value = raw[name];
    // A segment Next.js did not fill is a route that cannot match: not found, not a crash.
    if (typeof value !== "string" || value === "") throw new AppError("NOT_FOUND", "common.notFound");
    params[name] = value;
  }
  return params;
}

function queryRecord(query: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of query) (out[key] ??= []).push(value);
  return out;
}

/** One cookie's value from a Cookie header. */
function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}
