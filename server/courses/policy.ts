import "server-only";
import type { Actor } from "~/server/auth/roles";
import type { CourseStatus } from "~/server/generated/prisma/enums";

/**
 * Who may see a course's learner page: anyone while it is published; a retired course stays visible to the
 * people who started it (to finish or to see their completion); drafts and archived history-only courses are
 * for L&D, who see them in authoring and preview.
 */
export function canSeeCourse(actor: Pick<Actor, "roles">, course: { status: CourseStatus }, hasProgress: boolean): boolean {
  if (course.status === "PUBLISHED") return true;
  if (course.status === "RETIRED" && hasProgress) return true;
  return actor.roles.includes("LD_ADMIN");
}
