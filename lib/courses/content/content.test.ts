import { describe, it, expect } from "vitest";
import type { ContentCourse, ContentLesson, ContentQuestion } from "./types.ts";
import { bootstrapCourses, menteeGuidelines } from "./shipped-courses.ts";
import { demoCourses } from "../../../prisma/demo-courses.ts";
import { translationProblems } from "./translations.ts";

const HTML_TAG = /<[a-z!\/]/i;
const TRAINING_DAYS = /^\d+(\.\d{1,3})?$/;

/** Number of quiz questions each bootstrap course must have. */
const QUIZ_SIZE: Record<string, number> = { WT: 15, BSAFE: 15, AFA: 15, MENTOR: 8 };

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

function readings(course: ContentCourse) {
  return course.lessons.filter((l): l is Extract<ContentLesson, { kind: "READING" }> => l.kind === "READING");
}

function quizzes(course: ContentCourse) {
  return course.lessons.filter((l): l is Extract<ContentLesson, { kind: "QUIZ" }> => l.kind === "QUIZ");
}

function checkQuestion(q: ContentQuestion) {
  const correct = q.options.filter((o) => o.correct).length;
  const wrong = q.options.length - correct;
  if (q.kind === "SINGLE") {
    expect(correct, `SINGLE question needs exactly one correct option: ${q.prompt}`).toBe(1);
  } else {
    expect(correct, `MULTIPLE question needs at least two correct options: ${q.prompt}`).toBeGreaterThanOrEqual(2);
  }
  expect(wrong, `question needs at least one wrong option: ${q.prompt}`).toBeGreaterThanOrEqual(1);
  const texts = q.options.map((o) => o.text.trim().toLowerCase());
  expect(new Set(texts).size, `duplicate option text in: ${q.prompt}`).toBe(texts.length);
  expect(q.prompt.trim().length).toBeGreaterThan(0);
  expect(q.explanation.trim().length, `missing explanation: ${q.prompt}`).toBeGreaterThan(0);
}

