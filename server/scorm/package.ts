import "server-only";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import { AppError } from "~/server/errors";
import { env } from "~/server/env";
import { MANIFEST_FILE } from "~/server/scorm/manifest";

// Reads a SCORM package zip from disk, refusing what could harm the server before a byte is extracted: paths that
// leave the package (zip-slip: "..", absolute paths, drive letters, backslashes), symbolic links, too many files, too
// many bytes, and compression ratios no real content has (zip bombs). The central directory is checked first; the
// same limits are enforced again on the bytes actually inflated, since a central directory can lie.

export type PackageLimits = {
  maxFiles: number;
  maxBytes: number;
  /** a package or an entry larger than `ratioFloorBytes` may not be compressed more than this (100:1) */
  maxRatio: number;
  ratioFloorBytes: number;
};

export function packageLimits(): PackageLimits {
  const e = env();
  return { maxFiles: e.SCORM_MAX_FILES, maxBytes: e.SCORM_MAX_BYTES, maxRatio: 100, ratioFloorBytes: 1024 * 1024 };
}

export type ZipFileEntry = { name: string; size: number; compressedSize: number };

export type InspectedZip = {
  files: ZipFileEntry[];
  fileCount: number;
  /** uncompressed, as the central directory declares */
  sizeBytes: number;
  manifestXml: string;
};

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;

function open(zipPath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(new AppError("INVALID", "scormImport.notAZip", undefined, { cause: err }));
      else resolve(zip);
    });
  });
}

/** Walks the central directory, calling `visit` for each entry in turn (it may be async). */
function eachEntry(zip: yauzl.ZipFile, visit: (entry: yauzl.Entry) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      reject(err instanceof AppError ? err : new AppError("INVALID", "scormImport.corruptZip", undefined, { cause: err }));
    };
    zip.on("error", fail);
    zip.on("end", () => {
      if (!failed) resolve();
    });
    zip.on("entry", (entry: yauzl.Entry) => {
      visit(entry).then(() => {
        if (!failed) zip.readEntry();
      }, fail);
    });
    zip.readEntry();
  });
}

/** The entry's name, decoded (UTF-8 flag, Info-ZIP unicode path, else CP437), backslashes kept so they can be refused. */
function entryName(entry: yauzl.Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
}

/** The name of a safe entry, or a refusal naming it. Directory entries end with "/". */
export function checkEntryName(name: string): string {
  const shown = name.length > 200 ? `${name.slice(0, 200)}…` : name;
  if (name.includes("\\") || name.includes("\0") || /^[A-Za-z]:/.test(name) || name.startsWith("/") || name.split("/").includes("..")) {
    throw new AppError("INVALID", "scormImport.unsafePath", { path: shown });
  }
  return name;
}

function isSymlink(entry: yauzl.Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

function isDirectory(name: string): boolean {
  return name.endsWith("/");
}

function checkRatio(uncompressed: number, compressed: number, limits: PackageLimits) {
  if (uncompressed > limits.ratioFloorBytes && uncompressed > limits.maxRatio * Math.max(compressed, 1)) {
    throw new AppError("INVALID", "scormImport.zipBomb");
  }
}

function tooLarge(limits: PackageLimits) {
  return new AppError("TOO_LARGE", "scormImport.tooLarge", { limit: Math.floor(limits.maxBytes / (1024 * 1024)) });
}

async function readEntryText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) throw new AppError("INVALID", "scormImport.malformedXml", { line: 1, reason: "too large" });
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Checks a zip's central directory against the limits and reads its manifest; nothing is written. Refuses (AppError)
 * not-a-zip, unsafe paths, symlinks, too many files or bytes, zip bombs and a missing root imsmanifest.xml.
 */
export async function inspectZip(zipPath: string, limits: PackageLimits = packageLimits()): Promise<InspectedZip> {
  const zip = await open(zipPath);
  try {
    const files: ZipFileEntry[] = [];
    let sizeBytes = 0;
    let compressedBytes = 0;
    let manifestEntry: yauzl.Entry | null = null;
    await eachEntry(zip, async (entry) => {
      const name = checkEntryName(entryName(entry));
      if (isSymlink(entry)) throw new AppError("INVALID", "scormImport.symlink", { path: name });
      if (isDirectory(name)) return;
      files.push({ name, size: entry.uncompressedSize, compressedSize: entry.compressedSize });
      if (files.length > limits.maxFiles) throw new AppError("TOO_LARGE", "scormImport.tooManyFiles", { limit: limits.maxFiles });
      sizeBytes += entry.uncompressedSize;
      compressedBytes += entry.compressedSize;
      if (sizeBytes > limits.maxBytes) throw tooLarge(limits);
      checkRatio(entry.uncompressedSize, entry.compressedSize, limits);
      if (name === MANIFEST_FILE) manifestEntry = entry;
    });
    checkRatio(sizeBytes, compressedBytes, limits);
    if (!manifestEntry) {
      const nested = files
        .map((f) => f.name)
        .filter((n) => n.endsWith(`/${MANIFEST_FILE}`))
        .sort((a, b) => a.split("/").length - b.split("/").length)[0];
      if (nested) throw new AppError("INVALID", "scormImport.manifestInSubfolder", { folder: nested.slice(0, -MANIFEST_FILE.length - 1) });
      throw new AppError("INVALID", "scormImport.noManifest");
    }
    const manifestXml = await readEntryText(zip, manifestEntry);
    return { files, fileCount: files.length, sizeBytes, manifestXml };
  } catch (error) {
    throw error instanceof AppError ? error : new AppError("INVALID", "scormImport.corruptZip", undefined, { cause: error });
  } finally {
    zip.close();
  }
}

/**
 * Extracts a zip (already inspected) into `targetDir`, enforcing the limits on the bytes actually inflated. The caller
 * removes targetDir when this throws. Returns the bytes written.
 */
export async function extractZip(zipPath: string, targetDir: string, limits: PackageLimits = packageLimits()): Promise<number> {
  const root = path.resolve(targetDir);
  const zip = await open(zipPath);
  let written = 0;
  let compressedBytes = 0;
  let files = 0;
  try {
    await eachEntry(zip, async (entry) => {
      const name = checkEntryName(entryName(entry));
      if (isSymlink(entry)) throw new AppError("INVALID", "scormImport.symlink", { path: name });
      const target = path.resolve(root, name);
      if (target !== root && !target.startsWith(root + path.sep)) throw new AppError("INVALID", "scormImport.unsafePath", { path: name });
      if (isDirectory(name)) {
        await mkdir(target, { recursive: true });
        return;
      }
      if (++files > limits.maxFiles) throw new AppError("TOO_LARGE", "scormImport.tooManyFiles", { limit: limits.maxFiles });
      compressedBytes += entry.compressedSize;
      await mkdir(path.dirname(target), { recursive: true });
      let entryBytes = 0;
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          entryBytes += chunk.length;
          written += chunk.length;
          if (written > limits.maxBytes) return done(tooLarge(limits));
          if (entryBytes > limits.ratioFloorBytes && entryBytes > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
            return done(new AppError("INVALID", "scormImport.zipBomb"));
          }
          done(null, chunk);
        },
      });
      const stream = await zip.openReadStreamPromise(entry);
      await pipeline(stream, count, createWriteStream(target, { flags: "w" }));
    });
    checkRatio(written, compressedBytes, limits);
    return written;
  } catch (error) {
    throw error instanceof AppError ? error : new AppError("INVALID", "scormImport.corruptZip", undefined, { cause: error });
  } finally {
    zip.close();
  }
}

/** The sha256 of a file, hex. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
