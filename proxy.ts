import { NextResponse, type NextRequest } from "next/server";
import {
  NON_PAGE_CONTENT_SECURITY_POLICY,
  PERMISSIONS_POLICY,
  STRICT_TRANSPORT_SECURITY,
  newNonce,
  pageContentSecurityPolicy,
  servedOverHttps,
} from "~/lib/security/headers";

// Runs before every request (Next.js 16's proxy, formerly middleware): a fresh nonce and the Content-Security-Policy
// that allows only scripts carrying it, and HSTS when the request came over https. Next.js reads the nonce from the
// request's policy header and puts it on its own scripts; pages render dynamically, per request, for it.
// The headers every response has whatever it is (nosniff, referrer policy, frame options) are in
// next.config.js; a SCORM package's files get their own, confining policy from their route (server/scorm/serve.ts).

const dev = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = servedOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  let response: NextResponse;
  if (pathname.startsWith("/scorm/")) {
    response = NextResponse.next();
  } else if (pathname.startsWith("/api/")) {
    response = NextResponse.next();
    response.headers.set("Content-Security-Policy", NON_PAGE_CONTENT_SECURITY_POLICY);
  } else {
    const nonce = newNonce();
    const policy = pageContentSecurityPolicy({ nonce, dev });
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", policy);
  }
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but the build's own immutable files (next.config.js gives those the common headers).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
