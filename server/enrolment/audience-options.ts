import "server-only";
import { db } from "~/server/db";

/** The choices of the audience picker: grades in use, departments, sectors and duty stations, with active head counts. */
export async function audienceOptions() {
  const [grades, departments, sectors, dutyStations] = await Promise.all([
    db.staff.groupBy({ by: ["grade"], where: { active: true }, _count: true, orderBy: { grade: "asc" } }),
    db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, _count: { select: { staff: { where: { active: true } } } } } }),
    db.sector.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, _count: { select: { staff: { where: { active: true } } } } } }),
    db.dutyStation.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, _count: { select: { staff: { where: { active: true } } } } } }),
  ]);
  const flat = (rows: { id: string; code: string; name: string; _count: { staff: number } }[]) => rows.map((r) => ({ id: r.id, code: r.code, name: r.name, people: r._count.staff }));
  return {
    grades: grades.map((g) => ({ grade: g.grade, people: g._count })),
    departments: flat(departments),
    sectors: flat(sectors),
    dutyStations: flat(dutyStations),
  };
}

/** Published self-paced courses L&D can enrol people in. */
export async function onlineCourseOptions() {
  return db.course.findMany({ where: { mode: "ONLINE", status: "PUBLISHED" }, orderBy: { title: "asc" }, select: { id: true, code: true, title: true } });
}
