import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { AppError, httpKindOf } from "~/server/errors";
import type { Actor, Role } from "~/server/auth/roles";
import { procedureRoles, type Access } from "~/server/api/permissions";

export type TRPCContext = { actor: Actor | null };

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Stack traces never leave the server.
        stack: undefined,
        appCode: cause instanceof AppError ? cause.code : null,
        field: cause instanceof AppError ? (cause.field ?? null) : null,
        zodError: cause instanceof ZodError ? cause.flatten() : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Domain AppErrors become tRPC errors with the person's message; anything else is logged once, without input. */
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: httpKindOf(cause.code), message: cause.userMessage, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      console.error(`[trpc] ${path} failed:`, result.error.cause ?? result.error);
    }
  }
  return result;
});

/**
 * Guards every procedure with the access its path has in permissions.ts: the one list of who may call what.
 * A procedure missing from the list is refused for everyone (and the permissions test fails).
 */
const guard = t.middleware(({ ctx, path, next }) => {
  const access: Access | undefined = procedureRoles[path];
  if (access === undefined) throw new TRPCError({ code: "FORBIDDEN", message: `No access rule for ${path}.` });
  if (access === "public") return next({ ctx });
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  if (access !== "authenticated" && !ctx.actor.roles.some((r: Role) => access.includes(r))) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You do not have access to this." });
  }
  return next({ ctx: { actor: ctx.actor } });
});

export const publicProcedure = t.procedure.use(errorMapping).use(guard);

/** For signed-in people; the guard has already refused anyone the permission list does not name. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { actor: ctx.actor } });
});
