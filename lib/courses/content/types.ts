/**
 * Shapes of the course content that Pathway ships with (bootstrap courses) and loads for demos.
 * Content is plain data: the seeding code turns it into Course, Lesson and Question rows.
 */

/** One quiz question. SINGLE has exactly one correct option; MULTIPLE has two or more. */
export type ContentQuestion = { prompt: string; kind: "SINGLE" | "MULTIPLE"; explanation: string; options: { text: string; correct: boolean }[] };

/** One lesson of a course, in the order the learner meets it. */
export type ContentLesson =
  | { kind: "READING"; title: string; body: string /* Markdown: headings, lists, bold, links only; no HTML */; required: boolean }
  | { kind: "ATTESTATION"; title: string; statement: string /* "I have read and understood …" */; required: true }
  | { kind: "EXTERNAL_LINK"; title: string; url: string; description: string; required: boolean }
  | {
      kind: "QUIZ"; title: string; passMark: number /* percent */;
      /** shuffle the questions and each question's options on every attempt */
      shuffle: boolean;
      /** questions each attempt draws from `questions` (the pool); all when absent */
      drawCount?: number;
      questions: ContentQuestion[]; required: true;
    };

/** A course's quiz rules: attempts per set (null = unlimited), hours to wait after a set fails, lessons before the quiz. */
export type ContentQuizRules = { attempts: number | null; waitHours: number | null; lessonsBeforeQuiz: boolean };

/**
 * The mandatory courses' rules: three attempts, each drawing new questions; after the third fails, the quiz opens
 * again 24 hours later (time to re-read the lessons) with three more; the quiz opens once the lessons are done.
 */
export const MANDATORY_QUIZ_RULES: ContentQuizRules = { attempts: 3, waitHours: 24, lessonsBeforeQuiz: true };

/** A catalogue course. `trainingDays` is a decimal string (a training day is 8 hours). */
export type ContentCourse = {
  code: string; title: string; summary: string; categoryCode: string;
  mode: "ONLINE" | "CLASSROOM" | "VIRTUAL" | "BLENDED" | "EXTERNAL";
  trainingDays: string /* decimal, up to 3 places */; languages: string[] /* BCP47, e.g. ["en"] */;
  validityMonths: number | null; mandatory: boolean; lessons: ContentLesson[];
  /** absent: unlimited attempts, the quiz open at any time */
  quizRules?: ContentQuizRules;
  /**
   * The course in its other languages (the fields above are English). A language is in `languages` only when its
   * text is complete: title, summary and every lesson (`lessons` aligned with the course's lessons, same order and
   * count; each quiz's questions and their options likewise). A translation with only title and summary lets the
   * catalogue show the course in that language without offering it.
   */
  translations?: Partial<Record<"fr" | "zh", ContentCourseText>>;
};

/** One question in another language: the options in the same order as the original's. */
export type ContentQuestionText = { prompt: string; explanation: string; options: string[] };

/**
 * One lesson in another language. READING: `body`; ATTESTATION: `statement`; EXTERNAL_LINK: `description`;
 * QUIZ: `questions` (aligned with the original pool).
 */
export type ContentLessonText = { title: string; body?: string; statement?: string; description?: string; questions?: ContentQuestionText[] };

/** A course in another language; `lessons` absent = only the catalogue texts are translated. */
export type ContentCourseText = { title: string; summary: string; lessons?: ContentLessonText[] };
