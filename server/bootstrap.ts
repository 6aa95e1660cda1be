import "server-only";
import { db } from "~/server/db";
import { ensureShippedCourses } from "~/server/courses/bootstrap";
import { ensureMandatoryRequirements } from "~/server/compliance/bootstrap";

/** Categories every installation starts with (L&D can rename, retire and add more). */
export const DEFAULT_CATEGORIES: readonly { code: string; name: string }[] = [
  { code: "HSS", name: "Health, Safety and Security" },
  { code: "IP", name: "Intellectual Property" },
  { code: "IT", name: "Information Technology" },
  { code: "LANG", name: "Languages" },
  { code: "LEAD", name: "Management and Leadership" },
  { code: "COMM", name: "Communication and Personal Effectiveness" },
  { code: "ETHICS", name: "Ethics, Conduct and Respectful Workplace" },
  { code: "ADMIN", name: "Administration and Finance" },
  { code: "ONBOARD", name: "Onboarding and Orientation" },
];

/**
 * Reference data every install needs, run after migrations by `npm start`, the CLI and the test setup, on the one
 * client (scripts/db/prepare.ts points DATABASE_URL at the database it prepares).
 * Idempotent: it creates what is missing and never overwrites what L&D has changed (a renamed category stays renamed).
 */
export async function bootstrap(): Promise<void> {
  await db.category.createMany({ data: [...DEFAULT_CATEGORIES], skipDuplicates: true });
  // The shipped courses (WT, BSAFE, AFA, MENTOR) need their categories, so they come after them.
  await ensureShippedCourses();
  // Their requirements (everyone; BSAFE renewed every 36 months) need the courses, so they come last.
  await ensureMandatoryRequirements();
}
