import { z } from "zod";
import { LOCALES, type Locale } from "~/lib/i18n/locales";

/**
 * Course content in several languages. A course's columns (title, summary; each lesson's title and body; each
 * question's prompt and explanation; each option's text) hold its text in `Course.baseLocale`; every other language
 * is in the row's `translations` JSON, keyed by locale. `Course.languages` lists the languages the course is offered
 * in, and each of those must be complete (missingTexts() is empty) — publishing checks it.
 *
 * Progress, attempts and completion belong to the course, never to a language: the language only chooses which text
 * a person reads.
 */

const Piece = z.string().max(200_000);
export const CourseText = z.object({ title: Piece.optional(), summary: Piece.optional() });
export const LessonText = z.object({ title: Piece.optional(), body: Piece.optional() });
export const QuestionText = z.object({ prompt: Piece.optional(), explanation: Piece.optional() });
export const OptionText = z.object({ text: Piece.optional() });

export type CourseText = z.infer<typeof CourseText>;
export type LessonText = z.infer<typeof LessonText>;
export type QuestionText = z.infer<typeof QuestionText>;
export type OptionText = z.infer<typeof OptionText>;

/** A `translations` column: locale → fields. Unknown locales and malformed entries are dropped when read. */
export type Translations<T> = Partial<Record<Locale, T>>;

function parseTranslations<T>(schema: z.ZodType<T>, value: unknown): Translations<T> {
  const out: Translations<T> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const locale of LOCALES) {
    const entry = (value as Record<string, unknown>)[locale];
    const parsed = schema.safeParse(entry);
    if (parsed.success) out[locale] = parsed.data;
  }
  return out;
}

export const readCourseTranslations = (v: unknown) => parseTranslations(CourseText, v);
export const readLessonTranslations = (v: unknown) => parseTranslations(LessonText, v);
export const readQuestionTranslations = (v: unknown) => parseTranslations(QuestionText, v);
export const readOptionTranslations = (v: unknown) => parseTranslations(OptionText, v);

const filled = (s: string | null | undefined): s is string => typeof s === "string" && s.trim().length > 0;

/** One field in `locale`: the base column when `locale` is the base language, else the translation (or null). */
function pick<T extends Record<string, string | undefined>>(base: string, baseLocale: string, translations: unknown, read: (v: unknown) => Translations<T>, field: keyof T, locale: string): string | null {
  if (locale === baseLocale) return filled(base) ? base : null;
  const value = read(translations)[locale as Locale]?.[field];
  return filled(value) ? value : null;
}

/**
 * The language a person reads a course in: the one they asked for when the course is offered in it, else their own
 * language when offered, else the course's base language (always offered — or the first of `languages`).
 */
export function courseLanguage(course: { languages: readonly string[]; baseLocale: string }, wanted: readonly (string | null | undefined)[]): string {
  for (const w of wanted) if (w && course.languages.includes(w)) return w;
  if (course.languages.includes(course.baseLocale)) return course.baseLocale;
  return course.languages[0] ?? course.baseLocale;
}

type CourseRow = { title: string; summary: string; baseLocale: string; translations: unknown };
type LessonRow = { title: string; body: string; translations: unknown };
type QuestionRow = { prompt: string; explanation: string; translations: unknown };
type OptionRow = { text: string; translations: unknown };

/**
 * A course's title and summary in `locale`, falling back to the base language (the catalogue shows every course,
 * even one not offered in the reader's language, under its translated title when there is one).
 */
export function localizeCourse<T extends CourseRow>(course: T, locale: string): T {
  return {
    ...course,
    title: pick(course.title, course.baseLocale, course.translations, readCourseTranslations, "title", locale) ?? course.title,
    summary: pick(course.summary, course.baseLocale, course.translations, readCourseTranslations, "summary", locale) ?? course.summary,
  };
}

export function localizeLesson<T extends LessonRow>(lesson: T, baseLocale: string, locale: string): T {
  return {
    ...lesson,
    title: pick(lesson.title, baseLocale, lesson.translations, readLessonTranslations, "title", locale) ?? lesson.title,
    body: pick(lesson.body, baseLocale, lesson.translations, readLessonTranslations, "body", locale) ?? lesson.body,
  };
}

