import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "~/server/auth/options";
import { signInRefusal } from "~/server/security/sign-in-limits";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built on first request: they read the validated environment, which `next build` does not have.
const handler = (req: NextRequest, ctx: Context) => NextAuth(req, ctx, authOptions());

/** Sign-in attempts (e-mail links, demo, OIDC starts) are counted first: over a limit, a 429 for the sign-in page. */
async function post(req: NextRequest, ctx: Context): Promise<Response> {
  return (await signInRefusal(req, (await ctx.params).nextauth ?? [])) ?? handler(req, ctx);
}

export { handler as GET, post as POST };
