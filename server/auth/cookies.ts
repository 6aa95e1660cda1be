import "server-only";
import type { CookiesOptions } from "next-auth";
import type { EnvValues } from "~/server/env";

/**
 * Is the app served over https? Behind a proxy that terminates TLS the app itself speaks http, so the public address
 * decides: NEXTAUTH_URL (else APP_URL). Stated here rather than left to next-auth's guess from the request.
 */
export function servedOverHttps(e: Pick<EnvValues, "NEXTAUTH_URL" | "APP_URL">): boolean {
  return (e.NEXTAUTH_URL ?? e.APP_URL ?? "").toLowerCase().startsWith("https://");
}

/**
 * next-auth's cookies, every one HttpOnly and SameSite=Lax; over https `Secure` with the `__Secure-` prefix (the CSRF
 * cookie `__Host-`), so a browser never sends them over plain http nor lets a sub-domain set them.
 */
export function sessionCookies(secure: boolean): CookiesOptions {
  const prefix = secure ? "__Secure-" : "";
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure } as const;
  const shortLived = { ...options, maxAge: 15 * 60 };
  return {
    sessionToken: { name: `${prefix}next-auth.session-token`, options },
    callbackUrl: { name: `${prefix}next-auth.callback-url`, options },
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options },
    pkceCodeVerifier: { name: `${prefix}next-auth.pkce.code_verifier`, options: shortLived },
    state: { name: `${prefix}next-auth.state`, options: shortLived },
    nonce: { name: `${prefix}next-auth.nonce`, options },
  };
}
