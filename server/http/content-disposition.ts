import "server-only";

export type DispositionType = "attachment" | "inline";

// Characters a file name must not carry into a header or onto a disk: controls, and path separators (a name is one
// segment, never a path).
const UNSAFE = /[\u0000-\u001F\u007F/\\]/g;

/**
 * The Content-Disposition of a download (RFC 6266): `filename="…"` in plain ASCII for every client, plus
 * `filename*=UTF-8''…` (RFC 5987) when the real name needs more — non-ASCII letters, quotes, backslashes, percent
 * signs — which every current browser prefers. Header values are bytes: a raw `证书.png` there makes the
 * Response constructor throw, and a raw `résumé.png` arrives as `rÃ©sumÃ©.png`.
 */
export function contentDisposition(fileName: string, type: DispositionType = "attachment"): string {
  const name = fileName.replace(UNSAFE, "_").trim() || "download";
  const fallback = asciiFallback(name);
  if (fallback === name) return `${type}; filename="${name}"`;
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** The name in printable ASCII without `"`, `\` or `%`: accents dropped (é → e), anything else `_`. */
function asciiFallback(name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036F]/g, "")
    .replace(/[^\x20-\x7E]|["\\%]/g, "_");
  const dot = plain.lastIndexOf(".");
  const stem = dot > 0 ? plain.slice(0, dot) : plain;
  const extension = dot > 0 ? plain.slice(dot) : "";
  // "证书.png" would fall back to "__.png": a word says more than underscores.
  return /[A-Za-z0-9]/.test(stem) ? plain : `download${extension}`;
}

/** RFC 5987 value-chars: UTF-8 bytes percent-encoded except attr-char (encodeURIComponent also leaves ' ( ) *). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
