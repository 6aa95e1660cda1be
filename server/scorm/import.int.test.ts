import { mkdtempSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setTestEnv } from "~/tests/env";

const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-scorm-import-"));
setTestEnv({ PATHWAY_DATA_DIR: dataDir });

import { AppError } from "~/server/errors";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCategory, uniq } from "~/tests/factories";
import { importPackage, previewPackage } from "~/server/scorm/import";
import { startCourse } from "~/server/courses/player";
import { resolvePackageFile } from "~/server/scorm/storage";
import type { PackageLimits } from "~/server/scorm/package";
import { refusedPackages, writeTempZip, zipFixture, zipFixtureWithManifest, type RefusedPackage } from "~/tests/scorm/zip";

const db = testDb();
const limits: PackageLimits = { maxFiles: 40, maxBytes: 4 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 };

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function storedPackageDirs(): Promise<string[]> {
  try {
    return (await readdir(path.join(dataDir, "scorm"))).filter((n) => n !== ".tmp");
  } catch {
    return [];
  }
}

async function leftoverTemp(): Promise<string[]> {
  try {
    return await readdir(path.join(dataDir, "scorm", ".tmp"));
  } catch {
    return [];
  }
}

/** A manifest identifier unique to the test, so each import makes its own course. */
function uniqueFixture(fixture: "scorm12-single" | "scorm2004-multi", id = uniq("t-")) {
  return zipFixtureWithManifest(fixture, (xml) => xml.replace(`identifier="pathway-test-${fixture}"`, `identifier="${id}"`));
}

