import { mkdtempSync } from "node:fs";
import { readdir, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setTestEnv } from "~/tests/env";

const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-scorm-storage-"));
setTestEnv({ PATHWAY_DATA_DIR: dataDir });

const { discardUpload, receivePackageUpload, resolvePackageFile, uploadedPackage } = await import("~/server/scorm/storage");

function body(bytes: number): ReadableStream<Uint8Array> {
  return new Blob([new Uint8Array(bytes)]).stream();
}

describe("resolvePackageFile", () => {
  it("gives the absolute path of a file inside the package only", () => {
    expect(resolvePackageFile("scorm/abc123", "shared/sco.js")).toBe(path.join(dataDir, "scorm", "abc123", "shared", "sco.js"));
    expect(resolvePackageFile("scorm/abc123", "a/../b.html")).toBeNull();
    expect(resolvePackageFile("scorm/abc123", "../def456/index.html")).toBeNull();
    expect(resolvePackageFile("scorm/abc123", "..\\x.html")).toBeNull();
    expect(resolvePackageFile("scorm/abc123", "C:/x.html")).toBeNull();
    expect(resolvePackageFile("scorm/abc123", "x\0.html")).toBeNull();
    expect(resolvePackageFile("scorm/abc123", "")).toBeNull();
    expect(resolvePackageFile("media/abc123", "index.html")).toBeNull();
    expect(resolvePackageFile("scorm/.tmp", "upload.zip")).toBeNull();
  });
});

describe("package uploads", () => {
  it("keeps an upload for its uploader only, and deletes it on discard", async () => {
    const { uploadId, sizeBytes } = await receivePackageUpload("alice", body(1000), 1000, 10_000);
    expect(sizeBytes).toBe(1000);
    expect(await uploadedPackage("alice", uploadId)).toContain(uploadId);
    await expect(uploadedPackage("bob", uploadId)).rejects.toMatchObject({ key: "scormImport.uploadNotFound" });
    await discardUpload("alice", uploadId);
    await expect(uploadedPackage("alice", uploadId)).rejects.toMatchObject({ key: "scormImport.uploadNotFound" });
  });

  it("refuses a body over the limit, declared or streamed, and keeps nothing", async () => {
    await expect(receivePackageUpload("alice", body(100), 20_000, 10_000)).rejects.toMatchObject({ key: "scormImport.uploadTooLarge" });
    await expect(receivePackageUpload("alice", body(20_000), null, 10_000)).rejects.toMatchObject({ key: "scormImport.uploadTooLarge" });
    expect((await readdir(path.join(dataDir, "scorm", ".tmp"))).filter((n) => n.startsWith("upload-alice-"))).toEqual([]);
  });

  it("sweeps anyone's uploads older than a day on the next upload", async () => {
    const old = await receivePackageUpload("carol", body(10), 10, 10_000);
    const file = await uploadedPackage("carol", old.uploadId);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(file, twoDaysAgo, twoDaysAgo);
    await receivePackageUpload("dave", body(10), 10, 10_000);
    await expect(uploadedPackage("carol", old.uploadId)).rejects.toMatchObject({ key: "scormImport.uploadNotFound" });
  });
});
