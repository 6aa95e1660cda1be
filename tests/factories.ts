import { randomUUID } from "node:crypto";
import type { PrismaClient } from "~/server/generated/prisma/client";
import type { Actor, Role } from "~/server/auth/roles";

/** A short unique suffix so that parallel tests never collide on unique columns. */
export function uniq(prefix = ""): string {
  return `${prefix}${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

export type StaffOverrides = Partial<{
  employeeId: string;
  email: string;
  fullName: string;
  gender: "F" | "M" | "X";
  grade: string;
  departmentId: string | null;
  sectorId: string | null;
  dutyStationId: string | null;
  hireDate: Date | null;
  managerId: string | null;
  active: boolean;
  roles: ("LD_ADMIN" | "AUDITOR")[];
}>;

export async function createStaff(db: PrismaClient, o: StaffOverrides = {}) {
  const id = uniq();
  return db.staff.create({
    data: {
      employeeId: o.employeeId ?? `T${id}`,
      email: o.email ?? `t.${id}@test.example.org`,
      fullName: o.fullName ?? `Test Person ${id}`,
      gender: o.gender ?? "F",
      grade: o.grade ?? "P3",
      departmentId: o.departmentId ?? null,
      sectorId: o.sectorId ?? null,
      dutyStationId: o.dutyStationId ?? null,
      hireDate: o.hireDate ?? new Date(Date.UTC(2018, 0, 15)),
      managerId: o.managerId ?? null,
      active: o.active ?? true,
      roles: o.roles ?? [],
    },
  });
}

export async function createDepartment(db: PrismaClient, name = "Test Department") {
  return db.department.create({ data: { code: uniq("D"), name: `${name} ${uniq()}` } });
}

export async function createSector(db: PrismaClient, name = "Test Sector") {
  return db.sector.create({ data: { code: uniq("S"), name: `${name} ${uniq()}` } });
}

export async function createDutyStation(db: PrismaClient, name = "Test Station") {
  return db.dutyStation.create({ data: { code: uniq("DS"), name: `${name} ${uniq()}` } });
}

/**
 * A person who holds exactly `role` (plus LEARNER, which everyone is): managers get a direct report,
 * mentors a mentor profile, L&D admins and auditors the granted role.
 */
export async function createActorWithRole(db: PrismaClient, role: Role): Promise<Actor> {
  const staff = await createStaff(db, { roles: role === "LD_ADMIN" ? ["LD_ADMIN"] : role === "AUDITOR" ? ["AUDITOR"] : [] });
  if (role === "MANAGER") await createStaff(db, { managerId: staff.id });
  if (role === "MENTOR") await db.mentorProfile.create({ data: { staffId: staff.id } });
  const roles: Role[] = role === "LEARNER" ? ["LEARNER"] : ["LEARNER", role];
  return { id: staff.id, employeeId: staff.employeeId, email: staff.email, fullName: staff.fullName, locale: staff.locale, roles };
}
