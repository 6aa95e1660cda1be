// `import staff FILE [--mark-missing-as-left] [--skip-invalid] [--dry-run]` and `import records FILE [--skip-invalid]
// [--dry-run]`: the same import code as the L&D upload page. Rejected rows print as `line N: reason` on stderr,
// the summary line on stdout. Exit code 0 when the import was applied (with --skip-invalid, also when some rows
// were skipped), 2 when it was refused and nothing changed (an invalid row without --skip-invalid, a wrong
// header, an unreadable file) or the command line is wrong.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseOptions, UsageError, withDb, type CommandGroup } from "~/scripts/cli/command";
import { reportLines } from "~/server/imports/common";
import { recordImportRun, runImport, type ImportKindName } from "~/server/imports/run";

function readFile(file: string): Uint8Array<ArrayBuffer> | string {
  try {
    return Uint8Array.from(readFileSync(file));
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? (error as Error).message})`;
  }
}

async function run(kind: ImportKindName, argv: string[]): Promise<number> {
  const label = kind === "platformActivity" ? "platform-activity" : kind;
  const flag = { type: "boolean" } as const;
  const options: Record<string, typeof flag | { type: "string" }> = { "skip-invalid": flag, "dry-run": flag };
  if (kind === "staff") options["mark-missing-as-left"] = flag;
  if (kind === "platformActivity") options.pool = { type: "string" };
  const { values, positionals } = parseOptions(argv, options, true);
  if (positionals.length !== 1) throw new UsageError(`import ${label}: give exactly one CSV file.`);
  const pool = (values as Record<string, unknown>).pool;
  if (kind === "platformActivity" && (typeof pool !== "string" || !pool.trim())) throw new UsageError("import platform-activity: name the licence pool with --pool (its platform code, e.g. linkedin-learning).");
  const file = positionals[0]!;
  const content = readFile(file);
  if (typeof content === "string") {
    console.error(`import ${label}: ${content}`);
    return 2;
  }
  const flags = values as Record<string, boolean | undefined>;
  const poolOption = typeof pool === "string" ? { pool } : {};
  const dryRun = flags["dry-run"] ?? false;
  return withDb(async () => {
    const opts = {
      kind,
      fileName: path.basename(file),
      skipInvalid: flags["skip-invalid"] ?? false,
      markMissingAsLeft: flags["mark-missing-as-left"] ?? false,
      ...poolOption,
      dryRun,
      actorId: null,
      asOf: new Date(),
    };
    const outcome = await runImport(content, opts);
    if (!dryRun) await recordImportRun(content, opts, outcome, "cli");
    // Errors and the refusal on stderr; what was (or, in a dry run, would be) created and the summary on stdout.
    const lines = reportLines(outcome, { dryRun });
    const summary = lines.pop()!;
    for (const line of lines) (line.startsWith("line ") || line.startsWith("Import aborted") ? console.error : console.log)(line);
    console.log(summary);
    return outcome.aborted ? 2 : 0;
  });
}

export const imports: CommandGroup = {
  staff: {
    args: "FILE [--mark-missing-as-left] [--skip-invalid] [--dry-run]",
    summary: "upsert staff by employee_id from a CSV (departments, sectors, duty stations created as met)",
    run: (argv) => run("staff", argv),
  },
  records: {
    args: "FILE [--skip-invalid] [--dry-run]",
    summary: "import training history from a CSV, idempotent by (employee_id, course_code, start_date)",
    run: (argv) => run("records", argv),
  },
  "platform-activity": {
    args: "FILE --pool PLATFORM [--skip-invalid] [--dry-run]",
    summary: "import a learning platform's activity report (LinkedIn Learning CSV) for a licence pool; completions count as external learning",
    run: (argv) => run("platformActivity", argv),
  },
};
