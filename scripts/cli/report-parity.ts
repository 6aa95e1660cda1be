// `report parity --as-of YYYY-MM-DD [--compare YYYY-MM-DD] [--target-date YYYY-MM-DD] [--format json|csv] [--small-cells]`
// and `report programmes [--programme CODE] [--format json|csv] [--small-cells]`: the same reports and tables
// (server/parity/columns.ts, server/programmes/report.ts) as the pages, their downloads and the API.
// Bad arguments print one line on stderr and exit 2.
import { parseArgs } from "node:util";
import { AppError } from "~/server/errors";
import { ParityReportQuery, ProgrammeReportQuery } from "~/lib/schemas/parity";
import { ReportFormatSchema, firstIssue } from "~/lib/schemas/reports";
import { withDb, type CommandGroup } from "~/scripts/cli/command";
import { smallCellThresholdFor } from "~/server/privacy/settings";
import { parityReport } from "~/server/parity/report";
import { programmeReport } from "~/server/programmes/report";
import { parityCsv, parityJson, programmeCsv, programmeJson } from "~/server/parity/export";

function usageLine(command: string, message: string): number {
  console.error(`report ${command}: ${message}`);
  return 2;
}

function parse(command: string, argv: string[], options: Record<string, { type: "string" | "boolean" }>) {
  try {
    return { values: parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values as Record<string, string | boolean | undefined> };
  } catch (error) {
    return { exit: usageLine(command, (error as Error).message.split("\n")[0]!) };
  }
}

export const parityCommands: CommandGroup = {
  parity: {
    args: "--as-of YYYY-MM-DD [--compare YYYY-MM-DD] [--target-date YYYY-MM-DD] [--format json|csv] [--small-cells]",
    summary: "women by grade and grade group on a date, with targets, gaps and the change since a comparison date",
    async run(argv) {
      const parsed = parse("parity", argv, { "as-of": { type: "string" }, compare: { type: "string" }, "target-date": { type: "string" }, format: { type: "string" }, "small-cells": { type: "boolean" } });
      if ("exit" in parsed) return parsed.exit;
      const { values } = parsed;
      const format = ReportFormatSchema.safeParse(values.format ?? "json");
      if (!format.success) return usageLine("parity", firstIssue(format.error));
      const query = ParityReportQuery.safeParse({ asOf: values["as-of"], compare: values.compare, targetDate: values["target-date"] });
      if (!query.success) return usageLine("parity", `--${String(query.error.issues[0]?.path[0] ?? "as-of").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${firstIssue(query.error)}`);
      // An operator on the server sees every figure; --small-cells prints what an auditor sees.
      const report = await withDb(async () => parityReport(query.data, values["small-cells"] ? await smallCellThresholdFor(null) : null));
      process.stdout.write(format.data === "csv" ? parityCsv(report) : `${JSON.stringify(parityJson(report), null, 2)}\n`);
      return 0;
    },
  },
  programmes: {
    args: "[--programme CODE] [--format json|csv] [--small-cells]",
    summary: "applicants, eligible, endorsed, selected and completed per programme and cohort, by gender and grade",
    async run(argv) {
      const parsed = parse("programmes", argv, { programme: { type: "string" }, format: { type: "string" }, "small-cells": { type: "boolean" } });
      if ("exit" in parsed) return parsed.exit;
      const { values } = parsed;
      const format = ReportFormatSchema.safeParse(values.format ?? "json");
      if (!format.success) return usageLine("programmes", firstIssue(format.error));
      const query = ProgrammeReportQuery.safeParse({ programme: values.programme });
      if (!query.success) return usageLine("programmes", firstIssue(query.error));
      try {
        const report = await withDb(async () => programmeReport(query.data, values["small-cells"] ? await smallCellThresholdFor(null) : null));
        process.stdout.write(format.data === "csv" ? programmeCsv(report) : `${JSON.stringify(programmeJson(report), null, 2)}\n`);
        return 0;
      } catch (error) {
        // an unknown programme code: the arguments were wrong, not the program
        if (error instanceof AppError && error.code === "INVALID") return usageLine("programmes", error.userMessage);
        throw error;
      }
    },
  },
};
