import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "~/server/db";
import type { Prisma } from "~/server/generated/prisma/client";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { openDraft, publishDraft } from "~/server/courses/authoring";
import { SELF_PACED_MODES } from "~/lib/schemas/courses";
import { LOCALES } from "~/lib/i18n/locales";
import { parseTrainingDays } from "~/lib/training-days";
import type { ScormManifest, ScormStandardName } from "~/lib/scorm/types";
import { parseManifest, type ManifestWarning } from "~/server/scorm/manifest";
import { extractZip, inspectZip, packageLimits, sha256File, type PackageLimits } from "~/server/scorm/package";
import { commitExtraction, makeExtractionDir, packageStoragePath, removePackageFiles, removeTemp } from "~/server/scorm/storage";

// Importing a SCORM package: a new course (one SCORM lesson per launchable item, in manifest order), a new version of
// the course it was imported into before (a changed package; learners under way keep their version), or lessons
// appended to a course's draft. Everything is checked before anything is stored; a refusal stores nothing (no rows,
// no files), and importing the same file again changes nothing.

export type PackagePreview = {
  standard: ScormStandardName;
  version: string;
  title: string;
  identifier: string;
  language: string | null;
  items: { identifier: string; title: string; launch: string; scormType: "sco" | "asset" }[];
  fileCount: number;
  sizeBytes: number;
  hasSequencing: boolean;
  warnings: ManifestWarning[];
  /** LOM typicalLearningTime as training days (0.125 a started hour), or null */
  declaredTrainingDays: string | null;
  /** the course code an import would use without --code */
  suggestedCode: string | null;
  /** the course a plain import would make a new version of (same code), if any */
  existingCourse: { id: string; code: string; title: string } | null;
};

export type ImportOptions = {
  fileName: string;
  /** the course code (else made from the manifest identifier) */
  code?: string;
  /** the category by code (CLI) or id (web); else a default category */
  categoryCode?: string;
  categoryId?: string;
  publish?: boolean;
  /** training days as typed ("0.25"), overriding the package's declared learning time */
  trainingDays?: string;
  /** a new version of this course (web) */
  courseId?: string;
  /** "lessons": append the package's SCOs to this course's draft (web: "Add a SCORM package as lessons") */
  appendTo?: string;
  asOf?: Date;
  limits?: PackageLimits;
};

export type ImportResult = {
  courseId: string;
  code: string;
  title: string;
  standard: ScormStandardName;
  version: string;
  lessons: number;
  courseVersion: number;
  published: boolean;
  /** the same file was already imported into this course: nothing was stored */
  unchanged: boolean;
  packageId: string | null;
};

const CODE_RE = /^[A-Z][A-Z0-9-]{1,23}$/;

/** A valid course code made from a manifest identifier ("com.acme.fire-safety_v2" → "COM-ACME-FIRE-SAFETY-V2"), or null. */
export function codeFromIdentifier(identifier: string): string | null {
  let code = identifier
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!code) return null;
  if (!/^[A-Z]/.test(code)) code = `SCORM-${code}`;
  code = code.slice(0, 24).replace(/-+$/, "");
  return CODE_RE.test(code) ? code : null;
}

/** Declared learning time as training days: 0.125 an hour, rounded to the nearest hour, at least 0.125. */
export function trainingDaysFromMinutes(minutes: number | null): string | null {
  if (minutes === null) return null;
  const hours = Math.max(1, Math.round(minutes / 60));
  return parseTrainingDays(String(hours * 0.125));
}

function typedTrainingDays(text: string): string {
  try {
    return parseTrainingDays(text);
  } catch (error) {
    throw new AppError("INVALID", "scormImport.invalidTrainingDays", { text }, { field: "trainingDays", cause: error });
  }
}

