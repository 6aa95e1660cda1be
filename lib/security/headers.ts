// The security headers of every response (proxy.ts sets them; docs/SECURITY.md lists them). Pure, so the policy is
// unit-tested here and the e2e suite checks it arrives on every kind of response.

/** Mux's player streams, thumbnails and analytics (video lessons hosted on Mux; the local stand-in is same-origin). */
const MUX = {
  media: ["https://stream.mux.com", "https://*.mux.com"],
  img: ["https://image.mux.com"],
  connect: ["https://*.mux.com", "https://*.litix.io"],
};

/**
 * The app's own pages: scripts only with this response's nonce (Next.js puts it on its own scripts and those they
 * load: 'strict-dynamic'), never inline code from the page's content; styles may be inline (React style attributes,
 * the video player's shadow DOM) but not scripts. Nothing may frame a page, post a form elsewhere or load plugins.
 * `dev` adds what the development server's hot reload needs (eval, its websocket).
 */
export function pageContentSecurityPolicy({ nonce, dev = false }: { nonce: string; dev?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${MUX.img.join(" ")}`,
    `media-src 'self' blob: ${MUX.media.join(" ")}`,
    "font-src 'self' data:",
    `connect-src 'self' ${MUX.connect.join(" ")}${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    // SCORM lessons play same-origin content in an iframe (its own, stricter policy: scormContentSecurityPolicy)
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join("; ");
}

/** JSON, CSV, PDF, media and every other non-page answer: it may load nothing and be framed by nobody. */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A SCORM package's files (served under /scorm/<packageId>/): authoring tools need inline scripts, eval and string
 * timers, so the policy instead confines everything to the package's own folder on this host — its scripts, styles,
 * media and requests cannot come from or go to anywhere else, not even the rest of Pathway — and only Pathway's lesson
 * page may frame it. `host` is the request's host (with port): a path in a CSP source needs one.
 */
export function scormContentSecurityPolicy({ host, packageId }: { host: string; packageId: string }): string {
  const own = `${host}/scorm/${packageId}/`;
  return [
    "default-src 'none'",
    `script-src ${own} 'unsafe-inline' 'unsafe-eval'`,
    `style-src ${own} 'unsafe-inline'`,
    `img-src ${own} data: blob:`,
    `media-src ${own} data: blob:`,
    `font-src ${own} data:`,
    `connect-src ${own}`,
    `worker-src ${own} blob:`,
    `frame-src ${own}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** Browser features Pathway never uses, switched off for every page and everything it frames. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "hid=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "browsing-topics=()",
  "interest-cohort=()",
  // the video player's full screen and picture-in-picture are Pathway's own
  "fullscreen=(self)",
  "picture-in-picture=(self)",
].join(", ");

/** Two years, subdomains included: sent only when the request came over https (directly or through a TLS proxy). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Whether the browser reached us over https: the URL's scheme, or a TLS-terminating proxy's X-Forwarded-Proto. */
export function servedOverHttps(url: URL, forwardedProto: string | null): boolean {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return proto ? proto === "https" : url.protocol === "https:";
}

/** A fresh, unguessable nonce (128 bits, base64) for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
