// Factories for the SCORM runtime's integration tests (server/scorm/*.int.test.ts): a published course whose lessons
// play a fixture package (e2e/fixtures/scorm), its files copied where the importer stores them. The rows are made
// directly, so these tests do not depend on the importer; the manifest JSON is what the importer stores for them.
import { cp } from "node:fs/promises";
import path from "node:path";
import type { Db } from "~/server/db";
import type { ScormManifest } from "~/lib/scorm/types";
import { createCourse, type CourseOptions } from "~/tests/factories";
import { FIXTURES_DIR, type OwnScormFixture } from "~/tests/scorm/zip";
import { dataDir } from "~/server/env";

const ITEM = { parameters: "", scormType: "sco" as const, masteryScore: null, scaledPassingScore: null, completionThreshold: null, dataFromLms: null, maxTimeAllowed: null, timeLimitAction: null };

export const FIXTURE_MANIFESTS: Record<OwnScormFixture, ScormManifest> = {
  "scorm12-single": {
    standard: "scorm12",
    version: "1.2",
    identifier: "pathway-test-scorm12-single",
    title: "Pathway test — SCORM 1.2 single SCO",
    language: null,
    hasSequencing: false,
    items: [{ ...ITEM, identifier: "item-1", title: "Pathway test — SCORM 1.2 single SCO", href: "index.html", masteryScore: 80 }],
  },
  "scorm2004-multi": {
    standard: "scorm2004",
    version: "2004 4th Edition",
    identifier: "pathway-test-scorm2004-multi",
    title: "Pathway test — SCORM 2004 two SCOs",
    language: "en",
    hasSequencing: true,
    items: [
      { ...ITEM, identifier: "item-part-1", title: "Part 1: Introduction", href: "sco1.html" },
      { ...ITEM, identifier: "item-part-2", title: "Part 2: Check", href: "sco2.html", parameters: "?part=2", scaledPassingScore: 0.8 },
    ],
  },
};

/**
 * A published course (see createCourse) whose lessons are the fixture's items in order, all required, or with
 * `before` lessons of other kinds first. `manifest` changes the stored manifest (mastery score, asset items…).
 */
export async function createScormCourse(
  db: Db,
  o: { fixture?: OwnScormFixture; manifest?: (m: ScormManifest) => ScormManifest; course?: CourseOptions; copyFiles?: boolean } = {},
) {
  const fixture = o.fixture ?? "scorm12-single";
  const manifest = (o.manifest ?? ((m) => m))(structuredClone(FIXTURE_MANIFESTS[fixture]));
  const course = await createCourse(db, { lessons: [], ...o.course });
  const pkg = await db.scormPackage.create({
    data: {
      courseId: course.id,
      standard: manifest.standard === "scorm12" ? "SCORM12" : "SCORM2004",
      version: manifest.version,
      identifier: manifest.identifier,
      title: manifest.title,
      language: manifest.language,
      fileName: `${fixture}.zip`,
      sha256: "0".repeat(64),
      sizeBytes: BigInt(1000),
      fileCount: 2,
      storagePath: "pending",
      manifest,
      hasSequencing: manifest.hasSequencing,
    },
  });
  const storagePath = `scorm/${pkg.id}`;
  await db.scormPackage.update({ where: { id: pkg.id }, data: { storagePath } });
  if (o.copyFiles !== false) await cp(path.join(FIXTURES_DIR, fixture), path.join(path.resolve(dataDir()), storagePath), { recursive: true });
  const lessons = [];
  for (const [i, item] of manifest.items.entries()) {
    lessons.push(
      await db.lesson.create({
        data: {
          versionId: course.versionId,
          position: i + 1,
          kind: "SCORM",
          title: item.title,
          required: true,
          scormPackageId: pkg.id,
          scormItem: item.identifier,
          scormLaunch: item.href + item.parameters,
        },
        select: { id: true, position: true, title: true },
      }),
    );
  }
  return { ...course, packageId: pkg.id, storagePath, manifest, scormLessons: lessons };
}
