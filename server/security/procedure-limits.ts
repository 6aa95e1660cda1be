import "server-only";
import type { LimitName } from "~/server/security/rate-limit";

/**
 * The tRPC procedures counted per person (the middleware in server/api/trpc.ts, after the permission guard): quiz
 * submissions, and the administrators' imports — a preview and its confirmation each count, for staff/records imports
 * and SCORM packages alike — and upload tickets (a Mux direct upload never passes through Pathway's own upload route;
 * a local upload counts its ticket and its bytes).
 */
export const PROCEDURE_LIMITS: Readonly<Record<string, LimitName>> = {
  "courses.submitQuiz": "quizSubmit",
  "imports.preview": "import",
  "imports.confirm": "import",
  "scormImport.preview": "import",
  "scormImport.importCourse": "import",
  "scormImport.addLessons": "import",
  "media.createUpload": "upload",
};
