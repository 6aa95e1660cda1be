import Decimal from "decimal.js";
import { z } from "zod";
import { Id, IsoDateInput } from "~/lib/schemas/common";

// Languages and pairing durations are defined without zod in lib/mentoring/choices.ts, for client components.
import { MENTORING_LANGUAGES } from "~/lib/mentoring/choices";
export { MENTORING_LANGUAGES, PAIRING_DURATIONS, type MentoringLanguage } from "~/lib/mentoring/choices";
export const MAX_MENTOR_CAPACITY = 5;
/** Mentees rank at most this many mentors in a round (the matching engine reads no more). */
export const MAX_ROUND_RANKING = 5;

export const DECLINE_REASONS = ["FULL", "OUTSIDE_EXPERTISE", "NEED_MORE_INFORMATION", "OTHER"] as const;
export const CLOSE_REASONS = ["GOALS_MET", "SCHEDULES", "NOT_A_GOOD_FIT", "ROLE_CHANGE", "LEAVING", "OTHER"] as const;
export const MATCHING_ALGORITHMS = ["DEFERRED_ACCEPTANCE", "OPTIMAL"] as const;

const Language = z.enum(MENTORING_LANGUAGES);
const Languages = z
  .array(Language)
  .min(1, { message: "Choose at least one language" })
  .max(MENTORING_LANGUAGES.length)
  .transform((l) => [...new Set(l)]);
