import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { ConfirmImportInput, PreviewImportInput } from "~/lib/schemas/imports";
import { confirmImport, listImportBatches, previewImport } from "~/server/imports/batches";

/** Web imports of the staff list and training history: upload and preview, then confirm exactly that file. */
export const importsRouter = router({
  preview: protectedProcedure.input(PreviewImportInput).mutation(({ ctx, input }) => previewImport(ctx.actor, input)),
  confirm: protectedProcedure.input(ConfirmImportInput).mutation(({ ctx, input }) => confirmImport(ctx.actor, input)),
  list: protectedProcedure.query(({ ctx }) => listImportBatches(ctx.actor.locale)),
});
