import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "~/server/errors";
import { extractZip, inspectZip, sha256File, type PackageLimits } from "~/server/scorm/package";
import { refusedPackages, writeTempZip, zipFixture } from "~/tests/scorm/zip";

const limits: PackageLimits = { maxFiles: 50, maxBytes: 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 };
const generous: PackageLimits = { ...limits, maxFiles: 10_000, maxBytes: 100 * 1024 * 1024 };
const temps: string[] = [];

async function zipFile(zip: Buffer) {
  const file = await writeTempZip(zip);
  temps.push(path.dirname(file));
  return file;
}

async function refusalOf(zip: Buffer, l: PackageLimits = limits): Promise<string> {
  try {
    await inspectZip(await zipFile(zip), l);
  } catch (error) {
    if (error instanceof AppError) return error.key;
    throw error;
  }
  return "accepted";
}

afterAll(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

describe("inspectZip", () => {
  it("lists a package's files, its size and its manifest", async () => {
    const zip = await inspectZip(await zipFile(zipFixture("scorm2004-multi")), limits);
    expect(zip.files.map((f) => f.name).sort()).toEqual(["imsmanifest.xml", "sco1.html", "sco2.html", "shared/sco.css", "shared/sco.js"]);
    expect(zip.fileCount).toBe(5);
    expect(zip.sizeBytes).toBeGreaterThan(5000);
    expect(zip.manifestXml).toContain("pathway-test-scorm2004-multi");
  });

  it.each([
    ["notAZip", "scormImport.notAZip"],
    ["parentPath", "scormImport.unsafePath"],
    ["absolutePath", "scormImport.unsafePath"],
    ["backslashPath", "scormImport.unsafePath"],
    ["drivePath", "scormImport.unsafePath"],
    ["symlink", "scormImport.symlink"],
    ["zipBomb", "scormImport.zipBomb"],
    ["noManifest", "scormImport.noManifest"],
    ["manifestInSubfolder", "scormImport.manifestInSubfolder"],
  ] as const)("refuses %s before extracting anything", async (name, key) => {
    expect(await refusalOf(refusedPackages[name](), generous)).toBe(key);
  });

  it("refuses more files than the limit, and more bytes than the limit", async () => {
    expect(await refusalOf(refusedPackages.tooManyFiles(limits.maxFiles))).toBe("scormImport.tooManyFiles");
    expect(await refusalOf(refusedPackages.tooLarge(limits.maxBytes))).toBe("scormImport.tooLarge");
  });
});

describe("extractZip", () => {
  it("writes every file under the target directory, byte for byte", async () => {
    const file = await zipFile(zipFixture("scorm2004-multi"));
    const dir = await mkdtemp(path.join(os.tmpdir(), "pathway-extract-"));
    temps.push(dir);
    const bytes = await extractZip(file, dir, limits);
    expect(bytes).toBeGreaterThan(5000);
    expect((await readdir(path.join(dir, "shared"))).sort()).toEqual(["sco.css", "sco.js"]);
    expect(await readFile(path.join(dir, "sco1.html"), "utf8")).toContain("Mark complete");
  });

  it("stops on the bytes actually inflated, even when the central directory was not checked", async () => {
    const file = await zipFile(refusedPackages.zipBomb());
    const dir = await mkdtemp(path.join(os.tmpdir(), "pathway-extract-"));
    temps.push(dir);
    await expect(extractZip(file, dir, generous)).rejects.toMatchObject({ key: "scormImport.zipBomb" });
  });

  it("computes the zip's sha256", async () => {
    const a = await zipFile(zipFixture("scorm12-single", { "extra.txt": "a" }));
    const b = await zipFile(zipFixture("scorm12-single", { "extra.txt": "b" }));
    expect(await sha256File(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256File(a)).not.toBe(await sha256File(b));
  });
});
