import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { DeleteParityTargetInput, ParityReportQuery, ProgrammeReportQuery, SaveParityTargetInput } from "~/lib/schemas/parity";
import { smallCellThresholdFor } from "~/server/privacy/settings";
import { parityReport } from "~/server/parity/report";
import { deleteParityTarget, listParityTargets, saveParityTarget } from "~/server/parity/targets";
import { programmeReport } from "~/server/programmes/report";

/** Gender parity by grade (with its targets) and the programme report; roles in server/api/permissions.ts. */
export const parityRouter = router({
  report: protectedProcedure.input(ParityReportQuery).query(async ({ ctx, input }) => parityReport(input, await smallCellThresholdFor(ctx.actor))),
  targets: protectedProcedure.query(() => listParityTargets()),
  saveTarget: protectedProcedure.input(SaveParityTargetInput).mutation(({ ctx, input }) => saveParityTarget(ctx.actor, input)),
  deleteTarget: protectedProcedure.input(DeleteParityTargetInput).mutation(({ ctx, input }) => deleteParityTarget(ctx.actor, input)),
  programmeReport: protectedProcedure.input(ProgrammeReportQuery).query(async ({ ctx, input }) => programmeReport(input, await smallCellThresholdFor(ctx.actor))),
});
