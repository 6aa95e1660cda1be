import "server-only";
import { db } from "~/server/db";
import type { Actor } from "~/server/auth/roles";

const staffSummary = {
  id: true,
  employeeId: true,
  fullName: true,
  email: true,
  grade: true,
  department: { select: { name: true } },
  dutyStation: { select: { name: true } },
} as const;

export async function getProfile(staffId: string) {
  return db.staff.findUniqueOrThrow({
    where: { id: staffId },
    select: {
      ...staffSummary,
      gender: true,
      hireDate: true,
      sector: { select: { name: true } },
      manager: { select: { id: true, fullName: true } },
    },
  });
}

/** A manager's direct reports (active staff), by name. */
export async function listTeam(actor: Pick<Actor, "id">) {
  return db.staff.findMany({
    where: { managerId: actor.id, active: true },
    orderBy: { fullName: "asc" },
    select: staffSummary,
  });
}

export async function searchStaff(query: string, limit = 20) {
  const q = query.trim();
  return db.staff.findMany({
    where: q
      ? { OR: [{ fullName: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }, { employeeId: q }] }
      : {},
    orderBy: { fullName: "asc" },
    take: limit,
    select: { ...staffSummary, active: true },
  });
}

/** Head counts for the L&D and auditor home pages, computed in SQL. */
export async function orgSummary() {
  const [row] = await db.$queryRaw<{ staff: bigint; women: bigint; departments: bigint; duty_stations: bigint; managers: bigint }[]>`
    SELECT
      count(*) FILTER (WHERE s.active) AS staff,
      count(*) FILTER (WHERE s.active AND s.gender = 'F') AS women,
      (SELECT count(*) FROM "Department") AS departments,
      (SELECT count(*) FROM "DutyStation") AS duty_stations,
      (SELECT count(DISTINCT m."managerId") FROM "Staff" m WHERE m.active AND m."managerId" IS NOT NULL) AS managers
    FROM "Staff" s`;
  const staff = Number(row?.staff ?? 0);
  return {
    staff,
    womenShare: staff ? Number(row?.women ?? 0) / staff : 0,
    departments: Number(row?.departments ?? 0),
    dutyStations: Number(row?.duty_stations ?? 0),
    managers: Number(row?.managers ?? 0),
  };
}

export async function setLocale(actor: Pick<Actor, "id">, locale: string) {
  await db.staff.update({ where: { id: actor.id }, data: { locale } });
}
