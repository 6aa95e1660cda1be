import "server-only";
// The learning events Pathway reports to a learning record store, as the code that sees them happen describes them
// (ids and facts only: server/xapi/outbox.ts reads the rest — employee id, course code and titles — in the same
// transaction). `at` is when it happened.

/** A SCORM score as the package reports it (cmi.core.score.* / cmi.score.*); any part may be missing. */
export type ScormScore = { raw: number | null; min: number | null; max: number | null; scaled: number | null };

export type XapiEvent =
  /** a person starts a course (a new progress cycle) */
  | { kind: "launched"; staffId: string; courseId: string; progressId: string; at: Date }
  /** a person completes a course (the ledger row of the cycle was just written) */
  | { kind: "completed"; staffId: string; courseId: string; progressId: string; at: Date }
  /** a quiz attempt is submitted: passed or failed */
  | {
      kind: "quiz";
      staffId: string;
      courseId: string;
      progressId: string;
      lessonId: string;
      attemptId: string;
      passed: boolean;
      correctCount: number;
      questionCount: number;
      at: Date;
    }
  /** a participant attended a session (all days marked, some time attended) */
  | { kind: "attended"; staffId: string; courseId: string; sessionId: string; enrollmentId: string; durationSeconds: number; at: Date }
  /**
   * A SCORM lesson's result as the runtime commits it. One statement per reported status and attempt: completed,
   * passed, failed (each at most once per attempt, whatever the number of commits).
   */
  | {
      kind: "scorm";
      staffId: string;
      courseId: string;
      lessonId: string;
      progressId: string;
      attemptId: string;
      /** "completed", "incomplete", "not attempted", "unknown" (2004 completion_status; 1.2 lesson_status) */
      completion: string | null;
      /** "passed", "failed", "unknown" (2004 success_status; 1.2 lesson_status) */
      success: string | null;
      score: ScormScore | null;
      durationSeconds: number | null;
      at: Date;
    };

export type XapiEventKind = XapiEvent["kind"];