function courseLanguage(language: string | null): (typeof LOCALES)[number] {
  const primary = language?.split("-")[0]?.toLowerCase();
  return (LOCALES as readonly string[]).includes(primary ?? "") ? (primary as (typeof LOCALES)[number]) : "en";
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A new package id (storage directory name): 25 lowercase letters and digits, like the schema's cuids. */
function newPackageId(): string {
  return `c${randomBytes(16).toString("hex").slice(0, 24)}`;
}

type Checked = { parsed: ReturnType<typeof parseManifest>; fileCount: number; sizeBytes: number };

async function checkPackage(zipPath: string, limits: PackageLimits): Promise<Checked> {
  const zip = await inspectZip(zipPath, limits);
  const parsed = parseManifest(zip.manifestXml, new Set(zip.files.map((f) => f.name)));
  return { parsed, fileCount: zip.fileCount, sizeBytes: zip.sizeBytes };
}

/** What a package holds, for L&D to check before importing it; stores nothing. Refusals throw AppError. */
export async function previewPackage(zipPath: string, opts: { code?: string; limits?: PackageLimits } = {}): Promise<PackagePreview> {
  const { parsed, fileCount, sizeBytes } = await checkPackage(zipPath, opts.limits ?? packageLimits());
  const { manifest } = parsed;
  const suggestedCode = opts.code ?? codeFromIdentifier(manifest.identifier);
  const existing = suggestedCode ? await db.course.findUnique({ where: { code: suggestedCode }, select: { id: true, code: true, title: true } }) : null;
  return {
    standard: manifest.standard,
    version: manifest.version,
    title: manifest.title,
    identifier: manifest.identifier,
    language: manifest.language,
    items: manifest.items.map((i) => ({ identifier: i.identifier, title: i.title, launch: `${i.href}${i.parameters}`, scormType: i.scormType })),
    fileCount,
    sizeBytes,
    hasSequencing: manifest.hasSequencing,
    warnings: parsed.warnings,
    declaredTrainingDays: trainingDaysFromMinutes(parsed.typicalLearningMinutes),
    suggestedCode,
    existingCourse: existing,
  };
}

async function lockCourse(tx: Tx, courseId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "scormImport.courseNotFound");
}

async function categoryFor(tx: Tx, opts: ImportOptions): Promise<string> {
  if (opts.categoryId) {
    const c = await tx.category.findFirst({ where: { id: opts.categoryId, retiredAt: null }, select: { id: true } });
    if (!c) throw new AppError("INVALID", "courses.categoryNotActive", {}, { field: "categoryId" });
    return c.id;
  }
  if (opts.categoryCode) {
    const c = await tx.category.findFirst({ where: { code: opts.categoryCode.trim().toUpperCase(), retiredAt: null }, select: { id: true } });
    if (!c) throw new AppError("INVALID", "scormImport.categoryNotFound", { code: opts.categoryCode });
    return c.id;
  }
  // No category given: one meant for online learning when there is one, else the first active category.
  const active = await tx.category.findMany({ where: { retiredAt: null }, orderBy: { code: "asc" }, select: { id: true, code: true } });
  const preferred = ["ELEARNING", "E-LEARNING", "ONLINE", "GENERAL", "OTHER"];
  const found = preferred.map((p) => active.find((c) => c.code === p)).find(Boolean) ?? active[0];
  if (!found) throw new AppError("INVALID", "scormImport.noCategory");
  return found.id;
}

/** The SCORM lessons of a package's launchable items, from `position` on. */
function lessonRows(manifest: ScormManifest, packageId: string, versionId: string, position: number): Prisma.LessonCreateManyInput[] {
  return manifest.items.map((item, i) => ({
    versionId,
    position: position + i,
    kind: "SCORM",
    title: clip(item.title || manifest.title, 200),
    required: true,
    scormPackageId: packageId,
    scormItem: item.identifier,
    scormLaunch: `${item.href}${item.parameters}`,
  }));
}

/** The newest version of a course (its draft, else its live version), and the packages its lessons play. */
async function newestVersion(tx: Tx | typeof db, courseId: string) {
  const version = await tx.courseVersion.findFirst({
    where: { courseId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true, lessons: { select: { kind: true, scormPackage: { select: { sha256: true } } } } },
  });
  return version;
}

