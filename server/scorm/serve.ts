import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { contentRangeHeader, parseRange, rangeLength } from "~/server/media/range";
import { formatBytes } from "~/server/media/local-storage";
import { resolvePackageFile } from "~/server/scorm/storage";
import { packageForViewer } from "~/server/scorm/policy";
import { scormContentSecurityPolicy } from "~/lib/security/headers";

// Serving a stored package's files same-origin under /scorm/<packageId>/… (app/scorm/[packageId]/[...path]/route.ts):
// to people allowed to take the course, with the content type of the file's extension and a Content-Security-Policy
// of their own, so the app's pages keep theirs.

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  xsd: "application/xml; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ico: "image/x-icon",
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  ogg: "audio/ogg",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  pdf: "application/pdf",
  txt: "text/plain; charset=utf-8",
  vtt: "text/vtt; charset=utf-8",
};

/** The Content-Type of a package file by its extension; application/octet-stream for anything else. */
export function contentTypeOf(fileName: string): string {
  return TYPES[path.extname(fileName).slice(1).toLowerCase()] ?? "application/octet-stream";
}


export type PackageFileReply = { status: 200 | 206 | 304 | 416; headers: Record<string, string>; body: ReadableStream<Uint8Array> | null };

const PACKAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A file of a package for a viewer: 404 alike for a package that does not exist, one they may not open, a path
 * outside the package and a missing file. Range requests (video, audio) get 206; If-None-Match gets 304 (files of an
 * imported package never change: a changed package is a new one).
 */
export async function servePackageFile(
  actor: Pick<Actor, "id" | "roles">,
  packageId: string,
  relativePath: string,
  req: { method: string; headers: Headers },
): Promise<PackageFileReply> {
  const notFound = () => new AppError("NOT_FOUND", "scormPlayer.fileNotFound");
  if (!PACKAGE_ID.test(packageId)) throw notFound();
  const pkg = await packageForViewer(actor, packageId);
  if (!pkg) throw notFound();
  const abs = resolvePackageFile(pkg.storagePath, relativePath);
  if (!abs) throw notFound();
  const info = await stat(abs).catch(() => null);
  if (!info?.isFile()) throw notFound();

  const size = info.size;
  const etag = `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    "Content-Type": contentTypeOf(abs),
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Last-Modified": new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString(),
    // private: a shared cache must never hand one person's authorised file to another
    "Cache-Control": "private, max-age=0, must-revalidate",
    "X-Content-Type-Options": "nosniff",
    // Authoring tools need inline scripts and eval: the policy confines them to the package's own folder instead.
    "Content-Security-Policy": scormContentSecurityPolicy({ host: requestHost(req), packageId }),
    "X-Frame-Options": "SAMEORIGIN",
  };
  const ifNoneMatch = req.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return { status: 304, headers, body: null };

  const range = parseRange(req.headers.get("if-range") && req.headers.get("if-range") !== etag ? null : req.headers.get("range"), size);
  if (range.kind === "unsatisfiable") return { status: 416, headers: { ...headers, "Content-Range": contentRangeHeader(range, size) }, body: null };
  headers["Content-Length"] = String(rangeLength(range, size));
  if (range.kind === "partial") headers["Content-Range"] = contentRangeHeader(range, size);
  const status = range.kind === "partial" ? 206 : 200;
  if (req.method === "HEAD" || size === 0) return { status, headers, body: null };
  const stream = createReadStream(abs, range.kind === "partial" ? { start: range.start, end: range.end } : {});
  return { status, headers, body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
}

/** The path of a package file from a request to /scorm/<packageId>/<path>, decoded; null when it is not one. */
export function packageFilePath(pathname: string, packageId: string): string | null {
  const prefix = `/scorm/${packageId}/`;
  if (!pathname.startsWith(prefix)) return null;
  try {
    return pathname
      .slice(prefix.length)
      .split("/")
      .map((s) => decodeURIComponent(s))
      .join("/");
  } catch {
    return null;
  }
}

/**
 * The body of a commit as text, at most `maxBytes` (a beacon sends text/plain, fetch sends JSON: both are read as
 * text and parsed), refused before reading when Content-Length says it is larger.
 */
export async function readCommitBody(req: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new AppError("TOO_LARGE", "scormPlayer.tooLarge", { limit: formatBytes(maxBytes) });
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      // A page closing mid-request aborts its body: the client is gone, so this is no server failure to log.
      const { done, value } = await reader.read().catch(() => {
        throw new AppError("INVALID", "scormPlayer.aborted");
      });
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("INVALID", "scormPlayer.notJson");
  }
}

/** The host the browser addressed (a proxy's X-Forwarded-Host first): the SCORM policy names the package's folder on it. */
function requestHost(req: { headers: Headers }): string {
  // HTTP/1.1 requires Host; "localhost" only for a request built without one (tests)
  return req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host") || "localhost";
}
