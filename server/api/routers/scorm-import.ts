import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { AddPackageLessonsInput, ImportPackageInput, UploadIdInput } from "~/lib/schemas/scorm-import";
import { importPackage, previewPackage } from "~/server/scorm/import";
import { discardUpload, uploadedPackage } from "~/server/scorm/storage";

// The web's SCORM import (L&D): preview an upload, import it as a course or as lessons of a course's draft, or cancel.
// The upload is deleted once imported or cancelled, and when its preview refuses it.

export const scormImportRouter = router({
  preview: protectedProcedure.input(UploadIdInput).mutation(async ({ ctx, input }) => {
    const file = await uploadedPackage(ctx.actor.id, input.uploadId);
    try {
      return await previewPackage(file);
    } catch (error) {
      await discardUpload(ctx.actor.id, input.uploadId);
      throw error;
    }
  }),
  importCourse: protectedProcedure.input(ImportPackageInput).mutation(async ({ ctx, input }) => {
    const file = await uploadedPackage(ctx.actor.id, input.uploadId);
    // Kept when refused (a code already taken…) so L&D can correct the form and import it again.
    const result = await importPackage(ctx.actor, file, { fileName: input.fileName, code: input.code, categoryId: input.categoryId, trainingDays: input.trainingDays, publish: input.publish });
    await discardUpload(ctx.actor.id, input.uploadId);
    return result;
  }),
  addLessons: protectedProcedure.input(AddPackageLessonsInput).mutation(async ({ ctx, input }) => {
    const file = await uploadedPackage(ctx.actor.id, input.uploadId);
    const result = await importPackage(ctx.actor, file, { fileName: input.fileName, appendTo: input.courseId });
    await discardUpload(ctx.actor.id, input.uploadId);
    return result;
  }),
  cancel: protectedProcedure.input(UploadIdInput).mutation(async ({ ctx, input }) => {
    await discardUpload(ctx.actor.id, input.uploadId);
    return { ok: true };
  }),
});
