import { z } from "zod";
import { COURSE_MODES, Id, Text, type CourseModeValue } from "~/lib/schemas/common";
import { parseTrainingDays } from "~/lib/training-days";
import { LOCALES } from "~/lib/i18n/locales";
import { CourseText, LessonText, OptionText, QuestionText } from "~/lib/courses/i18n";

// One set of schemas for the authoring forms, the player and the procedures: the browser and the server
// refuse the same input with the same message.

export { COURSE_MODES, type CourseModeValue };

/** Modes a learner takes in the course player on their own; the other modes run in sessions (enrolment). */
export const SELF_PACED_MODES: readonly CourseModeValue[] = ["ONLINE", "EXTERNAL"];

export const LESSON_KINDS = ["READING", "VIDEO", "QUIZ", "ATTESTATION", "EXTERNAL_LINK"] as const;
export type LessonKindValue = (typeof LESSON_KINDS)[number];

export const QUESTION_KINDS = ["SINGLE", "MULTIPLE"] as const;

export const DEFAULT_PASS_MARK = 80;
export const DEFAULT_WATCHED_THRESHOLD = 90;


export const CourseCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{1,23}$/, { message: "2–24 capital letters, digits or hyphens, starting with a letter, e.g. IT-EXCEL" });

/** Training days as typed ("0.25"): at most 3 decimals, not negative; the canonical string travels on. */
export const TrainingDays = z.string().transform((text, ctx) => {
  try {
    return parseTrainingDays(text);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

export const LanguageCode = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: "Use a language code such as en, fr or zh-Hans" });

const Https = z
  .string()
  .trim()
  .url({ message: "Enter a full web address starting with https://" })
  .refine((u) => u.startsWith("https://"), { message: "Enter a full web address starting with https://" })
  .max(2000);

/** The course's quiz rules (not versioned: they apply at once to every learner's next attempt). */
const QuizRulesFields = {
  quizAttempts: z
    .number({ message: "Enter a whole number of attempts, or leave empty for unlimited" })
    .int({ message: "Enter a whole number of attempts, or leave empty for unlimited" })
    .min(1, { message: "At least 1 attempt, or leave empty for unlimited" })
    .max(20, { message: "At most 20 attempts" })
    .nullable(),
  quizWaitHours: z
    .number({ message: "Enter a whole number of hours, or leave empty" })
    .int({ message: "Enter a whole number of hours, or leave empty" })
    .min(1, { message: "At least 1 hour, or leave empty" })
    .max(2160, { message: "At most 2,160 hours (90 days)" })
    .nullable(),
  lessonsBeforeQuiz: z.boolean(),
};

export const DEFAULT_QUIZ_ATTEMPTS = 3;
export const DEFAULT_QUIZ_WAIT_HOURS = 24;

export const CourseDetails = z.object({
  title: z.string().trim().min(3, { message: "At least 3 characters" }).max(200, { message: "At most 200 characters" }),
  summary: z.string().trim().max(2000, { message: "At most 2,000 characters" }),
  categoryId: z.string().trim().min(1, { message: "Choose a category" }).max(64),
  mode: z.enum(COURSE_MODES, { message: "Choose how the course is delivered" }),
  trainingDays: TrainingDays,
  languages: z
    .array(LanguageCode)
    .min(1, { message: "Give at least one language" })
    .max(10, { message: "At most 10 languages" })
    .refine((l) => new Set(l).size === l.length, { message: "A language is listed twice" }),
  mandatory: z.boolean(),
  validityMonths: z
    .number({ message: "Enter a whole number of months, or leave empty" })
    .int({ message: "Enter a whole number of months, or leave empty" })
    .min(1, { message: "At least 1 month, or leave empty for a completion that never expires" })
    .max(240, { message: "At most 240 months" })
    .nullable(),
  ...QuizRulesFields,
});

/** A new course is written in `baseLocale` (its columns); other languages are translations (lib/courses/i18n.ts). */
export const CreateCourseInput = CourseDetails.extend({ code: CourseCode, baseLocale: z.enum(LOCALES).default("en") });
export type CreateCourseInput = z.infer<typeof CreateCourseInput>;

export const UpdateCourseInput = CourseDetails.extend({ id: Id });
export type UpdateCourseInput = z.infer<typeof UpdateCourseInput>;

export const CourseIdInput = z.object({ id: Id });
export const LessonIdInput = z.object({ lessonId: Id });
export const QuestionIdInput = z.object({ questionId: Id });

// ── Lessons ──

const LessonTitle = z.string().trim().min(2, { message: "At least 2 characters" }).max(200, { message: "At most 200 characters" });

export const ReadingLessonInput = z.object({
  kind: z.literal("READING"),
  title: LessonTitle,
  required: z.boolean(),
  body: z.string().trim().min(1, { message: "Write the lesson's text" }).max(50_000, { message: "At most 50,000 characters" }),
});

export const VideoLessonInput = z.object({
  kind: z.literal("VIDEO"),
  title: LessonTitle,
  required: z.boolean(),
  /** optional: an uploaded video (media module) needs no address; an empty field means none */
  url: z.union([Https, z.literal("").transform(() => null), z.null()]),
  body: z.string().trim().max(5_000, { message: "At most 5,000 characters" }),
  watchedThreshold: z
    .number({ message: "Enter a percentage between 1 and 100" })
    .int({ message: "Enter a whole percentage" })
    .min(1, { message: "Enter a percentage between 1 and 100" })
    .max(100, { message: "Enter a percentage between 1 and 100" }),
});

export const QuizLessonInput = z.object({
  kind: z.literal("QUIZ"),
  title: LessonTitle,
  required: z.literal(true, { message: "A quiz is always required" }),
  passMark: z
    .number({ message: "The pass mark must be a number between 0 and 100" })
    .int({ message: "The pass mark must be a whole percentage" })
    .min(0, { message: "The pass mark must be between 0 and 100" })
    .max(100, { message: "The pass mark must be between 0 and 100" }),
  shuffle: z.boolean(),
  /** questions drawn from the pool for each attempt; null = every question */
  drawCount: z
    .number({ message: "Enter a whole number of questions, or leave empty to ask every question" })
    .int({ message: "Enter a whole number of questions, or leave empty to ask every question" })
    .min(1, { message: "At least 1 question, or leave empty to ask every question" })
    .max(200, { message: "At most 200 questions" })
    .nullable(),
});

export const AttestationLessonInput = z.object({
  kind: z.literal("ATTESTATION"),
  title: LessonTitle,
  required: z.literal(true, { message: "An attestation is always required" }),
  body: z
    .string()
    .trim()
    .min(10, { message: "Write the statement the learner confirms, e.g. “I have read and understood …”" })
    .max(2_000, { message: "At most 2,000 characters" }),
});

export const ExternalLinkLessonInput = z.object({
  kind: z.literal("EXTERNAL_LINK"),
  title: LessonTitle,
  required: z.boolean(),
  url: Https,
  body: z.string().trim().max(5_000, { message: "At most 5,000 characters" }),
});

export const LessonContentInput = z.discriminatedUnion("kind", [
  ReadingLessonInput,
  VideoLessonInput,
  QuizLessonInput,
  AttestationLessonInput,
  ExternalLinkLessonInput,
]);
export type LessonContentInput = z.infer<typeof LessonContentInput>;

export const AddLessonInput = z.object({ courseId: Id, lesson: LessonContentInput });
export type AddLessonInput = z.infer<typeof AddLessonInput>;

export const UpdateLessonInput = z.object({ lessonId: Id, lesson: LessonContentInput });
export type UpdateLessonInput = z.infer<typeof UpdateLessonInput>;

export const MoveInput = z.object({ id: Id, direction: z.enum(["up", "down"]) });
export type MoveInput = z.infer<typeof MoveInput>;

// ── Quiz questions ──

export const QuestionInput = z
  .object({
    kind: z.enum(QUESTION_KINDS),
    prompt: z.string().trim().min(3, { message: "Write the question" }).max(1_000, { message: "At most 1,000 characters" }),
    explanation: z.string().trim().max(2_000, { message: "At most 2,000 characters" }),
    options: z
      .array(
        z.object({
          text: z.string().trim().min(1, { message: "Write the option's text, or remove it" }).max(500, { message: "At most 500 characters" }),
          correct: z.boolean(),
        }),
      )
      .min(2, { message: "Give at least two options" })
      .max(10, { message: "At most 10 options" }),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Mark at least one option as correct." });
    } else if (q.kind === "SINGLE" && correct > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "A single-choice question has exactly one correct option: mark only one, or make it multiple choice.",
      });
    } else if (correct === q.options.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "At least one option must be wrong." });
    }
    const texts = q.options.map((o) => o.text.trim().toLowerCase());
    if (new Set(texts).size !== texts.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Two options have the same text." });
    }
  });
