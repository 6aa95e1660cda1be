import "server-only";
import { pickLocale } from "~/lib/i18n/pick-locale";
import { appUrl } from "~/server/env";
import { AppError } from "~/server/errors";
import { clientAddress } from "~/server/security/client-address";
import { consumeLimit, emailKey } from "~/server/security/rate-limit";
import { RATE_LIMITED_ERROR, retryAfterOf } from "~/server/security/rate-limit-error";

/**
 * Counts a sign-in attempt posted to next-auth (`[action, provider]` of /api/auth/…): an e-mail link per client
 * address and per address asked for, a demo sign-in and an OIDC sign-in start per client address. Over a limit: a 429
 * next-auth's client understands — `signIn()` posts with `json: true` and goes to the `url` of the JSON answer — sent
 * to the sign-in page, which says how long to wait in the page's language; null lets next-auth handle the request.
 */
export async function signInRefusal(req: Request, segments: readonly string[]): Promise<Response | null> {
  const [action, provider] = segments;
  try {
    if (action === "signin" && provider === "email") {
      await consumeLimit("signInEmailClient", clientAddress(req.headers));
      const email = (await formOf(req)).get("email");
      if (email?.trim()) await consumeLimit("signInEmailAddress", emailKey(email));
    } else if (action === "callback" && provider === "demo") {
      await consumeLimit("signInDemo", clientAddress(req.headers));
    } else if (action === "signin" && provider === "oidc") {
      await consumeLimit("signInOidc", clientAddress(req.headers));
    }
    return null;
  } catch (error) {
    const retryAfter = retryAfterOf(error);
    if (!(error instanceof AppError) || retryAfter === null) throw error;
    const locale = pickLocale({ profile: null, cookie: cookieValue(req.headers.get("cookie"), "NEXT_LOCALE"), acceptLanguage: req.headers.get("accept-language") });
    const url = appUrl(`/signin?${new URLSearchParams({ error: RATE_LIMITED_ERROR, retryAfter: String(retryAfter) })}`);
    return Response.json(
      { url, error: { code: error.code, message: error.messageFor(locale) } },
      { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
    );
  }
}

/** The posted form, read from a copy: next-auth reads the body itself afterwards. */
async function formOf(req: Request): Promise<URLSearchParams> {
  try {
    const type = req.headers.get("content-type") ?? "";
    if (type.includes("application/json")) {
      const body = (await req.clone().json()) as Record<string, unknown>;
      return new URLSearchParams(typeof body.email === "string" ? { email: body.email } : {});
    }
    return new URLSearchParams(await req.clone().text());
  } catch {
    return new URLSearchParams();
  }
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
