// Builds SCORM package zips for tests: a fixture directory (e2e/fixtures/scorm/<name>) zipped as an authoring tool
// would, with changes, and one builder per package the importer must refuse (server/scorm/package.ts, manifest.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync, type Zippable, type ZipAttributes } from "fflate";

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../e2e/fixtures/scorm");

/** The project's own fixtures, and the two whose manifests a third-party packager wrote (third-party/SOURCE.md). */
export type OwnScormFixture = "scorm12-single" | "scorm2004-multi";
export type ScormFixture = OwnScormFixture | "third-party/travel-briefing-12" | "third-party/travel-briefing-2004";

/** A file's content, or null to leave it out of the zip. */
export type ZipOverrides = Record<string, string | Uint8Array | null>;

/** The files of a fixture directory, by path inside the package ("/" separators). */
export function fixtureFiles(fixture: ScormFixture): Record<string, Uint8Array> {
  const root = path.join(FIXTURES_DIR, fixture);
  const out: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(root, full).split(path.sep).join("/")] = new Uint8Array(readFileSync(full));
    }
  };
  walk(root);
  return out;
}

/** The manifest of a fixture, as text (to change it for a test). */
export function fixtureManifest(fixture: ScormFixture): string {
  return readFileSync(path.join(FIXTURES_DIR, fixture, "imsmanifest.xml"), "utf8");
}

type Entry = Uint8Array | [Uint8Array, ZipAttributes & { level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }];

/** Zips entries given by their exact names (no flattening or normalising, so crafted names stay as given). */
export function zipEntries(entries: Record<string, Entry>): Buffer {
  // fflate joins nested keys with "/"; flat keys are written as they are.
  return Buffer.from(zipSync(entries as Zippable, { level: 6 }));
}

/** A fixture zipped, with files replaced, added (string or bytes) or left out (null). */
export function zipFixture(fixture: ScormFixture, overrides: ZipOverrides = {}): Buffer {
  const files: Record<string, Entry> = fixtureFiles(fixture);
  for (const [name, content] of Object.entries(overrides)) {
    if (content === null) delete files[name];
    else files[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipEntries(files);
}

/** A fixture with its manifest changed by `edit` (a function of the manifest's text). */
export function zipFixtureWithManifest(fixture: ScormFixture, edit: (xml: string) => string): Buffer {
  const xml = fixtureManifest(fixture);
  const changed = edit(xml);
  if (changed === xml) throw new Error("zipFixtureWithManifest: the edit changed nothing");
  return zipFixture(fixture, { "imsmanifest.xml": changed });
}

const S_IFLNK = 0o120000;

/** Every package the importer must refuse, each with the message key it is refused with. */
export const refusedPackages = {
  /** not a zip at all */
  notAZip: () => Buffer.from("This is a text file, not a zip archive.\n".repeat(20)),
  /** zip-slip: an entry that climbs out of the package */
  parentPath: () => zipFixture("scorm12-single", { "../evil.html": "<p>evil</p>" }),
  /** an absolute path */
  absolutePath: () => zipFixture("scorm12-single", { "/abs.html": "<p>absolute</p>" }),
  /** a Windows path with backslashes climbing out */
  backslashPath: () => zipFixture("scorm12-single", { "..\\evil.html": "<p>evil</p>" }),
  /** a drive letter */
  drivePath: () => zipFixture("scorm12-single", { "C:/evil.html": "<p>evil</p>" }),
  /** a symbolic link entry (Unix mode S_IFLNK in the external attributes), pointing outside */
  symlink: () => {
    const files: Record<string, Entry> = fixtureFiles("scorm12-single");
    files["link.html"] = [strToU8("/etc/passwd"), { os: 3, attrs: (S_IFLNK | 0o777) * 0x10000 }];
    return zipEntries(files);
  },
  /** a 2 MB file of zeros compressed about 1000:1 (a zip bomb's signature) */
  zipBomb: () => zipFixture("scorm12-single", { "media/zeros.bin": new Uint8Array(2 * 1024 * 1024) }),
  /** more files than SCORM_MAX_FILES (pass the limit the test runs with) */
  tooManyFiles: (limit = 10_000) => {
    const extra: ZipOverrides = {};
    for (let i = 0; i <= limit; i++) extra[`assets/f${i}.txt`] = String(i);
    return zipFixture("scorm12-single", extra);
  },
  /** larger than SCORM_MAX_BYTES uncompressed (pass the limit the test runs with; random bytes do not compress) */
  tooLarge: (limitBytes: number) => {
    const bytes = new Uint8Array(limitBytes + 1);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    return zipFixture("scorm12-single", { "media/big.bin": bytes });
  },
  /** no imsmanifest.xml */
  noManifest: () => zipFixture("scorm12-single", { "imsmanifest.xml": null }),
  /** the manifest in a subfolder rather than at the root */
  manifestInSubfolder: () => {
    const files = fixtureFiles("scorm12-single");
    return zipEntries(Object.fromEntries(Object.entries(files).map(([name, data]) => [`course/${name}`, data])));
  },
  /** malformed XML (an unclosed element) */
  malformedXml: () => zipFixtureWithManifest("scorm12-single", (xml) => xml.replace("</organizations>", "")),
  /** no organization at all */
  noOrganization: () =>
    zipFixtureWithManifest("scorm12-single", (xml) =>
      xml.replace(/<organizations default="pathway-test-org">[\s\S]*<\/organizations>/, "<organizations/>"),
    ),
  /** the default attribute names an organization that does not exist */
  unknownDefaultOrganization: () =>
    zipFixtureWithManifest("scorm12-single", (xml) => xml.replace('default="pathway-test-org"', 'default="no-such-org"')),
  /** an item whose identifierref names no resource */
  unknownResource: () =>
    zipFixtureWithManifest("scorm12-single", (xml) => xml.replace('identifierref="res-index"', 'identifierref="res-missing"')),
  /** a leaf item without identifierref */
  itemWithoutResource: () => zipFixtureWithManifest("scorm12-single", (xml) => xml.replace(' identifierref="res-index"', "")),
  /** the launch file named by the resource is not in the zip */
  launchFileMissing: () => zipFixture("scorm12-single", { "index.html": null }),
} as const;

export type RefusedPackage = keyof typeof refusedPackages;

/** Writes a zip to a new temporary file and returns its path. */
export async function writeTempZip(zip: Buffer, name = "package.zip"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pathway-scorm-"));
  const file = path.join(dir, name);
  await writeFile(file, zip);
  return file;
}