/** Checks shared by bootstrap and demo courses. */
function checkCommon(course: ContentCourse) {
  expect(course.trainingDays).toMatch(TRAINING_DAYS);
  expect(Number(course.trainingDays)).toBeGreaterThan(0);
  expect(course.title.trim().length).toBeGreaterThan(0);
  expect(course.summary.trim().length).toBeGreaterThan(0);
  expect(course.languages.length).toBeGreaterThan(0);
  for (const lang of course.languages) expect(lang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
  expect(course.lessons.length).toBeGreaterThan(0);
  if (course.validityMonths !== null) expect(course.validityMonths).toBeGreaterThan(0);
  for (const lesson of course.lessons) {
    if (lesson.kind === "READING") {
      expect(HTML_TAG.test(lesson.body), `HTML in "${lesson.title}"`).toBe(false);
    }
    if (lesson.kind === "ATTESTATION") {
      expect(lesson.statement).toMatch(/^I have read and understood/);
      expect(HTML_TAG.test(lesson.statement)).toBe(false);
    }
    if (lesson.kind === "EXTERNAL_LINK") {
      expect(lesson.url).toMatch(/^https:\/\//);
    }
    if (lesson.kind === "QUIZ") {
      expect(lesson.passMark).toBeGreaterThanOrEqual(0);
      expect(lesson.passMark).toBeLessThanOrEqual(100);
      if (lesson.drawCount !== undefined) {
        expect(lesson.drawCount).toBeGreaterThan(0);
        expect(lesson.drawCount, `${course.code} draws more questions than its pool`).toBeLessThanOrEqual(lesson.questions.length);
      }
      const prompts = lesson.questions.map((q) => q.prompt.trim().toLowerCase());
      expect(new Set(prompts).size, `duplicate question in ${course.code}`).toBe(prompts.length);
      for (const q of lesson.questions) checkQuestion(q);
    }
  }
  const titles = course.lessons.map((l) => l.title);
  expect(new Set(titles).size, `duplicate lesson titles in ${course.code}`).toBe(titles.length);
}

describe("course content", () => {
  const all = [...bootstrapCourses, ...demoCourses];

  it("has unique course codes across bootstrap and demo courses", () => {
    const codes = all.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  // A language is listed in `languages` only when its text is complete; every translation is aligned with the English
  // (lessons, questions, options by index), or the seeding would put a French option under the wrong English one.
  it.each(all.map((c) => [c.code, c] as const))("%s: translations are complete for every language listed and aligned", (_code, course) => {
    expect(translationProblems(course)).toEqual([]);
  });

  it("ships the four bootstrap courses", () => {
    expect(bootstrapCourses.map((c) => c.code)).toEqual(["WT", "BSAFE", "AFA", "MENTOR"]);
  });

  describe.each(bootstrapCourses.map((c) => [c.code, c] as const))("bootstrap course %s", (code, course) => {
    it("passes the common checks", () => checkCommon(course));

    it("has a quiz of the specified size", () => {
      const qs = quizzes(course);
      expect(qs.length).toBe(1);
      expect(qs[0]?.questions.length).toBe(QUIZ_SIZE[code]);
      expect(qs[0]?.questions.length).toBeGreaterThanOrEqual(8);
      expect(qs[0]?.questions.length).toBeLessThanOrEqual(15);
    });

    it("mixes SINGLE and MULTIPLE questions", () => {
      const kinds = new Set(quizzes(course).flatMap((q) => q.questions.map((x) => x.kind)));
      expect(kinds).toEqual(new Set(["SINGLE", "MULTIPLE"]));
    });

    it("has reading lessons of at least 150 words without HTML", () => {
      const rs = readings(course);
      expect(rs.length).toBeGreaterThanOrEqual(3);
      for (const r of rs) {
        expect(words(r.body), `"${r.title}" is too short`).toBeGreaterThanOrEqual(150);
        expect(HTML_TAG.test(r.body)).toBe(false);
      }
    });

    it("has exactly one attestation and one quiz if mandatory", () => {
      if (!course.mandatory) return;
      expect(course.lessons.filter((l) => l.kind === "ATTESTATION").length).toBe(1);
      expect(quizzes(course).length).toBe(1);
    });
  });

  it("keeps Working Together readings between 250 and 450 words", () => {
    const wt = bootstrapCourses.find((c) => c.code === "WT");
    if (!wt) throw new Error("WT course missing");
    const rs = readings(wt);
    expect(rs.length).toBeGreaterThanOrEqual(4);
    expect(rs.length).toBeLessThanOrEqual(5);
    for (const r of rs) {
      expect(words(r.body), r.title).toBeGreaterThanOrEqual(250);
      expect(words(r.body), r.title).toBeLessThanOrEqual(450);
    }
  });

  it("includes the Mentor guidelines lesson and exports mentee guidelines", () => {
    const mentor = bootstrapCourses.find((c) => c.code === "MENTOR");
    expect(mentor?.lessons.some((l) => l.title === "Mentor guidelines")).toBe(true);
    expect(menteeGuidelines.kind).toBe("READING");
    if (menteeGuidelines.kind === "READING") {
      expect(words(menteeGuidelines.body)).toBeGreaterThanOrEqual(150);
      expect(HTML_TAG.test(menteeGuidelines.body)).toBe(false);
    }
  });

  describe("demo courses", () => {
    it("has 14 to 18 non-mandatory courses", () => {
      expect(demoCourses.length).toBeGreaterThanOrEqual(14);
      expect(demoCourses.length).toBeLessThanOrEqual(18);
      for (const c of demoCourses) expect(c.mandatory, c.code).toBe(false);
    });

    it.each(demoCourses.map((c) => [c.code, c] as const))("%s passes the common checks", (_code, course) => {
      checkCommon(course);
      expect(course.lessons.length).toBeLessThanOrEqual(3);
      for (const r of readings(course)) {
        expect(words(r.body), r.title).toBeGreaterThanOrEqual(80);
        expect(words(r.body), r.title).toBeLessThanOrEqual(200);
      }
      for (const q of quizzes(course)) {
        expect(q.questions.length).toBeGreaterThanOrEqual(4);
        expect(q.questions.length).toBeLessThanOrEqual(5);
      }
    });

    it("gives EXTERNAL courses an external link", () => {
      for (const c of demoCourses.filter((x) => x.mode === "EXTERNAL")) {
        expect(c.lessons.some((l) => l.kind === "EXTERNAL_LINK"), c.code).toBe(true);
      }
    });
  });

  it("gives every mandatory course a pool of at least 12 questions, 3 times what an attempt draws, and the mandatory quiz rules", () => {
    const mandatory = bootstrapCourses.filter((c) => c.mandatory);
    expect(mandatory.map((c) => c.code)).toEqual(["WT", "BSAFE", "AFA"]);
    for (const course of mandatory) {
      const [quiz] = quizzes(course);
      expect(quiz, course.code).toBeDefined();
      expect(quiz!.drawCount, course.code).toBe(5);
      expect(quiz!.questions.length, course.code).toBeGreaterThanOrEqual(Math.max(12, 3 * quiz!.drawCount!));
      expect(quiz!.shuffle, course.code).toBe(true);
      expect(course.quizRules, course.code).toEqual({ attempts: 3, waitHours: 24, lessonsBeforeQuiz: true });
      // The quiz comes after every other lesson, so "lessons before the quiz" means the whole course.
      expect(course.lessons.at(-1)!.kind, course.code).toBe("QUIZ");
    }
  });
});
