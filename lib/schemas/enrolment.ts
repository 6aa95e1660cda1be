import { z } from "zod";
import { Id, IsoDateInput } from "~/lib/schemas/common";

/** Inputs of sessions, enrolment and attendance: shared by forms and procedures (history and external learning: records.ts). */

export { Id };

/** The calendar date of common.ts, under the name the records schemas import. */
export const IsoDateString = IsoDateInput;

export const TimeOfDay = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Use a time in the form HH:MM (24 hours)" });

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const SessionDayInput = z
  .object({ date: IsoDateString, start: TimeOfDay, end: TimeOfDay })
  .refine((d) => minutesOf(d.end) > minutesOf(d.start), { message: "A day must end after it starts", path: ["end"] });
export type SessionDayInput = z.infer<typeof SessionDayInput>;

export const SESSION_DELIVERIES = ["IN_PERSON", "VIRTUAL"] as const;
export const SESSION_LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru"] as const;
export const SESSION_TIME_ZONES = ["Europe/Zurich", "Asia/Singapore", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Algiers", "Africa/Lagos", "Asia/Shanghai", "Europe/Moscow", "America/New_York", "UTC"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `At most ${max} characters` })
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional();

export const SessionFields = z.object({
  delivery: z.enum(SESSION_DELIVERIES),
  location: optionalText(200),
  meetingUrl: z
    .string()
    .trim()
    .max(500)
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional()
    .refine((s) => !s || /^https:\/\/[^\s]+$/.test(s), { message: "Use a full https:// address" }),
  /** employee ID or e-mail of a staff trainer (they can then mark attendance) */
  trainer: optionalText(200),
  /** an external facilitator's name */
  trainerName: optionalText(120),
  capacity: z.coerce.number().int({ message: "A whole number" }).min(1, { message: "At least 1 seat" }).max(1000, { message: "At most 1,000 seats" }),
  language: z.enum(SESSION_LANGUAGES),
  timeZone: z.enum(SESSION_TIME_ZONES),
  /** last day on which learners can enrol themselves (inclusive, in the session's time zone); empty: until it starts */
  enrolmentDeadline: IsoDateString.nullable().optional().or(z.literal("").transform(() => null)),
  days: z.array(SessionDayInput).min(1, { message: "Add at least one day" }).max(40, { message: "At most 40 days" }),
  notes: z.string().trim().max(2000).default(""),
});

export const CreateSessionInput = SessionFields.extend({ courseId: Id });
export type CreateSessionInput = z.infer<typeof CreateSessionInput>;

export const UpdateSessionInput = SessionFields.extend({ sessionId: Id });
export type UpdateSessionInput = z.infer<typeof UpdateSessionInput>;

export const SessionIdInput = z.object({ sessionId: Id });
export const EnrollmentIdInput = z.object({ enrollmentId: Id });

export const CancelSessionInput = z.object({
  sessionId: Id,
  reason: z.string().trim().min(5, { message: "Give the reason participants will read (at least 5 characters)" }).max(500),
});
export type CancelSessionInput = z.infer<typeof CancelSessionInput>;

export const CloseWaitlistInput = z.object({
  sessionId: Id,
  reason: z.string().trim().min(5, { message: "Give the reason the people waiting will read (at least 5 characters)" }).max(500),
});
export type CloseWaitlistInput = z.infer<typeof CloseWaitlistInput>;

export const OpenSessionsInput = z
  .object({ courseCode: z.string().trim().max(40).optional() })
  .default({});

export const AdminSessionsInput = z
  .object({ view: z.enum(["upcoming", "past", "cancelled"]).default("upcoming"), courseId: Id.optional() })
  .default({ view: "upcoming" });

/** Who an L&D admin enrols: one person, a pasted list, or an audience described by filters. */
export const AudienceFilter = z
  .object({
    grades: z.array(z.string().trim().min(1).max(8)).max(30).default([]),
    departmentIds: z.array(Id).max(100).default([]),
    sectorIds: z.array(Id).max(100).default([]),
    dutyStationIds: z.array(Id).max(100).default([]),
  })
  .refine((f) => f.grades.length + f.departmentIds.length + f.sectorIds.length + f.dutyStationIds.length > 0, {
    message: "Choose at least one grade, department, sector or duty station",
  });
export type AudienceFilter = z.infer<typeof AudienceFilter>;

export const EnrolTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("session"), sessionId: Id }),
  z.object({ kind: z.literal("course"), courseId: Id }),
]);
export type EnrolTarget = z.infer<typeof EnrolTarget>;

export const PeopleSelection = z.discriminatedUnion("by", [
  /** employee IDs or e-mails separated by new lines, commas, semicolons or spaces (one person is a list of one) */
  z.object({ by: z.literal("list"), text: z.string().trim().min(1, { message: "Enter at least one employee ID or e-mail" }).max(100_000) }),
  z.object({ by: z.literal("audience"), filter: AudienceFilter }),
]);
export type PeopleSelection = z.infer<typeof PeopleSelection>;

export const EnrolPeopleInput = z.object({ target: EnrolTarget, people: PeopleSelection });
export type EnrolPeopleInput = z.infer<typeof EnrolPeopleInput>;

export const ATTENDANCE_MARKS = ["ATTENDED", "PARTIAL", "NO_SHOW"] as const;

export const AttendanceMarkInput = z
  .object({
    enrollmentId: Id,
    dayId: Id,
    mark: z.enum(ATTENDANCE_MARKS),
    /** PARTIAL only: hours attended, up to 2 decimals */
    hours: z.coerce.number().min(0).max(24).optional(),
  })
  .refine((m) => m.mark !== "PARTIAL" || (m.hours !== undefined && m.hours > 0), {
    message: "Enter the hours attended for a partial day",
    path: ["hours"],
  });
export type AttendanceMarkInput = z.infer<typeof AttendanceMarkInput>;

export const MarkAttendanceInput = z.object({
  sessionId: Id,
  marks: z.array(AttendanceMarkInput).min(1, { message: "Mark at least one day" }).max(5000),
  /** why, when this changes attendance that was already recorded */
  note: z.string().trim().max(500).optional(),
});
export type MarkAttendanceInput = z.infer<typeof MarkAttendanceInput>;
