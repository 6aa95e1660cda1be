import type { PrismaClient } from "~/server/generated/prisma/client";
import type { CourseMode, CourseStatus, EnrollmentState } from "~/server/generated/prisma/enums";
import { minutesToDays } from "~/server/enrolment/schedule";
import { createStaff, uniq } from "~/tests/factories";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A category from the bootstrap list (every test database has them). */
export async function categoryByCode(db: PrismaClient, code = "ETHICS") {
  return db.category.findUniqueOrThrow({ where: { code } });
}

export async function createCourse(
  db: PrismaClient,
  o: Partial<{ code: string; title: string; mode: CourseMode; status: CourseStatus; categoryCode: string; trainingDays: string }> = {},
) {
  const category = await categoryByCode(db, o.categoryCode ?? "ETHICS");
  const code = o.code ?? uniq("C-").toUpperCase();
  return db.course.create({
    data: {
      code,
      title: o.title ?? `Test course ${code}`,
      categoryId: category.id,
      mode: o.mode ?? "CLASSROOM",
      status: o.status ?? "PUBLISHED",
      trainingDays: o.trainingDays ?? "1",
    },
  });
}

/**
 * A session written directly (no actor needed): by default two 3.5-hour mornings starting `startsInDays` after
 * `asOf`, Geneva time zone.
 */
export async function createSession(
  db: PrismaClient,
  o: Partial<{
    courseId: string;
    capacity: number;
    asOf: Date;
    startsInDays: number;
    days: { startsAt: Date; endsAt: Date }[];
    trainerId: string | null;
    enrolmentDeadline: Date | null;
    delivery: "IN_PERSON" | "VIRTUAL";
    status: "SCHEDULED" | "CANCELLED";
  }> = {},
) {
  const courseId = o.courseId ?? (await createCourse(db)).id;
  const asOf = o.asOf ?? new Date();
  const first = asOf.getTime() + (o.startsInDays ?? 7) * DAY;
  const days = o.days ?? [
    { startsAt: new Date(first), endsAt: new Date(first + 3.5 * HOUR) },
    { startsAt: new Date(first + DAY), endsAt: new Date(first + DAY + 3.5 * HOUR) },
  ];
  const minutes = days.reduce((s, d) => s + Math.round((d.endsAt.getTime() - d.startsAt.getTime()) / 60_000), 0);
  return db.courseSession.create({
    data: {
      courseId,
      delivery: o.delivery ?? "IN_PERSON",
      location: o.delivery === "VIRTUAL" ? null : "Room B.12, headquarters",
      meetingUrl: o.delivery === "VIRTUAL" ? "https://meet.example.org/test" : null,
      trainerId: o.trainerId ?? null,
      capacity: o.capacity ?? 12,
      timeZone: "Europe/Zurich",
      enrolmentDeadline: o.enrolmentDeadline ?? null,
      status: o.status ?? "SCHEDULED",
      startsAt: days[0]!.startsAt,
      endsAt: days[days.length - 1]!.endsAt,
      trainingDays: minutesToDays(minutes),
      days: { create: days.map((d, i) => ({ dayNumber: i + 1, startsAt: d.startsAt, endsAt: d.endsAt })) },
    },
    include: { days: { orderBy: { dayNumber: "asc" } } },
  });
}

/** Puts people straight into a session (to fill seats before the behaviour under test). */
export async function seatPeople(db: PrismaClient, sessionId: string, count: number, state: EnrollmentState = "ENROLLED") {
  const session = await db.courseSession.findUniqueOrThrow({ where: { id: sessionId }, select: { courseId: true } });
  const people = [];
  for (let i = 0; i < count; i++) {
    const staff = await createStaff(db);
    people.push(staff);
    await db.enrollment.create({ data: { staffId: staff.id, courseId: session.courseId, sessionId, state } });
  }
  return people;
}
