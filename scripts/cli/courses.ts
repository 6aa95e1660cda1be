// `courses import-package FILE.zip [--category CODE] [--code CODE] [--training-days DAYS] [--publish] [--json]`: imports
// a SCORM 1.2 / 2004 package with the same code as the L&D upload page (server/scorm/import.ts). Exit code 0 when the
// package was imported (or was already, unchanged), 2 when it was refused — `error: <sentence>` on stderr, nothing
// stored — or the command line is wrong.
import { statSync } from "node:fs";
import path from "node:path";
import { parseOptions, UsageError, withDb, type CommandGroup } from "~/scripts/cli/command";
import { AppError } from "~/server/errors";
import { importPackage, type ImportResult } from "~/server/scorm/import";

function summaryLine(r: ImportResult): string {
  const standard = r.standard === "scorm12" ? "SCORM 1.2" : `SCORM ${r.version}`;
  if (r.unchanged) return `${r.code}: this package is already version ${r.courseVersion} of the course; nothing changed${r.published ? " (published)" : ""}.`;
  const lessons = `${r.lessons} lesson${r.lessons === 1 ? "" : "s"}`;
  return `${r.code} "${r.title}": ${standard} package imported as version ${r.courseVersion} (${lessons}), ${r.published ? "published" : "draft"}.`;
}

async function importPackageCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      category: { type: "string" },
      code: { type: "string" },
      "training-days": { type: "string" },
      publish: { type: "boolean" },
      json: { type: "boolean" },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError("courses import-package: give exactly one .zip file.");
  const file = path.resolve(positionals[0]!);
  try {
    if (!statSync(file).isFile()) throw new Error("not a file");
  } catch {
    console.error(`error: ${positionals[0]}: no such file`);
    return 2;
  }
  return withDb(async () => {
    try {
      const result = await importPackage(null, file, {
        fileName: path.basename(file),
        code: values.code,
        categoryCode: values.category,
        trainingDays: values["training-days"],
        publish: values.publish ?? false,
      });
      if (values.json) {
        const { packageId, ...rest } = result;
        console.log(JSON.stringify({ ...rest, packageId }));
      } else console.log(summaryLine(result));
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        console.error(`error: ${error.message}`);
        return 2;
      }
      throw error;
    }
  });
}

export const courses: CommandGroup = {
  "import-package": {
    args: "FILE.zip [--category CODE] [--code CODE] [--training-days DAYS] [--publish] [--json]",
    summary: "import a SCORM 1.2 or 2004 package as a course (or a new version of the course it made before)",
    run: importPackageCommand,
  },
};