export type QuestionInput = z.infer<typeof QuestionInput>;

export const SaveQuestionInput = z.object({ lessonId: Id, questionId: Id.nullable(), question: QuestionInput });
export type SaveQuestionInput = z.infer<typeof SaveQuestionInput>;

// ── Learning ──

export const StartCourseInput = z.object({ courseId: Id });

export const CompleteLessonInput = z.object({ lessonId: Id });

export const AttestInput = z.object({
  lessonId: Id,
  confirmed: z.literal(true, { message: "Tick the box to confirm the statement" }),
});

export const QuizAnswersInput = z
  .array(z.object({ questionId: Id, optionIds: z.array(Id).min(1, { message: "Answer every question" }).max(10) }))
  .min(1, { message: "Answer every question" })
  .max(200);

export const SubmitQuizInput = z.object({
  lessonId: Id,
  /** generated by the browser per attempt: submitting the same attempt twice stores it once */
  submissionId: z.string().uuid(),
  answers: QuizAnswersInput,
  /** the course language the learner reads the quiz in: the result's questions come back in it (grading is by ids) */
  lang: LanguageCode.optional().catch(undefined),
});
export type SubmitQuizInput = z.infer<typeof SubmitQuizInput>;

export const PreviewQuizInput = z.object({ lessonId: Id, answers: QuizAnswersInput });

