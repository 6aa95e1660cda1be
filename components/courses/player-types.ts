import type { LessonKindValue } from "~/lib/schemas/courses";

/** What the lesson player needs; filled from the learner's progress, or from a version in L&D preview. */
export type LessonView = {
  id: string;
  position: number;
  kind: LessonKindValue;
  title: string;
  required: boolean;
  /** READING: sanitised HTML made on the server */
  html: string | null;
  /** ATTESTATION: the statement; EXTERNAL_LINK and VIDEO: the description */
  text: string | null;
  url: string | null;
  mediaAssetId: string | null;
  done: boolean;
  doneAt: Date | null;
  attestedName: string | null;
};

/** Where the learner stands with a quiz: lessons to do first, may start, an attempt open, waiting, used up, passed. */
export type QuizState = "locked" | "ready" | "inProgress" | "waiting" | "closed" | "passed";

export type QuizView = {
  state: QuizState;
  passMark: number;
  /** questions per attempt, drawn from a pool of `poolSize` */
  questionCount: number;
  poolSize: number;
  /** the course's rules, shown before the learner starts */
  rules: { attempts: number | null; waitHours: number | null };
  /** attempts left now (null = unlimited) */
  attemptsLeft: number | null;
  /** when a learner who used a set of attempts may try again */
  opensAt: Date | null;
  /** the lessons still to do before the quiz opens (state "locked") */
  missingLessons: { position: number; title: string }[];
  /** the open attempt's number, or the next one's */
  attemptNumber: number;
  /** the open attempt's questions (state "inProgress"), without correct flags or explanations */
  questions: { id: string; kind: "SINGLE" | "MULTIPLE"; prompt: string; options: { id: string; text: string }[] }[];
  attempts: { number: number; score: number; passed: boolean; submittedAt: Date }[];
  bestScore: number | null;
  passedResult: QuizResultView | null;
};

export type QuizResultView = {
  attempt: { number: number; score: number; passed: boolean; correctCount: number; questionCount: number; submittedAt: Date };
  passMark: number;
  attemptsLeft: number | null;
  opensAt: Date | null;
  courseCompleted: boolean;
  repeated: boolean;
  questions: {
    id: string;
    prompt: string;
    correct: boolean;
    /** only after a pass: the options as shown, the right ones, the learner's choice and why */
    review: { kind: "SINGLE" | "MULTIPLE"; explanation: string; options: { id: string; text: string; correct: boolean; chosen: boolean }[] } | null;
  }[];
};

export type PlayerLinks = {
  /** where a step goes next: the next lesson, or the course page after the last */
  next: string | null;
  previous: string | null;
  complete: string;
  course: string;
};
