import "server-only";

// Refusing what a browser sends on another site's behalf (docs/SECURITY.md, "Cross-site requests"). SameSite=Lax
// session cookies already keep them off cross-site POSTs; these checks hold even where a cookie would travel (a
// sibling subdomain is "same-site" for cookies) and for the content types an HTML form can send without CORS.

/**
 * A request a browser sent from another origin: its Fetch Metadata says so (`Sec-Fetch-Site` other than same-origin or
 * a person's own navigation), or, from a browser without it, its `Origin` names another host. A request without either
 * (curl, a server) carries no browser's cookies to abuse and is judged by its credentials alone.
 */
export function isCrossSite(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage
  }
}

/** The media type of a request's body, lower-case and without parameters ("application/json"); "" when none is sent. */
export function mediaTypeOf(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Methods that change nothing: the cross-site and content-type rules are for the others. */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}
