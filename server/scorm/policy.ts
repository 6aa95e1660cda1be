import "server-only";
import { db } from "~/server/db";
import { hasRole, type Actor } from "~/server/auth/roles";

/**
 * The stored package a person may open files of, or null — for a package that does not exist and for one they may
 * not open alike, so that nobody learns which packages exist. Allowed: L&D administrators (authoring and preview);
 * anyone who started a course version containing a lesson of the package; and anyone, for the live version of an
 * offered (published) course, as they could start it.
 */
export async function packageForViewer(actor: Pick<Actor, "id" | "roles">, packageId: string): Promise<{ id: string; storagePath: string } | null> {
  const pkg = await db.scormPackage.findUnique({ where: { id: packageId }, select: { id: true, storagePath: true, courseId: true, course: { select: { status: true } } } });
  if (!pkg) return null;
  if (hasRole(actor, "LD_ADMIN")) return { id: pkg.id, storagePath: pkg.storagePath };
  const started = await db.courseProgress.findFirst({
    where: { staffId: actor.id, version: { lessons: { some: { scormPackageId: pkg.id } } } },
    select: { id: true },
  });
  if (started) return { id: pkg.id, storagePath: pkg.storagePath };
  if (pkg.course.status !== "PUBLISHED") return null;
  const live = await db.courseVersion.findFirst({
    where: { courseId: pkg.courseId, publishedAt: { not: null } },
    orderBy: { version: "desc" },
    select: { lessons: { where: { scormPackageId: pkg.id }, select: { id: true }, take: 1 } },
  });
  return live && live.lessons.length > 0 ? { id: pkg.id, storagePath: pkg.storagePath } : null;
}