export function localizeQuestion<T extends QuestionRow>(question: T, baseLocale: string, locale: string): T {
  return {
    ...question,
    prompt: pick(question.prompt, baseLocale, question.translations, readQuestionTranslations, "prompt", locale) ?? question.prompt,
    explanation: pick(question.explanation, baseLocale, question.translations, readQuestionTranslations, "explanation", locale) ?? question.explanation,
  };
}

export function localizeOption<T extends OptionRow>(option: T, baseLocale: string, locale: string): T {
  return { ...option, text: pick(option.text, baseLocale, option.translations, readOptionTranslations, "text", locale) ?? option.text };
}

/** What a lesson needs in every language: a title always, a body for readings and attestations (the statement). */
export type LessonKindForText = "READING" | "VIDEO" | "QUIZ" | "ATTESTATION" | "EXTERNAL_LINK" | string;
const BODY_REQUIRED = new Set(["READING", "ATTESTATION"]);

/** A part of a course that has no text in a language, for the authoring checklist and the publish refusal. */
export type MissingText =
  | { part: "course"; field: "title" | "summary" }
  | { part: "lesson"; lessonId: string; position: number; field: "title" | "body" }
  | { part: "question"; lessonId: string; position: number; questionPosition: number; field: "prompt" | "explanation" }
  | { part: "option"; lessonId: string; position: number; questionPosition: number; optionPosition: number };

export type CourseForTexts = CourseRow & {
  lessons: (LessonRow & {
    id: string;
    position: number;
    kind: LessonKindForText;
    questions?: (QuestionRow & { position: number; options: (OptionRow & { position: number })[] })[];
  })[];
};

/**
 * Every part of the course without text in `locale`. An explanation is needed only when the base language has one.
 * Empty = the course can be offered in that language.
 */
export function missingTexts(course: CourseForTexts, locale: string): MissingText[] {
  const base = course.baseLocale;
  const missing: MissingText[] = [];
  if (!pick(course.title, base, course.translations, readCourseTranslations, "title", locale)) missing.push({ part: "course", field: "title" });
  if (filled(course.summary) && !pick(course.summary, base, course.translations, readCourseTranslations, "summary", locale)) missing.push({ part: "course", field: "summary" });
  for (const lesson of course.lessons) {
    const at = { lessonId: lesson.id, position: lesson.position };
    if (!pick(lesson.title, base, lesson.translations, readLessonTranslations, "title", locale)) missing.push({ part: "lesson", ...at, field: "title" });
    const needsBody = BODY_REQUIRED.has(lesson.kind) || filled(lesson.body);
    if (needsBody && !pick(lesson.body, base, lesson.translations, readLessonTranslations, "body", locale)) missing.push({ part: "lesson", ...at, field: "body" });
    for (const q of lesson.questions ?? []) {
      const qa = { ...at, questionPosition: q.position };
      if (!pick(q.prompt, base, q.translations, readQuestionTranslations, "prompt", locale)) missing.push({ part: "question", ...qa, field: "prompt" });
      if (filled(q.explanation) && !pick(q.explanation, base, q.translations, readQuestionTranslations, "explanation", locale)) missing.push({ part: "question", ...qa, field: "explanation" });
      for (const o of q.options) {
        if (!pick(o.text, base, o.translations, readOptionTranslations, "text", locale)) missing.push({ part: "option", ...qa, optionPosition: o.position });
      }
    }
  }
  return missing;
}

/** `translations` with `locale`'s entry merged with `fields` (an empty string removes a field). */
export function withTranslation<T extends Record<string, string | undefined>>(translations: unknown, locale: Locale, fields: T): Record<string, Record<string, string>> {
  const current: Record<string, Record<string, string>> = translations && typeof translations === "object" && !Array.isArray(translations) ? { ...(translations as Record<string, Record<string, string>>) } : {};
  const entry: Record<string, string> = { ...(current[locale] ?? {}) };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value.trim() === "") delete entry[key];
    else entry[key] = value;
  }
  if (Object.keys(entry).length === 0) delete current[locale];
  else current[locale] = entry;
  return current;
}