describe("importing a SCORM package", () => {
  let category: { id: string; code: string };
  beforeEach(async () => {
    category = await createCategory(db);
  });

  it("previews what a package holds without storing anything", async () => {
    const zip = await writeTempZip(zipFixture("scorm2004-multi"));
    const before = await db.scormPackage.count();
    const preview = await previewPackage(zip, { limits });
    expect(preview).toMatchObject({
      standard: "scorm2004",
      version: "2004 4th Edition",
      title: "Pathway test — SCORM 2004 two SCOs",
      identifier: "pathway-test-scorm2004-multi",
      language: "en",
      fileCount: 5,
      hasSequencing: true,
      declaredTrainingDays: "0.25",
    });
    expect(preview.items.map((i) => [i.title, i.launch])).toEqual([
      ["Part 1: Introduction", "sco1.html"],
      ["Part 2: Check", "sco2.html?part=2"],
    ]);
    expect(await db.scormPackage.count()).toBe(before);
  });

  it("creates a course with one SCORM lesson per SCO, stores the files and audits who imported what", async () => {
    const actor = await createActorWithRole(db, "LD_ADMIN");
    const code = uniq("S").toUpperCase().slice(0, 12);
    const zip = await writeTempZip(uniqueFixture("scorm2004-multi"), "multi.zip");
    const result = await importPackage(actor, zip, { fileName: "multi.zip", code, categoryCode: category.code, limits });
    expect(result).toMatchObject({ code, standard: "scorm2004", version: "2004 4th Edition", lessons: 2, courseVersion: 1, published: false, unchanged: false });

    const course = await db.course.findUniqueOrThrow({ where: { code }, include: { versions: { include: { lessons: { orderBy: { position: "asc" } } } } } });
    expect(course).toMatchObject({ title: "Pathway test — SCORM 2004 two SCOs", mode: "ONLINE", categoryId: category.id, languages: ["en"], baseLocale: "en", status: "DRAFT" });
    expect(course.trainingDays.toString()).toBe("0.25");
    const lessons = course.versions[0]!.lessons;
    expect(lessons.map((l) => [l.position, l.kind, l.title, l.scormItem, l.scormLaunch])).toEqual([
      [1, "SCORM", "Part 1: Introduction", "item-part-1", "sco1.html"],
      [2, "SCORM", "Part 2: Check", "item-part-2", "sco2.html?part=2"],
    ]);
    const pkg = await db.scormPackage.findUniqueOrThrow({ where: { id: lessons[0]!.scormPackageId! } });
    expect(pkg).toMatchObject({ courseId: course.id, standard: "SCORM2004", fileName: "multi.zip", fileCount: 5, hasSequencing: true, importedById: actor.id });
    expect(pkg.storagePath).toBe(`scorm/${pkg.id}`);
    const sco = resolvePackageFile(pkg.storagePath, "shared/sco.js");
    expect(sco).toBe(path.join(dataDir, "scorm", pkg.id, "shared", "sco.js"));
    expect(await readFile(sco!, "utf8")).toContain("API_1484_11");
    expect(resolvePackageFile(pkg.storagePath, "../other/index.html")).toBeNull();

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "scorm.import", entityId: course.id } });
    expect(entry.actorId).toBe(actor.id);
    expect(entry.data).toMatchObject({ fileName: "multi.zip", sha256: pkg.sha256, fileCount: 5, lessons: 2 });
    expect(await leftoverTemp()).toEqual([]);
  });

  it("makes the course code from the manifest identifier, publishes when asked, and takes training days from the CLI", async () => {
    const id = `acme.fire-safety_${uniq()}`;
    const zip = await writeTempZip(uniqueFixture("scorm12-single", id));
    const result = await importPackage(null, zip, { fileName: "fire.zip", categoryCode: category.code, publish: true, trainingDays: "0.5", limits });
    expect(result.code).toBe(`ACME-FIRE-SAFETY-${id.split("_")[1]!.toUpperCase()}`.slice(0, 24).replace(/-+$/, ""));
    expect(result).toMatchObject({ standard: "scorm12", version: "1.2", lessons: 1, published: true });
    const course = await db.course.findUniqueOrThrow({ where: { id: result.courseId }, include: { versions: true } });
    expect(course.status).toBe("PUBLISHED");
    expect(course.trainingDays.toString()).toBe("0.5");
    expect(course.versions[0]!.publishedAt).not.toBeNull();
  });

  it("recognises the same file imported again: nothing changes", async () => {
    const code = uniq("S").toUpperCase().slice(0, 12);
    const zip = await writeTempZip(uniqueFixture("scorm12-single"));
    const first = await importPackage(null, zip, { fileName: "a.zip", code, categoryCode: category.code, publish: true, limits });
    const dirs = (await storedPackageDirs()).length;
    const again = await importPackage(null, zip, { fileName: "a.zip", code, publish: true, limits });
    expect(again).toMatchObject({ courseId: first.courseId, courseVersion: 1, unchanged: true, published: true, packageId: null });
    expect(await db.scormPackage.count({ where: { courseId: first.courseId } })).toBe(1);
    expect(await db.courseVersion.count({ where: { courseId: first.courseId } })).toBe(1);
    expect((await storedPackageDirs()).length).toBe(dirs);
  });

  it("makes a changed package a new version; learners under way keep theirs", async () => {
    const code = uniq("S").toUpperCase().slice(0, 12);
    const id = uniq("t-");
    const v1 = await importPackage(null, await writeTempZip(uniqueFixture("scorm12-single", id)), { fileName: "v1.zip", code, categoryCode: category.code, publish: true, limits });
    const learner = await createActorWithRole(db, "LEARNER");
    const oldVersion = await db.courseVersion.findFirstOrThrow({ where: { courseId: v1.courseId, version: 1 } });
    await startCourse(learner, v1.courseId, {}, new Date());

    const changed = zipFixtureWithManifest("scorm12-single", (xml) =>
      xml.replace(`identifier="pathway-test-scorm12-single"`, `identifier="${id}"`).replace("<adlcp:masteryscore>80", "<adlcp:masteryscore>70"),
    );
    const v2 = await importPackage(null, await writeTempZip(changed), { fileName: "v2.zip", code, publish: true, limits });
    expect(v2).toMatchObject({ courseId: v1.courseId, courseVersion: 2, published: true, unchanged: false, lessons: 1 });
    const versions = await db.courseVersion.findMany({ where: { courseId: v1.courseId }, orderBy: { version: "asc" }, include: { lessons: true } });
    expect(versions.map((v) => [v.version, v.lessons[0]!.scormPackageId])).toEqual([
      [1, v1.packageId],
      [2, v2.packageId],
    ]);
    const progress = await db.courseProgress.findFirstOrThrow({ where: { staffId: learner.id, courseId: v1.courseId } });
    expect(progress.versionId).toBe(oldVersion.id);
  });

  it("adds a package's SCOs as lessons at the end of a course's draft", async () => {
    const actor = await createActorWithRole(db, "LD_ADMIN");
    const code = uniq("S").toUpperCase().slice(0, 12);
    const first = await importPackage(actor, await writeTempZip(uniqueFixture("scorm12-single")), { fileName: "a.zip", code, categoryCode: category.code, publish: true, limits });
    const added = await importPackage(actor, await writeTempZip(uniqueFixture("scorm2004-multi")), { fileName: "b.zip", appendTo: first.courseId, limits });
    expect(added).toMatchObject({ courseId: first.courseId, courseVersion: 2, lessons: 2, published: false });
    const draft = await db.courseVersion.findFirstOrThrow({ where: { courseId: first.courseId, version: 2 }, include: { lessons: { orderBy: { position: "asc" } } } });
    // The live version's lesson was copied into the draft with its package, then the new package's two SCOs follow.
    expect(draft.lessons.map((l) => [l.position, l.scormPackageId])).toEqual([
      [1, first.packageId],
      [2, added.packageId],
      [3, added.packageId],
    ]);
  });

  it("never takes over a course whose code a manifest identifier happens to make", async () => {
    const id = uniq("t-");
    const zip = await writeTempZip(uniqueFixture("scorm12-single", id));
    const code = id.toUpperCase();
    await db.course.create({ data: { code, title: "Someone else's", categoryId: category.id, mode: "ONLINE", trainingDays: "0.125" } });
    await expect(importPackage(null, zip, { fileName: "a.zip", categoryCode: category.code, limits })).rejects.toMatchObject({ key: "scormImport.codeTakenByOther" });
  });

  const refusals: [Exclude<RefusedPackage, "tooLarge">, string][] = [
    ["notAZip", "scormImport.notAZip"],
    ["parentPath", "scormImport.unsafePath"],
    ["absolutePath", "scormImport.unsafePath"],
    ["symlink", "scormImport.symlink"],
    ["zipBomb", "scormImport.zipBomb"],
    ["noManifest", "scormImport.noManifest"],
    ["manifestInSubfolder", "scormImport.manifestInSubfolder"],
    ["malformedXml", "scormImport.malformedXml"],
    ["noOrganization", "scormImport.noOrganization"],
    ["unknownDefaultOrganization", "scormImport.defaultOrganizationMissing"],
    ["itemWithoutResource", "scormImport.itemWithoutResource"],
    ["unknownResource", "scormImport.unknownResource"],
    ["launchFileMissing", "scormImport.launchFileMissing"],
  ];

  it.each(refusals)("refuses %s with one sentence and stores nothing", async (name, key) => {
    const code = uniq("S").toUpperCase().slice(0, 12);
    const zip = await writeTempZip(refusedPackages[name]());
    const [courses, packages, audits, dirs] = [await db.course.count(), await db.scormPackage.count(), await db.auditEntry.count(), await storedPackageDirs()];
    const error = await importPackage(null, zip, { fileName: "bad.zip", code, categoryCode: category.code, publish: true, limits }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).key).toBe(key);
    expect((error as AppError).message).toMatch(/\.$/);
    expect(await db.course.count()).toBe(courses);
    expect(await db.scormPackage.count()).toBe(packages);
    expect(await db.auditEntry.count()).toBe(audits);
    expect(await storedPackageDirs()).toEqual(dirs);
    expect(await leftoverTemp()).toEqual([]);
  });

  it("refuses too many files and too many bytes, storing nothing", async () => {
    const code = uniq("S").toUpperCase().slice(0, 12);
    const packages = await db.scormPackage.count();
    await expect(importPackage(null, await writeTempZip(refusedPackages.tooManyFiles(limits.maxFiles)), { fileName: "x.zip", code, limits })).rejects.toMatchObject({
      key: "scormImport.tooManyFiles",
    });
    await expect(importPackage(null, await writeTempZip(refusedPackages.tooLarge(limits.maxBytes)), { fileName: "x.zip", code, limits })).rejects.toMatchObject({
      key: "scormImport.tooLarge",
    });
    expect(await db.scormPackage.count()).toBe(packages);
    expect(await db.course.findUnique({ where: { code } })).toBeNull();
  });
});
