import { z } from "zod";
import { Id } from "~/lib/schemas/common";
import { CourseCode, TrainingDays } from "~/lib/schemas/courses";

// The web's SCORM package import: an upload (app/api/scorm/uploads), its preview, then an import or a cancel.

export const UploadIdInput = z.object({ uploadId: z.string().uuid() });

const FileName = z.string().trim().min(1).max(255);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.union([z.literal("").transform(() => undefined), schema]).optional();

/** Import as a new course (or a new version of the course the package made before). */
export const ImportPackageInput = UploadIdInput.extend({
  fileName: FileName,
  code: optional(CourseCode),
  categoryId: optional(Id),
  trainingDays: optional(TrainingDays),
  publish: z.boolean().default(false),
});
export type ImportPackageInput = z.input<typeof ImportPackageInput>;

/** Add the package's SCOs as lessons at the end of a course's draft. */
export const AddPackageLessonsInput = UploadIdInput.extend({ fileName: FileName, courseId: Id });
