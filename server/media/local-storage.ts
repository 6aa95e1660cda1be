import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { AppError } from "~/server/errors";
import { contentRangeHeader, parseRange, rangeLength } from "~/server/media/range";
import { SNIFF_BYTES, sniffVideoType, type VideoType } from "~/server/media/sniff";
import { mediaRoot } from "~/server/media/paths";

const EXTENSIONS: Record<VideoType, string> = {
  "video/mp4": "mp4",
  "video/webm": "webm",
  "video/quicktime": "mov",
  "video/ogg": "ogv",
};

/** The absolute path of a stored file; a stored path that points outside the media folder is refused. */
export function resolveStoredPath(storagePath: string): string {
  const root = mediaRoot();
  const abs = path.resolve(root, storagePath);
  if (abs !== root && !abs.startsWith(root + path.sep)) throw new Error(`Stored media path escapes the media folder: ${storagePath}`);
  return abs;
}

export type StoredVideo = { storagePath: string; sizeBytes: number; mimeType: VideoType };

/**
 * Streams an upload to disk (never holding the whole file in memory): the first bytes decide the type (a renamed
 * text file is refused whatever its name or Content-Type), and the upload stops as soon as it passes `maxBytes`.
 * Written to a temporary file and renamed into place only when complete, so a broken upload leaves nothing behind.
 */
export async function storeVideoUpload(body: ReadableStream<Uint8Array>, name: string, maxBytes: number): Promise<StoredVideo> {
  const root = mediaRoot();
  await mkdir(path.join(root, "tmp"), { recursive: true });
  await mkdir(path.join(root, "videos"), { recursive: true });
  const tmp = path.join(root, "tmp", `${randomBytes(12).toString("hex")}.part`);
  const file = await open(tmp, "wx");
  const reader = body.getReader();
  let size = 0;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let type: VideoType | null = null;
  let done = false;
  try {
    while (!done) {
      const next = await reader.read();
      done = next.done;
      const chunk = next.value;
      if (chunk && chunk.byteLength > 0) {
        size += chunk.byteLength;
        if (size > maxBytes) throw tooLarge(maxBytes);
        if (type === null) {
          head.push(chunk);
          headBytes += chunk.byteLength;
          if (headBytes < SNIFF_BYTES) continue;
        } else {
          await file.write(chunk);
          continue;
        }
      }
      if (type === null) {
        if (headBytes === 0) throw new AppError("INVALID", "media.emptyFile");
        const first = concat(head, headBytes);
        type = sniffVideoType(first.subarray(0, SNIFF_BYTES));
        if (!type) {
          throw new AppError("UNSUPPORTED_MEDIA", "media.notAVideo");
        }
        await file.write(first);
        head = [];
      }
    }
    await file.sync();
    await file.close();
    const storagePath = path.join("videos", `${name}.${EXTENSIONS[type!]}`);
    await rename(tmp, resolveStoredPath(storagePath));
    return { storagePath, sizeBytes: size, mimeType: type! };
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
}

function tooLarge(maxBytes: number) {
  return new AppError("TOO_LARGE", "media.fileTooLarge", { limit: formatBytes(maxBytes) });
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** "2 GB", "500 MB": for messages about the size limit. */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Stores a WebVTT caption file (already checked by the caller) atomically; returns its stored path. */
export async function storeCaptionFile(assetId: string, language: string, text: string): Promise<string> {
  const dir = path.join("captions", assetId);
  await mkdir(resolveStoredPath(dir), { recursive: true });
  const storagePath = path.join(dir, `${language}.vtt`);
  const tmp = resolveStoredPath(`${storagePath}.${randomBytes(6).toString("hex")}.part`);
  await writeFile(tmp, text, "utf8");
  await rename(tmp, resolveStoredPath(storagePath));
  return storagePath;
}

export async function readStoredText(storagePath: string): Promise<string> {
  return readFile(resolveStoredPath(storagePath), "utf8");
}

/** Deletes a stored file; a file already gone is fine (deletion is idempotent). */
export async function removeStoredFile(storagePath: string): Promise<void> {
  await rm(resolveStoredPath(storagePath), { force: true });
}

export type ServeRequest = { method: string; headers: Headers };

/** What to answer for a stored file: a status, its headers and (for GET of a non-empty range) the bytes. */
export type StoredFileReply = { status: 200 | 206 | 304 | 416; headers: Record<string, string>; body: ReadableStream<Uint8Array> | null };

/**
 * How to serve a stored file with HTTP caching and Range support: 206 for one satisfiable range, 416 for an
 * unsatisfiable one, 200 otherwise (also when If-Range names an older version), 304 for a matching If-None-Match;
 * null when the file is not on disk. Stored videos are never rewritten (a new upload is a new file), so size + mtime
 * make a strong ETag.
 */
export async function storedFileReply(storagePath: string, contentType: string, req: ServeRequest, cacheControl: string): Promise<StoredFileReply | null> {
  const abs = resolveStoredPath(storagePath);
  const info = await stat(abs).catch(() => null);
  if (!info?.isFile()) return null;
  const size = info.size;
  const etag = `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
  const headers: Record<string, string> = {
    "Accept-Ranges": "bytes",
    "Content-Type": contentType,
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    "Cache-Control": cacheControl,
  };

  const ifNoneMatch = req.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*")) {
    return { status: 304, headers, body: null };
  }

  let rangeHeader = req.headers.get("range");
  const ifRange = req.headers.get("if-range");
  if (rangeHeader && ifRange && !ifRangeMatches(ifRange, etag, lastModified)) rangeHeader = null;
  const range = parseRange(rangeHeader, size);

  if (range.kind === "unsatisfiable") {
    const { "Content-Type": _type, ...rest } = headers;
    return { status: 416, headers: { ...rest, "Content-Range": contentRangeHeader(range, size) }, body: null };
  }
  headers["Content-Length"] = String(rangeLength(range, size));
  const status = range.kind === "partial" ? 206 : 200;
  if (range.kind === "partial") headers["Content-Range"] = contentRangeHeader(range, size);
  if (req.method === "HEAD" || size === 0) return { status, headers, body: null };

  const stream = createReadStream(abs, range.kind === "partial" ? { start: range.start, end: range.end } : {});
  return { status, headers, body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
}

/** If-Range holds an ETag (strong comparison) or an HTTP date (equal to Last-Modified). */
function ifRangeMatches(value: string, etag: string, lastModified: Date): boolean {
  const v = value.trim();
  if (v.startsWith('"') || v.startsWith("W/")) return v === etag;
  const date = Date.parse(v);
  return Number.isFinite(date) && date === lastModified.getTime();
}
