import { describe, it, expect } from "vitest";
import type { ContentCourse, ContentCourseText } from "./types.ts";
import { antiFraud } from "./anti-fraud.ts";
import { mentoringEssentials, menteeGuidelines, menteeGuidelinesText } from "./mentoring-essentials.ts";
import { demoCourses } from "../../../prisma/demo-courses.ts";

const HTML_TAG = /<[a-z!\/]/i;
const CJK = "\\u3400-\\u9fff";
/** ASCII punctuation touching a Chinese character: Chinese text uses full-width punctuation. */
const HALF_WIDTH_IN_CHINESE = new RegExp(`[${CJK}][,.;:?!()]|[,;:?!()][${CJK}]`);
/** French typography: a non-breaking space (U+00A0) before : ; ? ! » and after «, never an ordinary space. */
const FRENCH_SPACING = / [:;?!»%]|« /;

/** Every string of a translation, for the typography checks. */
function texts(t: ContentCourseText): string[] {
  const out = [t.title, t.summary];
  for (const l of t.lessons ?? []) {
    out.push(l.title, ...[l.body, l.statement, l.description].filter((x): x is string => x !== undefined));
    for (const q of l.questions ?? []) out.push(q.prompt, q.explanation, ...q.options);
  }
  return out;
}

/** What is wrong with `t` as a complete translation of `course` (empty = complete and aligned). */
function alignmentProblems(course: ContentCourse, t: ContentCourseText): string[] {
  const problems: string[] = [];
  const filled = (s: string | undefined) => typeof s === "string" && s.trim().length > 0;
  if (!filled(t.title) || !filled(t.summary)) problems.push("title/summary");
  if (!t.lessons) return [...problems, "no lessons"];
  if (t.lessons.length !== course.lessons.length) problems.push(`lessons ${t.lessons.length} ≠ ${course.lessons.length}`);
  course.lessons.forEach((lesson, i) => {
    const x = t.lessons?.[i];
    if (!x || !filled(x.title)) return problems.push(`lesson ${i}: title`);
    if (lesson.kind === "READING" && !filled(x.body)) problems.push(`lesson ${i}: body`);
    if (lesson.kind === "ATTESTATION" && !filled(x.statement)) problems.push(`lesson ${i}: statement`);
    if (lesson.kind === "EXTERNAL_LINK" && !filled(x.description)) problems.push(`lesson ${i}: description`);
    if (x.body && HTML_TAG.test(x.body)) problems.push(`lesson ${i}: HTML in body`);
    if (lesson.kind !== "QUIZ") return;
    if (x.questions?.length !== lesson.questions.length) return problems.push(`lesson ${i}: ${x.questions?.length ?? 0} questions ≠ ${lesson.questions.length}`);
    lesson.questions.forEach((q, j) => {
      const xq = x.questions![j]!;
      if (!filled(xq.prompt) || !filled(xq.explanation)) problems.push(`lesson ${i} question ${j}: prompt/explanation`);
      if (xq.options.length !== q.options.length || !xq.options.every(filled)) problems.push(`lesson ${i} question ${j}: options`);
      if (new Set(xq.options.map((o) => o.trim().toLowerCase())).size !== xq.options.length) problems.push(`lesson ${i} question ${j}: duplicate option`);
    });
    if (new Set(x.questions.map((q) => q.prompt.trim().toLowerCase())).size !== x.questions.length) problems.push(`lesson ${i}: duplicate question`);
  });
  const titles = t.lessons.map((l) => l.title);
  if (new Set(titles).size !== titles.length) problems.push("duplicate lesson titles");
  return problems;
}

describe("Anti-fraud awareness in French and Chinese", () => {
  it("is offered in English, French and Chinese", () => {
    expect(antiFraud.languages).toEqual(["en", "fr", "zh"]);
  });

  it.each(["fr", "zh"] as const)("has a complete %s translation aligned with the English lessons, questions and options", (locale) => {
    const t = antiFraud.translations?.[locale];
    expect(t).toBeDefined();
    expect(alignmentProblems(antiFraud, t!)).toEqual([]);
    const quiz = t!.lessons!.at(-1)!;
    expect(quiz.questions).toHaveLength(15);
  });

  it("uses the glossary titles, and a French learner searching « fraude » finds the course", () => {
    expect(antiFraud.translations?.fr?.title).toBe("Sensibilisation à la fraude");
    expect(antiFraud.translations?.zh?.title).toBe("反欺诈意识");
    expect(`${antiFraud.translations?.fr?.title} ${antiFraud.translations?.fr?.summary}`).toMatch(/fraude/i);
  });

  it("follows French typography and Chinese full-width punctuation", () => {
    for (const s of texts(antiFraud.translations!.fr!)) expect(s, s).not.toMatch(FRENCH_SPACING);
    for (const s of texts(antiFraud.translations!.zh!)) expect(s, s).not.toMatch(HALF_WIDTH_IN_CHINESE);
  });
});

describe("demo and mentoring course translations", () => {
  const courses = [...demoCourses, mentoringEssentials];

  it.each(courses.map((c) => [c.code, c] as const))("%s has its title and summary in French and Chinese", (_code, course) => {
    for (const locale of ["fr", "zh"] as const) {
      const t = course.translations?.[locale];
      expect(t?.title.trim().length, locale).toBeGreaterThan(0);
      expect(t?.summary.trim().length, locale).toBeGreaterThan(0);
    }
    for (const s of texts(course.translations!.fr!)) expect(s, s).not.toMatch(FRENCH_SPACING);
    for (const s of texts(course.translations!.zh!)) expect(s, s).not.toMatch(HALF_WIDTH_IN_CHINESE);
  });

  it.each(courses.map((c) => [c.code, c] as const))("%s lists only languages whose text is complete", (_code, course) => {
    for (const language of course.languages) {
      if (language === "en") continue;
      const t = (course.translations as Record<string, ContentCourseText> | undefined)?.[language];
      expect(t, `${course.code} lists ${language} without a translation`).toBeDefined();
      expect(alignmentProblems(course, t!), `${course.code} in ${language}`).toEqual([]);
    }
  });

  it("gives the classroom workshop RESPECT a complete French version", () => {
    const respect = demoCourses.find((c) => c.code === "RESPECT");
    expect(respect?.languages).toEqual(["en", "fr"]);
  });

  it("has the mentee guidelines in French and Chinese", () => {
    expect(menteeGuidelines.kind).toBe("READING");
    for (const locale of ["fr", "zh"] as const) {
      const t = menteeGuidelinesText[locale];
      expect(t?.title.trim().length).toBeGreaterThan(0);
      expect(t?.body?.trim().length).toBeGreaterThan(500);
      expect(HTML_TAG.test(t!.body!)).toBe(false);
    }
    expect(menteeGuidelinesText.fr!.body).not.toMatch(FRENCH_SPACING);
    expect(menteeGuidelinesText.zh!.body).not.toMatch(HALF_WIDTH_IN_CHINESE);
  });
});
