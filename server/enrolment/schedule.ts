import "server-only";
import { hoursToDays } from "~/lib/training-days";
import { addDays } from "~/lib/dates";
import { AppError } from "~/server/errors";
import { minutesOf, type SessionDayInput } from "~/lib/schemas/enrolment";
import { zonedDate, zonedTimeToUtc } from "~/server/enrolment/zoned-time";
import type { CourseMode, SessionDelivery } from "~/server/generated/prisma/enums";

export type ScheduledDay = { dayNumber: number; startsAt: Date; endsAt: Date; minutes: number };

export type Schedule = {
  days: ScheduledDay[];
  startsAt: Date;
  endsAt: Date;
  totalMinutes: number;
  /** decimal string: scheduled hours / 8, to 3 places */
  trainingDays: string;
};

/** Minutes a participant is credited, as training days (8 hours = 1 day): 420 → "0.875". */
export function minutesToDays(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`Minutes must be a whole number ≥ 0, got ${minutes}.`);
  return hoursToDays(minutes / 60);
}

export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/**
 * The days of a session as instants, in time order and numbered from 1, with the training days they credit
 * (the sum of the scheduled hours — a half-day of 3.5 hours is 0.438 day, not "half a day").
 * Days may not overlap: a participant cannot be in two blocks at once.
 */
export function buildSchedule(input: readonly SessionDayInput[], timeZone: string): Schedule {
  if (input.length === 0) throw new AppError("INVALID", "enrolment.schedule.noDays", {}, { field: "days" });
  const days = input
    .map((d) => {
      const startsAt = zonedTimeToUtc(d.date, d.start, timeZone);
      // End times are read on the same date: 09:00–17:30 is one block.
      const endsAt = zonedTimeToUtc(d.date, d.end, timeZone);
      if (minutesOf(d.end) <= minutesOf(d.start) || endsAt <= startsAt) {
        throw new AppError("INVALID", "enrolment.schedule.endBeforeStart", { date: d.date }, { field: "days" });
      }
      return { startsAt, endsAt, minutes: minutesBetween(startsAt, endsAt) };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < days.length; i++) {
    if (days[i]!.startsAt < days[i - 1]!.endsAt) {
      throw new AppError("INVALID", "enrolment.schedule.overlap", { date: zonedDate(days[i]!.startsAt, timeZone) }, { field: "days" });
    }
  }
  const totalMinutes = days.reduce((s, d) => s + d.minutes, 0);
  return {
    days: days.map((d, i) => ({ ...d, dayNumber: i + 1 })),
    startsAt: days[0]!.startsAt,
    endsAt: days[days.length - 1]!.endsAt,
    totalMinutes,
    trainingDays: minutesToDays(totalMinutes),
  };
}

/** The instant self-enrolment closes: the end of the deadline date in the session's zone (null: when it starts). */
export function deadlineInstant(deadline: string | null | undefined, timeZone: string): Date | null {
  if (!deadline) return null;
  return zonedTimeToUtc(addDays(deadline, 1), "00:00", timeZone);
}

/** The mode a participation is recorded with: a blended course stays blended, otherwise how the session was delivered. */
export function participationMode(courseMode: CourseMode, delivery: SessionDelivery): CourseMode {
  if (courseMode === "BLENDED") return "BLENDED";
  return delivery === "IN_PERSON" ? "CLASSROOM" : "VIRTUAL";
}

export const SESSION_COURSE_MODES: readonly CourseMode[] = ["CLASSROOM", "VIRTUAL", "BLENDED"];
