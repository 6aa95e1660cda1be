// `report training --from YYYY-MM-DD --to YYYY-MM-DD [--compare-from … --compare-to …] [--format json|csv] [--by DIMENSION]
// [--department CODE …] [--small-cells]`: the training report on stdout, from the same trainingReport() and the same tables
// (server/reports/columns.ts) as the Reports page, its downloads and the API.
// Bad arguments print one line on stderr and exit 2 (no usage dump: scripts read the line).
import { parseArgs } from "node:util";
import { AppError } from "~/server/errors";
import { REPORT_DIMENSIONS, ReportFormatSchema, TrainingReportQuery, firstIssue } from "~/lib/schemas/reports";
import { trainingReport } from "~/server/reports/training";
import { trainingReportCsv, trainingReportJson } from "~/server/reports/export";
import { withDb, type CommandGroup } from "~/scripts/cli/command";
import { applySmallCellRule } from "~/server/privacy/report-cells";
import { smallCellThresholdFor } from "~/server/privacy/settings";
import { parityCommands } from "~/scripts/cli/report-parity";

const filterOptions = Object.fromEntries(REPORT_DIMENSIONS.map((d) => [d, { type: "string", multiple: true }] as const)) as Record<
  (typeof REPORT_DIMENSIONS)[number],
  { type: "string"; multiple: true }
>;

function usageLine(message: string): number {
  console.error(`report training: ${message}`);
  return 2;
}

export const report: CommandGroup = {
  // `report parity` and `report programmes` (issue 15)
  ...parityCommands,
  training: {
    args: "--from YYYY-MM-DD --to YYYY-MM-DD [--compare-from YYYY-MM-DD --compare-to YYYY-MM-DD] [--format json|csv] [--by department|sector|grade|gender|duty_station|mode] [--<dimension> VALUE …] [--small-cells]",
    summary: "participants, unique learners and training days by category for a period",
    async run(argv) {
      let values;
      try {
        ({ values } = parseArgs({
          args: argv,
          strict: true,
          allowPositionals: false,
          options: { from: { type: "string" }, to: { type: "string" }, "compare-from": { type: "string" }, "compare-to": { type: "string" }, format: { type: "string" }, by: { type: "string" }, "small-cells": { type: "boolean" }, ...filterOptions },
        }));
      } catch (error) {
        return usageLine((error as Error).message.split("\n")[0]!);
      }
      const format = ReportFormatSchema.safeParse(values.format ?? "json");
      if (!format.success) return usageLine(firstIssue(format.error));
      const filters = Object.fromEntries(
        REPORT_DIMENSIONS.filter((d) => values[d]?.length).map((d) => [d, values[d]!.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean)]),
      );
      const query = TrainingReportQuery.safeParse({ from: values.from, to: values.to, by: values.by, filters });
      if (!query.success) return usageLine(firstIssue(query.error));
      const comparing = values["compare-from"] !== undefined || values["compare-to"] !== undefined;
      const compare = comparing ? TrainingReportQuery.safeParse({ from: values["compare-from"] ?? "", to: values["compare-to"] ?? "" }) : null;
      if (compare && !compare.success) return usageLine(`comparison period: ${firstIssue(compare.error)}`);

      try {
        // An operator on the server sees every figure; --small-cells prints what an auditor sees (the setting's threshold).
        const [exact, exactPrevious, threshold] = await withDb(() =>
          Promise.all([
            trainingReport(query.data),
            compare?.success ? trainingReport({ ...query.data, from: compare.data.from, to: compare.data.to }) : null,
            values["small-cells"] ? smallCellThresholdFor(null) : null,
          ]),
        );
        const result = threshold === null ? exact : applySmallCellRule(exact, threshold);
        const previous = threshold === null || !exactPrevious ? exactPrevious : applySmallCellRule(exactPrevious, threshold);
        process.stdout.write(format.data === "csv" ? trainingReportCsv(result, previous) : `${JSON.stringify(trainingReportJson(result, previous), null, 2)}\n`);
        return 0;
      } catch (error) {
        // An unknown department code and the like: the arguments were wrong, not the program.
        if (error instanceof AppError && error.code === "INVALID") return usageLine(error.userMessage);
        throw error;
      }
    },
  },
};
