import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "~/server/api/root";
import { createContext } from "~/server/api/context";
import { retryAfterOf } from "~/server/security/rate-limit-error";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext,
    // A rate-limited call says when to come back (RFC 9110 Retry-After, in seconds).
    responseMeta({ errors }) {
      const wait = errors.map((e) => retryAfterOf(e.cause)).find((s) => s !== null);
      return wait ? { headers: new Headers({ "Retry-After": String(wait) }) } : {};
    },
  });

export { handler as GET, handler as POST };
