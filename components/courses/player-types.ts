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

export type QuizView = {
  passMark: number;
  maxAttempts: number | null;
  attemptsLeft: number | null;
  questions: { id: string; kind: "SINGLE" | "MULTIPLE"; prompt: string; options: { id: string; text: string }[] }[];
  attempts: { number: number; score: number; passed: boolean; submittedAt: Date }[];
  bestScore: number | null;
  passedResult: QuizResultView | null;
};

export type QuizResultView = {
  attempt: { number: number; score: number; passed: boolean; correctCount: number; questionCount: number; submittedAt: Date };
  passMark: number;
  attemptsLeft: number | null;
  courseCompleted: boolean;
  repeated: boolean;
  questions: {
    id: string;
    prompt: string;
    kind: "SINGLE" | "MULTIPLE";
    explanation: string;
    correct: boolean;
    options: { id: string; text: string; correct: boolean | null; chosen: boolean }[];
  }[];
};

export type PlayerLinks = {
  /** where a step goes next: the next lesson, or the course page after the last */
  next: string | null;
  previous: string | null;
  complete: string;
  course: string;
};
