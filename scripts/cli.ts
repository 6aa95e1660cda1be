// Pathway's command line: `npm run cli -- <group> <command> [args]`.
// Each group is one file in scripts/cli/ exporting a CommandGroup; register it below (loaded lazily, so
// `db stop` does not pay for loading Prisma, and a broken group does not break the others).
import { UsageError, type CommandGroup } from "~/scripts/cli/command";

const groups: Record<string, { summary: string; load: () => Promise<CommandGroup> }> = {
  db: { summary: "database: migrations, status, embedded server", load: async () => (await import("~/scripts/cli/db")).db },
  report: { summary: "reports: training participants and days by category", load: async () => (await import("~/scripts/cli/report")).report },
  import: { summary: "imports: staff list and training history from CSV", load: async () => (await import("~/scripts/cli/import")).imports },
  courses: { summary: "courses: import a SCORM package", load: async () => (await import("~/scripts/cli/courses")).courses },
  jobs: { summary: "background jobs by hand: compliance reminders, mail delivery", load: async () => (await import("~/scripts/cli/jobs")).jobs },
  certificates: { summary: "issue missing certificates; a new Open Badges signing key", load: async () => (await import("~/scripts/cli/certificates")).certificates },
  xapi: { summary: "xAPI: statements to the learning record store, delivery and status", load: async () => (await import("~/scripts/cli/xapi")).xapi },
};

async function usage(): Promise<string> {
  const lines = ["usage: npm run cli -- <group> <command> [args]", ""];
  for (const [name, group] of Object.entries(groups)) {
    lines.push(`${name}: ${group.summary}`);
    try {
      for (const [command, { args, summary }] of Object.entries(await group.load())) {
        lines.push(`  ${[name, command, args].filter(Boolean).join(" ").padEnd(28)} ${summary}`);
      }
    } catch (error) {
      lines.push(`  (could not load: ${(error as Error).message})`);
    }
  }
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [groupName, commandName, ...rest] = argv;
  if (groupName === "help" || groupName === "--help" || groupName === "-h") {
    console.log(await usage());
    return 0;
  }
  const group = groupName ? groups[groupName] : undefined;
  const command = group && commandName ? (await group.load())[commandName] : undefined;
  if (!command) {
    const what = !groupName ? "No command given." : `Unknown command: ${[groupName, commandName].filter(Boolean).join(" ")}`;
    console.error(`${what}\n\n${await usage()}`);
    return 2;
  }
  try {
    return (await command.run(rest)) ?? 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${await usage()}`);
    return 2;
  }
}

// Ctrl-C / kill: leave through process.exit so 'exit' hooks run (they stop an embedded server we started).
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
// `npm run cli -- db status | head`: the reader left; stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? (process.env.DEBUG ? error.stack : `Error: ${error.message}\n(DEBUG=1 shows the stack trace)`) : error);
  process.exitCode = 1;
}