export const StartQuizInput = z.object({ lessonId: Id });

/** L&D gives a learner one more attempt at a quiz in their current cycle, saying why (kept in the record). */
export const GrantAttemptInput = z.object({
  progressId: Id,
  lessonId: Id,
  reason: Text.pipe(z.string().trim().min(3, { message: "Say why, in a few words" }).max(500, { message: "At most 500 characters" })),
});
export type GrantAttemptInput = z.infer<typeof GrantAttemptInput>;

// ── Catalogue ──

export const CatalogueFilter = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.string().trim().max(64).optional().catch(undefined),
  mode: z.enum(COURSE_MODES).optional().catch(undefined),
  language: LanguageCode.optional().catch(undefined),
});
export type CatalogueFilter = z.infer<typeof CatalogueFilter>;

// ── Languages of a course (server/courses/translations.ts) ──

export const CourseLocale = z.enum(LOCALES, { message: "Choose English, French or Chinese" });

/** Offer (or stop offering) a course in one language. */
export const SetCourseLanguageInput = z.object({ courseId: Id, locale: CourseLocale, offered: z.boolean() });
export type SetCourseLanguageInput = z.infer<typeof SetCourseLanguageInput>;

/**
 * One language's texts of a course, saved together: the course's title and summary, and texts of the lessons,
 * questions and options of the version being edited. An empty text removes that translation.
 */
export const SaveCourseTranslationInput = z.object({
  courseId: Id,
  locale: CourseLocale,
  course: CourseText.optional(),
  lessons: z.array(z.object({ id: Id, text: LessonText })).max(500).default([]),
  questions: z.array(z.object({ id: Id, text: QuestionText })).max(2_000).default([]),
  options: z.array(z.object({ id: Id, text: OptionText })).max(20_000).default([]),
});
export type SaveCourseTranslationInput = z.infer<typeof SaveCourseTranslationInput>;