/**
 * Imports a package from a zip on disk. Refusals (AppError) store nothing. `actor` is null from the command line
 * (the operator), as for the other CLI imports.
 */
export async function importPackage(actor: Actor | null, zipPath: string, opts: ImportOptions): Promise<ImportResult> {
  const asOf = opts.asOf ?? new Date();
  const limits = opts.limits ?? packageLimits();
  const { parsed, fileCount, sizeBytes } = await checkPackage(zipPath, limits);
  const { manifest } = parsed;
  const sha256 = await sha256File(zipPath);
  const trainingDays = opts.trainingDays !== undefined ? typedTrainingDays(opts.trainingDays) : (trainingDaysFromMinutes(parsed.typicalLearningMinutes) ?? "0.125");
  const summary = { standard: manifest.standard, version: manifest.version };

  // Which course: one given (web), one to append to, or the code's (given, or made from the identifier).
  let code: string | null = null;
  if (!opts.courseId && !opts.appendTo) {
    code = opts.code ? opts.code.trim().toUpperCase() : codeFromIdentifier(manifest.identifier);
    if (!code || !CODE_RE.test(code)) throw new AppError("INVALID", "scormImport.invalidCode", { code: opts.code ?? manifest.identifier }, { field: "code" });
  }
  const existingId = opts.appendTo ?? opts.courseId ?? (await db.course.findUnique({ where: { code: code! }, select: { id: true } }))?.id ?? null;

  if (existingId && code && !opts.code) {
    // A code made from the identifier names a course that was not imported from this package: never take it over.
    const same = await db.scormPackage.findFirst({ where: { courseId: existingId, identifier: manifest.identifier }, select: { id: true } });
    if (!same) throw new AppError("COURSE_EXISTS", "scormImport.codeTakenByOther", { code }, { field: "code" });
  }
  if (existingId && !opts.appendTo) {
    // The same file as the course's newest version plays: nothing to do (publishing it when asked and not yet done).
    const newest = await newestVersion(db, existingId);
    const scorm = newest?.lessons.filter((l) => l.kind === "SCORM") ?? [];
    if (newest && scorm.length > 0 && scorm.length === newest.lessons.length && scorm.every((l) => l.scormPackage?.sha256 === sha256)) {
      let published = !!newest.publishedAt;
      if (!published && opts.publish) {
        await publishDraft(actor, existingId, asOf);
        published = true;
      }
      const course = await db.course.findUniqueOrThrow({ where: { id: existingId }, select: { code: true, title: true } });
      return { courseId: existingId, ...course, ...summary, lessons: scorm.length, courseVersion: newest.version, published, unchanged: true, packageId: null };
    }
  }
  if (existingId && !code && !(await db.course.findUnique({ where: { id: existingId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "scormImport.courseNotFound");
  }
  if (opts.appendTo && !actor) throw new AppError("FORBIDDEN", "common.forbidden");

  const packageId = newPackageId();
  const extraction = await makeExtractionDir();
  let stored: string | null = null;
  try {
    await extractZip(zipPath, extraction, limits);
    // Appending opens the course's draft the way the editor does (a copy of the live version when there is none).
    if (opts.appendTo && actor) await openDraft(actor, opts.appendTo);
    const result = await db.$transaction(
      async (tx) => {
        let courseId: string;
        let versionId: string;
        let versionNumber: number;
        let position = 1;
        if (!existingId) {
          const language = courseLanguage(manifest.language);
          const categoryId = await categoryFor(tx, opts);
          const data = {
            code: code!, title: clip(manifest.title, 200), summary: "", categoryId, mode: "ONLINE" as const, trainingDays,
            languages: [language], baseLocale: language, mandatory: false, validityMonths: null, quizAttempts: null, quizWaitHours: null, lessonsBeforeQuiz: false,
          };
          const course = await tx.course.create({ data: { ...data, ownerId: actor?.id ?? null, status: "DRAFT" }, select: { id: true } });
          await audit(tx, actor, "course.create", "Course", course.id, { data: { ...data, source: "scorm" } });
          const version = await tx.courseVersion.create({ data: { courseId: course.id, version: 1 }, select: { id: true, version: true } });
          courseId = course.id;
          versionId = version.id;
          versionNumber = version.version;
        } else {
          courseId = existingId;
          await lockCourse(tx, courseId);
          const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { mode: true } });
          if (!SELF_PACED_MODES.includes(course.mode)) throw new AppError("INVALID", "scormImport.courseNotOnline");
          const draft = await tx.courseVersion.findFirst({
            where: { courseId, publishedAt: null },
            select: { id: true, version: true, lessons: { orderBy: { position: "desc" }, select: { kind: true, position: true } } },
          });
          if (opts.appendTo) {
            if (!draft) throw new AppError("NO_DRAFT", "courses.contentPublished");
            position = (draft.lessons[0]?.position ?? 0) + 1;
            versionId = draft.id;
            versionNumber = draft.version;
          } else if (draft) {
            // A draft left by an earlier import (SCORM lessons only) is replaced; one L&D is editing is not.
            if (draft.lessons.some((l) => l.kind !== "SCORM")) throw new AppError("CONFLICT", "scormImport.draftInProgress", { version: draft.version });
            await tx.lesson.deleteMany({ where: { versionId: draft.id } });
            versionId = draft.id;
            versionNumber = draft.version;
          } else {
            const latest = await tx.courseVersion.findFirst({ where: { courseId }, orderBy: { version: "desc" }, select: { version: true } });
            const version = await tx.courseVersion.create({ data: { courseId, version: (latest?.version ?? 0) + 1 }, select: { id: true, version: true } });
            versionId = version.id;
            versionNumber = version.version;
          }
        }
        await tx.scormPackage.create({
          data: {
            id: packageId, courseId, standard: manifest.standard === "scorm12" ? "SCORM12" : "SCORM2004", version: manifest.version,
            identifier: manifest.identifier, title: manifest.title, language: manifest.language, fileName: clip(opts.fileName, 255), sha256,
            sizeBytes: BigInt(sizeBytes), fileCount, storagePath: packageStoragePath(packageId), manifest: manifest as unknown as Prisma.InputJsonValue,
            hasSequencing: manifest.hasSequencing, importedById: actor?.id ?? null, createdAt: asOf,
          },
        });
        await tx.lesson.createMany({ data: lessonRows(manifest, packageId, versionId, position) });
        const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { code: true, title: true } });
        await audit(tx, actor, "scorm.import", "Course", courseId, {
          data: {
            fileName: opts.fileName, sha256, fileCount, sizeBytes, packageId, ...summary, identifier: manifest.identifier,
            lessons: manifest.items.length, courseVersion: versionNumber, mode: opts.appendTo ? "lessons" : existingId ? "newVersion" : "newCourse",
          },
        });
        // The files take their place last: if this fails, the transaction rolls back; if the commit fails, they are removed.
        stored = await commitExtraction(extraction, packageId);
        return { courseId, ...course, ...summary, lessons: manifest.items.length, courseVersion: versionNumber, published: false, unchanged: false, packageId };
      },
      { timeout: 60_000 },
    );
    if (opts.publish && !opts.appendTo) {
      await publishDraft(actor, result.courseId, asOf);
      result.published = true;
    }
    return result;
  } catch (error) {
    if (stored) {
      // Stored files whose rows did not commit; a failed publish leaves the imported draft (and so its files) in place.
      const committed = await db.scormPackage.findUnique({ where: { id: packageId }, select: { id: true } });
      if (!committed) await removePackageFiles(stored);
    }
    if ((error as { code?: string }).code === "P2002") throw new AppError("COURSE_EXISTS", "courses.codeTaken", { code: code ?? "" }, { field: "code", cause: error });
    throw error;
  } finally {
    await removeTemp(extraction);
  }
}