export const DurationMonths = z.literal([3, 6, 9, 12], { message: "Choose 3, 6, 9 or 12 months" });
const Text = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters` });

// ─────────────── Settings (L&D) ───────────────

export const MatchWeightsInput = z.object({
  sharedGoal: z.number().min(0).max(20),
  language: z.number().min(0).max(20),
  otherDepartment: z.number().min(0).max(20),
  otherSector: z.number().min(0).max(20),
  dutyStation: z.number().min(0).max(20),
  seniorGrade: z.number().min(0).max(20),
  maxGradeGap: z.number().int().min(1).max(17),
  choiceRank: z.number().min(0).max(20),
  otherDepartmentForAll: z.boolean(),
  otherSectorForAll: z.boolean(),
});
export type MatchWeightsInput = z.infer<typeof MatchWeightsInput>;

export const MentoringSettingsInput = z.object({
  /** Listing as a mentor needs a completed "Mentoring essentials" course. */
  requireTraining: z.boolean(),
  /** Open requests a mentee may have at once. */
  maxOpenRequests: z.number().int().min(1).max(5),
  /** Days a mentor has to answer before a request expires. */
  requestExpiryDays: z.number().int().min(3).max(60),
  /** Weights of the suggestion score in open mode and the default for new rounds. */
  weights: MatchWeightsInput,
});
export type MentoringSettingsInput = z.infer<typeof MentoringSettingsInput>;

// ─────────────── Expertise list (L&D) ───────────────

export const ExpertiseName = z.string().trim().min(2, { message: "At least 2 characters" }).max(60, { message: "At most 60 characters" });
export const CreateExpertiseInput = z.object({ name: ExpertiseName });
export const RenameExpertiseInput = z.object({ id: Id, name: ExpertiseName });
export const IdInput = z.object({ id: Id });
export type CreateExpertiseInput = z.infer<typeof CreateExpertiseInput>;
export type RenameExpertiseInput = z.infer<typeof RenameExpertiseInput>;

// ─────────────── Profiles ───────────────

export const MentorProfileInput = z.object({
  bio: Text(1500).min(20, { message: "Tell mentees a little about yourself (at least 20 characters)" }),
  expertiseIds: z.array(Id).min(1, { message: "Choose at least one area of expertise" }).max(8, { message: "Choose at most 8 areas" }),
  languages: Languages,
  yearsExperience: z.number().int().min(0, { message: "0 or more" }).max(50, { message: "At most 50" }),
  capacity: z.number().int().min(1, { message: "Between 1 and 5 mentees" }).max(MAX_MENTOR_CAPACITY, { message: "Between 1 and 5 mentees" }),
  /** null: open to new mentees; a date: paused up to and including it. */
  pausedUntil: IsoDateInput.nullable(),
  listed: z.boolean(),
});
export type MentorProfileInput = z.infer<typeof MentorProfileInput>;

export const MenteeProfileInput = z.object({
  goalIds: z.array(Id).min(1, { message: "Choose at least one goal" }).max(5, { message: "Choose at most 5 goals" }),
  goalsText: Text(1000),
  languages: Languages,
  prefersOtherDepartment: z.boolean(),
  prefersOtherSector: z.boolean(),
  /** true: another duty station; false: the same one; null: no preference. */
  prefersOtherDutyStation: z.boolean().nullable(),
  desiredDurationMonths: DurationMonths,
});
export type MenteeProfileInput = z.infer<typeof MenteeProfileInput>;

// ─────────────── Open mode ───────────────

export const BrowseMentorsInput = z.object({
  expertiseId: Id.optional(),
  language: Language.optional(),
  sectorId: Id.optional(),
  dutyStationId: Id.optional(),
  freeOnly: z.boolean().default(false),
  q: z.string().trim().max(80).optional(),
});
export type BrowseMentorsInput = z.infer<typeof BrowseMentorsInput>;

export const SendRequestsInput = z.object({
  mentorIds: z
    .array(Id)
    .min(1, { message: "Choose at least one mentor" })
    .max(5)
    .refine((ids) => new Set(ids).size === ids.length, { message: "Each mentor once" }),
  message: Text(2000).min(20, { message: "Write a few lines to the mentor (at least 20 characters)" }),
  durationMonths: DurationMonths,
});
export type SendRequestsInput = z.infer<typeof SendRequestsInput>;

export const RequestIdInput = z.object({ requestId: Id });

// Bidirectional overrides and isolates can make a message read differently from what was typed (in a page or a mail).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A short message typed as plain text: trimmed, line breaks normalised, at most one blank line in a row; empty is none. */
export const PlainMessage = (max: number) =>
  z
    .string()
    .transform((v) =>
      v
        .replace(/\r\n?/g, "\n")
        .replace(BIDI_CONTROLS, "")
        .replace(/[ \t]+\n/g, "\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim(),
    )
    .pipe(z.string().max(max, { message: `At most ${max} characters` }))
    .transform((v) => (v === "" ? undefined : v));

/** The mentor accepts, optionally with a word to the mentee (the mentee reads it on the requests page and in the mail). */
export const AcceptRequestInput = z.object({ requestId: Id, message: PlainMessage(1000).optional() });
export type AcceptRequestInput = z.infer<typeof AcceptRequestInput>;

export const DeclineRequestInput = z
  .object({ requestId: Id, reason: z.enum(DECLINE_REASONS), text: Text(1000).optional() })
  .refine((v) => v.reason !== "OTHER" || (v.text?.length ?? 0) >= 3, { message: "Say why in a few words", path: ["text"] });
export type DeclineRequestInput = z.infer<typeof DeclineRequestInput>;

// ─────────────── Pairings ───────────────

export const PairingIdInput = z.object({ pairingId: Id });
export const ConfirmPairingInput = z.object({ pairingId: Id, durationMonths: DurationMonths });
/** One member proposes a longer length; the pairing changes only when the other member confirms it. */
export const ProposeExtensionInput = z.object({ pairingId: Id, durationMonths: DurationMonths });
export type ProposeExtensionInput = z.infer<typeof ProposeExtensionInput>;
/** The other member's answer, naming the length they saw: a proposal changed since then is not confirmed by mistake. */
export const AnswerExtensionInput = z.object({ pairingId: Id, durationMonths: DurationMonths, accept: z.boolean() });
export type AnswerExtensionInput = z.infer<typeof AnswerExtensionInput>;
export const ClosePairingInput = z
  .object({ pairingId: Id, reason: z.enum(CLOSE_REASONS).optional(), note: Text(1000).optional() })
  .refine((v) => v.reason !== "OTHER" || (v.note?.length ?? 0) >= 3, { message: "Say why in a few words", path: ["note"] });
export type ClosePairingInput = z.infer<typeof ClosePairingInput>;

export const AddGoalInput = z.object({ pairingId: Id, title: Text(200).min(3, { message: "At least 3 characters" }) });
export const GoalProgressInput = z.object({ goalId: Id, progress: z.number().int().min(0).max(100) });

export const LogMeetingInput = z.object({
  pairingId: Id,
  heldOn: IsoDateInput,
  minutes: z.number().int().min(5, { message: "Between 5 and 600 minutes" }).max(600, { message: "Between 5 and 600 minutes" }),
  topics: Text(300).min(3, { message: "Name the topics in a few words" }),
  notes: Text(4000).default(""),
  notesShared: z.boolean().default(false),
});
export type LogMeetingInput = z.infer<typeof LogMeetingInput>;

export const CheckInInput = z.object({ pairingId: Id, onTrack: z.boolean(), note: Text(1000).default("") });
export type CheckInInput = z.infer<typeof CheckInInput>;

export const FeedbackInput = z.object({
  pairingId: Id,
  rating: z.number().int().min(1, { message: "From 1 to 5" }).max(5, { message: "From 1 to 5" }),
  comment: Text(2000).default(""),
  rematchRequested: z.boolean().default(false),
});
export type FeedbackInput = z.infer<typeof FeedbackInput>;

// ─────────────── Cohort rounds ───────────────

export const CreateRoundInput = z.object({
  name: z.string().trim().min(3, { message: "At least 3 characters" }).max(80, { message: "At most 80 characters" }),
  closesOn: IsoDateInput,
});
export type CreateRoundInput = z.infer<typeof CreateRoundInput>;

export const RankingInput = z.object({
  roundId: Id,
  mentorIds: z
    .array(Id)
    .max(MAX_ROUND_RANKING, { message: `Rank at most ${MAX_ROUND_RANKING} mentors` })
    .refine((ids) => new Set(ids).size === ids.length, { message: "Rank each mentor once" }),
});
export type RankingInput = z.infer<typeof RankingInput>;

export const RoundRunInput = z.object({
  roundId: Id,
  algorithm: z.enum(MATCHING_ALGORITHMS),
  weights: MatchWeightsInput,
  rankedOnly: z.boolean().default(true),
});
export type RoundRunInput = z.infer<typeof RoundRunInput>;

/** Publishing while mentees can still rank needs L&D's explicit confirmation (the page asks; a stale page cannot skip it). */
export const PublishRoundInput = RoundRunInput.extend({ confirmEarly: z.boolean().default(false) });
export type PublishRoundInput = RoundRunInput & { confirmEarly?: boolean };

// ─────────────── Coaching ───────────────

export const AddCoachInput = z.object({
  employeeId: z.string().trim().min(1, { message: "Enter the employee number" }).max(20),
  bio: Text(1500).default(""),
  languages: Languages,
});
export type AddCoachInput = z.infer<typeof AddCoachInput>;

export const SetCoachListedInput = z.object({ id: Id, listed: z.boolean() });

export const CoachingRequestInput = z.object({
  coachId: Id,
  message: Text(2000).min(20, { message: "Write a few lines to the coach (at least 20 characters)" }),
});
export type CoachingRequestInput = z.infer<typeof CoachingRequestInput>;

export const CoachingRespondInput = z.object({ requestId: Id, accept: z.boolean() });

export const MIN_COACHING_HOURS = 0.25;
export const MAX_COACHING_HOURS = 12;

/**
 * Hours as typed in any of the app's languages, with a dot or a comma as the decimal separator ("1.5", "1,5"; no
 * thousands in 0.25–12 hours, so a comma cannot be a group separator), up to 2 places; out: the decimal string "1.5".
 */
export const CoachingHours = z
  .string()
  .trim()
  .regex(/^\d{1,2}([.,]\d{1,2})?$/, { message: "Hours like 1, 1.5 or 1,5" })
  .transform((h) => new Decimal(h.replace(",", ".")))
  .refine((h) => h.gte(MIN_COACHING_HOURS) && h.lte(MAX_COACHING_HOURS), { message: "Between 0.25 and 12 hours" })
  .transform((h) => h.toString());

/** `submissionKey`: one per filled-in form, so a double submit or a retry logs the session once. */
export const LogCoachingSessionInput = z.object({
  requestId: Id,
  heldOn: IsoDateInput,
  hours: CoachingHours,
  submissionKey: z.string().trim().min(8).max(64).optional(),
});
export type LogCoachingSessionInput = z.infer<typeof LogCoachingSessionInput>;

// ─────────────── Reports ───────────────

export const StatsPeriodInput = z
  .object({ from: IsoDateInput, to: IsoDateInput })
  .refine((p) => p.from <= p.to, { message: "The period ends before it starts", path: ["to"] });
export type StatsPeriodInput = z.infer<typeof StatsPeriodInput>;
