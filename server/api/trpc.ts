import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { AppError, loggableError, newRequestId, renderError, trpcCodeOf } from "~/server/errors";
import { findControlCharacter } from "~/lib/schemas/common";
import type { Actor, Role } from "~/server/auth/roles";
import { procedureRoles, type Access } from "~/server/api/permissions";
import { consumeLimit } from "~/server/security/rate-limit";
import { PROCEDURE_LIMITS } from "~/server/security/procedure-limits";

/** What the HTTP adapter saw of the request (app/api/trpc/[trpc]/route.ts); absent for server-side callers. */
export type RequestFacts = { crossSite: boolean; mediaType: string };

export type TRPCContext = { actor: Actor | null; request?: RequestFacts };

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const app = cause instanceof AppError ? cause : null;
    const requestId = cause instanceof InternalError ? cause.requestId : null;
    return {
      ...shape,
      // The person's message in their language; internal text never leaves the server.
      message: app ? app.messageFor(ctx?.actor?.locale) : requestId ? renderError(ctx?.actor?.locale, "common.internal", { requestId }) : shape.message,
      data: {
        ...shape.data,
        // Stack traces never leave the server.
        stack: undefined,
        appCode: app ? app.code : null,
        messageKey: app ? app.key : null,
        params: app ? app.params : null,
        field: app ? (app.field ?? null) : null,
        zodError: cause instanceof ZodError ? cause.flatten() : null,
        requestId,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** An unexpected failure, already logged with its stack under `requestId`; the client sees only the id. */
class InternalError extends Error {
  constructor(readonly requestId: string) {
    super("Internal error");
  }
}

/**
 * Domain AppErrors become tRPC errors with the code's status; anything else is logged once with a request id and its
 * stack (never the input) and answered with a generic message carrying that id.
 */
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: trpcCodeOf(cause.code), message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      const requestId = newRequestId();
      console.error(`[trpc] ${path} failed (request ${requestId}): ${loggableError(result.error.cause ?? result.error)}`);
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Internal error", cause: new InternalError(requestId) });
    }
  }
  return result;
});

/** Refuses text with control characters (NUL…) anywhere in the input, before any schema or query sees it. */
const controlCharacters = t.middleware(async ({ getRawInput, next }) => {
  const path = findControlCharacter(await getRawInput());
  if (path) throw new AppError("INVALID", "common.controlCharacter", undefined, { field: path.map(String).join(".") || undefined });
  return next();
});

/**
 * A change only from Pathway's own pages, as JSON: a mutation a browser sent from another site (Fetch Metadata or
 * Origin) is refused, and so is any body an HTML form could send without CORS (form-data, url-encoded, text/plain) —
 * tRPC would otherwise parse a form's fields as the input.
 */
const sameSiteJsonWrites = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && ctx.request) {
    if (ctx.request.crossSite) throw new AppError("FORBIDDEN", "security.crossSite.refused");
    if (ctx.request.mediaType !== "application/json") {
      throw new AppError("UNSUPPORTED_MEDIA", "security.crossSite.contentType", { type: ctx.request.mediaType || "—" });
    }
  }
  return next();
});

/**
 * Guards every procedure with the access its path has in permissions.ts: the one list of who may call what.
 * A procedure missing from the list is refused for everyone (and the permissions test fails).
 */
const guard = t.middleware(({ ctx, path, next }) => {
  const access: Access | undefined = procedureRoles[path];
  if (access === undefined) throw new AppError("FORBIDDEN", "common.noAccessRule", { path });
  if (access === "public") return next({ ctx });
  if (!ctx.actor) throw new AppError("UNAUTHORIZED", "common.signIn");
  if (access !== "authenticated" && !ctx.actor.roles.some((r: Role) => access.includes(r))) {
    throw new AppError("FORBIDDEN", "common.forbidden");
  }
  return next({ ctx: { actor: ctx.actor } });
});

/** Counts a person's calls of the procedures that have a rate limit (server/security/procedure-limits.ts). */
const rateLimit = t.middleware(async ({ ctx, path, next }) => {
  const limit = PROCEDURE_LIMITS[path];
  if (limit && ctx.actor) await consumeLimit(limit, ctx.actor.id);
  return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(sameSiteJsonWrites).use(controlCharacters).use(guard).use(rateLimit);

/** For signed-in people; the guard has already refused anyone the permission list does not name. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new AppError("UNAUTHORIZED", "common.signIn");
  return next({ ctx: { actor: ctx.actor } });
});
