import "server-only";
import { ensureShippedCourses } from "~/server/courses/bootstrap";
import { ensureMandatoryRequirements } from "~/server/compliance/bootstrap";
import { ensureDefaultCategories } from "~/server/categories/bootstrap";

/**
 * Reference data every install needs, run after migrations by `npm start`, the CLI and the test setup, on the one
 * client (scripts/db/prepare.ts points DATABASE_URL at the database it prepares).
 * Idempotent: it creates what is missing and never overwrites what L&D has changed (a renamed category stays renamed).
 */
export async function bootstrap(): Promise<void> {
  // The default categories, named in English, French and Chinese (server/categories/bootstrap.ts).
  await ensureDefaultCategories();
  // The shipped courses (WT, BSAFE, AFA, MENTOR) need their categories, so they come after them.
  await ensureShippedCourses();
  // Their requirements (everyone; BSAFE renewed every 36 months) need the courses, so they come last.
  await ensureMandatoryRequirements();
}
