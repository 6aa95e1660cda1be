import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { dataDir } from "~/server/env";
import { AppError } from "~/server/errors";

// Where imported SCORM packages live: $PATHWAY_DATA_DIR/scorm/<packageId>/<path as in the zip>, beside the local media
// (server/media/paths.ts). ScormPackage.storagePath is "scorm/<packageId>", relative to the data directory.

/** The data directory, absolute. */
function dataRoot(): string {
  return path.resolve(dataDir());
}

/** $PATHWAY_DATA_DIR/scorm */
export function scormRoot(): string {
  return path.join(dataRoot(), "scorm");
}

/** The storagePath of a package: "scorm/<packageId>". */
export function packageStoragePath(packageId: string): string {
  return `scorm/${packageId}`;
}

/** The absolute directory of a stored package, or null when storagePath is not a "scorm/<id>" path. */
export function packageDir(storagePath: string): string | null {
  if (!/^scorm\/[A-Za-z0-9_-]+$/.test(storagePath)) return null;
  return path.join(dataRoot(), storagePath);
}

/**
 * The absolute path of a file of a stored package, only when it stays inside the package's directory (no "..",
 * absolute paths, backslashes, NUL or encoded tricks: the caller passes the decoded relative path); else null.
 * Existence is not checked.
 */
export function resolvePackageFile(storagePath: string, relativePath: string): string | null {
  const dir = packageDir(storagePath);
  if (!dir) return null;
  if (relativePath.includes("\0") || relativePath.includes("\\")) return null;
  const rel = relativePath.replace(/^\/+/, "");
  if (rel === "" || path.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return null;
  if (rel.split("/").some((part) => part === "..")) return null;
  const full = path.resolve(dir, rel);
  if (!full.startsWith(dir + path.sep)) return null;
  return full;
}

/** Temporary work of the importer (uploads, extraction): $PATHWAY_DATA_DIR/scorm/.tmp, on the packages' filesystem so a rename is atomic. */
export function scormTempRoot(): string {
  return path.join(scormRoot(), ".tmp");
}

/** A new empty temporary directory for an extraction. */
export async function makeExtractionDir(): Promise<string> {
  const dir = path.join(scormTempRoot(), `extract-${randomUUID()}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Moves a finished extraction to its package's place (the directory must not exist yet). */
export async function commitExtraction(extractionDir: string, packageId: string): Promise<string> {
  const target = packageDir(packageStoragePath(packageId));
  if (!target) throw new Error(`invalid package id ${packageId}`);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(extractionDir, target);
  return packageStoragePath(packageId);
}

/** Removes a stored package's files (an import that failed after they were moved). */
export async function removePackageFiles(storagePath: string): Promise<void> {
  const dir = packageDir(storagePath);
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Removes a temporary file or directory, never failing. */
export async function removeTemp(target: string): Promise<void> {
  await rm(target, { recursive: true, force: true }).catch(() => undefined);
}

/** Removes temporary uploads and extractions older than `maxAgeMs` (left by closed tabs or crashes). */
export async function sweepTemp(asOf: Date, maxAgeMs = 24 * 60 * 60 * 1000): Promise<number> {
  const root = scormTempRoot();
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const full = path.join(root, name);
    const info = await stat(full).catch(() => null);
    if (info && asOf.getTime() - info.mtimeMs > maxAgeMs) {
      await removeTemp(full);
      removed++;
    }
  }
  return removed;
}

// ── Uploads (the web's package upload, before its preview and import) ──

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An upload's file: named after its uploader, so one L&D admin never previews or imports another's upload. */
function uploadFile(actorId: string, uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId) || !/^[A-Za-z0-9_-]+$/.test(actorId)) throw new AppError("NOT_FOUND", "scormImport.uploadNotFound");
  return path.join(scormTempRoot(), `upload-${actorId}-${uploadId}.zip`);
}

/**
 * Streams an uploaded package to a temporary file (at most `maxBytes`), after sweeping uploads older than a day left
 * by anyone. Returns the upload's id for its preview and import.
 */
export async function receivePackageUpload(
  actorId: string,
  body: ReadableStream<Uint8Array> | null,
  declaredLength: number | null,
  maxBytes: number,
  asOf: Date = new Date(),
): Promise<{ uploadId: string; sizeBytes: number }> {
  const limit = { limit: Math.floor(maxBytes / (1024 * 1024)) };
  if (declaredLength !== null && declaredLength > maxBytes) throw new AppError("TOO_LARGE", "scormImport.uploadTooLarge", limit);
  if (!body) throw new AppError("INVALID", "scormImport.notAZip");
  await sweepTemp(asOf);
  await mkdir(scormTempRoot(), { recursive: true });
  const uploadId = randomUUID();
  const file = uploadFile(actorId, uploadId);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new AppError("TOO_LARGE", "scormImport.uploadTooLarge", limit));
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), counter, createWriteStream(file, { flags: "wx" }));
  } catch (error) {
    await removeTemp(file);
    throw error;
  }
  if (size === 0) {
    await removeTemp(file);
    throw new AppError("INVALID", "scormImport.notAZip");
  }
  return { uploadId, sizeBytes: size };
}

/** The file of one of the actor's uploads, or NOT_FOUND (expired, imported, cancelled, or someone else's). */
export async function uploadedPackage(actorId: string, uploadId: string): Promise<string> {
  const file = uploadFile(actorId, uploadId);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AppError("NOT_FOUND", "scormImport.uploadNotFound");
  return file;
}

/** Deletes one of the actor's uploads (after its import, on cancel, after a refused preview). */
export async function discardUpload(actorId: string, uploadId: string): Promise<void> {
  await removeTemp(uploadFile(actorId, uploadId));
}
