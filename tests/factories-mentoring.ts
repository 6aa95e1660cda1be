import type { PrismaClient } from "~/server/generated/prisma/client";
import type { Actor, Role } from "~/server/auth/roles";
import { createStaff, uniq, type StaffOverrides } from "~/tests/factories";

/** An area of expertise with a unique name (the list is shared by everyone in the test's database). */
export async function createExpertiseArea(db: PrismaClient, name = "Negotiation") {
  return db.expertiseArea.create({ data: { name: `${name} ${uniq()}` } });
}

export type MentorOverrides = StaffOverrides & {
  capacity?: number;
  languages?: string[];
  expertiseIds?: string[];
  listed?: boolean;
  pausedUntil?: Date | null;
  bio?: string;
};

/** A staff member with a mentor profile, listed by default, one place, English. */
export async function createMentor(db: PrismaClient, o: MentorOverrides = {}) {
  const staff = await createStaff(db, { grade: "P5", ...o });
  await db.mentorProfile.create({
    data: {
      staffId: staff.id,
      capacity: o.capacity ?? 1,
      languages: o.languages ?? ["en"],
      listed: o.listed ?? true,
      listedAt: (o.listed ?? true) ? new Date() : null,
      pausedUntil: o.pausedUntil ?? null,
      bio: o.bio ?? "Twenty years of work across the organisation; happy to help.",
      yearsExperience: 15,
      expertise: { connect: (o.expertiseIds ?? []).map((id) => ({ id })) },
    },
  });
  return staff;
}

export type MenteeOverrides = StaffOverrides & {
  goalIds?: string[];
  languages?: string[];
  desiredDurationMonths?: number;
  prefersOtherDutyStation?: boolean | null;
};

/** A staff member with a mentee profile (English, 6 months). */
export async function createMentee(db: PrismaClient, o: MenteeOverrides = {}) {
  const staff = await createStaff(db, { grade: "P2", ...o });
  await db.menteeProfile.create({
    data: {
      staffId: staff.id,
      languages: o.languages ?? ["en"],
      desiredDurationMonths: o.desiredDurationMonths ?? 6,
      prefersOtherDutyStation: o.prefersOtherDutyStation ?? null,
      guidelinesSeenAt: new Date(),
      goals: { connect: (o.goalIds ?? []).map((id) => ({ id })) },
    },
  });
  return staff;
}

/** The Actor a domain function receives for this staff member. */
export function actorOf(staff: { id: string; employeeId: string; email: string; fullName: string; locale: string }, ...roles: Role[]): Actor {
  return { id: staff.id, employeeId: staff.employeeId, email: staff.email, fullName: staff.fullName, locale: staff.locale, roles: ["LEARNER", ...roles] };
}

/** Turns MentorNet's training requirement off (or on) for the test's database. */
export async function setTrainingRequired(db: PrismaClient, required: boolean) {
  const row = await db.setting.findUnique({ where: { key: "mentoring.settings" } });
  const value = { ...((row?.value as object | null) ?? {}), requireTraining: required };
  await db.setting.upsert({ where: { key: "mentoring.settings" }, create: { key: "mentoring.settings", value }, update: { value } });
}
