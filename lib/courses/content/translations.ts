import type { ContentCourse, ContentCourseText, ContentLesson, ContentLessonText } from "./types.ts";

/**
 * Shipped course content in other languages: how a content translation becomes the rows' `translations` JSON (the
 * seeding code writes these), and the check that a language listed in `languages` is complete and aligned with the
 * English (lessons, questions and options by index). Pure: no database, used by the content test and the import.
 */

/** The languages a content translation can be in (the English is the columns: Course.baseLocale "en"). */
export const CONTENT_BASE_LOCALE = "en";
const TRANSLATED = ["fr", "zh"] as const;
type TranslatedLocale = (typeof TRANSLATED)[number];

type Json<T> = Partial<Record<TranslatedLocale, T>>;

const filled = (s: string | undefined | null): s is string => typeof s === "string" && s.trim().length > 0;

function each<T>(course: ContentCourse, pick: (text: ContentCourseText) => T | null): Json<T> {
  const out: Json<T> = {};
  for (const locale of TRANSLATED) {
    const text = course.translations?.[locale];
    if (!text) continue;
    const value = pick(text);
    if (value !== null) out[locale] = value;
  }
  return out;
}

/** Only the fields that have text: an empty string is "not translated", never a translation. */
function compact<T extends Record<string, string | undefined>>(fields: T): Partial<T> | null {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields) as [keyof T, string | undefined][]) if (filled(value)) out[key] = value as T[keyof T];
  return Object.keys(out).length ? out : null;
}

/** The lesson text's body as the English lesson holds it in Lesson.body: the reading, the statement, the description. */
export function lessonTextBody(lesson: ContentLesson, text: ContentLessonText): string | undefined {
  switch (lesson.kind) {
    case "READING":
      return text.body;
    case "ATTESTATION":
      return text.statement;
    case "EXTERNAL_LINK":
      return text.description;
    case "QUIZ":
      return undefined;
  }
}

/** Course.translations: {"fr": {"title", "summary"}, "zh": {…}}. */
export function courseTranslations(course: ContentCourse): Json<{ title?: string; summary?: string }> {
  return each(course, (t) => compact({ title: t.title, summary: t.summary }));
}

/** Lesson.translations of the course's lesson at `index` (0-based): {"fr": {"title", "body"}}. */
export function lessonTranslations(course: ContentCourse, index: number): Json<{ title?: string; body?: string }> {
  const lesson = course.lessons[index]!;
  return each(course, (t) => {
    const text = t.lessons?.[index];
    return text ? compact({ title: text.title, body: lessonTextBody(lesson, text) }) : null;
  });
}

/** QuizQuestion.translations of question `q` of the quiz lesson at `index`: {"fr": {"prompt", "explanation"}}. */
export function questionTranslations(course: ContentCourse, index: number, q: number): Json<{ prompt?: string; explanation?: string }> {
  return each(course, (t) => {
    const text = t.lessons?.[index]?.questions?.[q];
    return text ? compact({ prompt: text.prompt, explanation: text.explanation }) : null;
  });
}

/** QuizOption.translations of option `o` of that question: {"fr": {"text"}}. */
export function optionTranslations(course: ContentCourse, index: number, q: number, o: number): Json<{ text?: string }> {
  return each(course, (t) => {
    const text = t.lessons?.[index]?.questions?.[q]?.options[o];
    return text !== undefined ? compact({ text }) : null;
  });
}

/**
 * What is wrong with a course's translations, as sentences naming the place ("fr: lesson 3 (QUIZ): question 2 has 3
 * options, the English 4"); empty when all is well. Every translation with lessons must be aligned with the English
 * (same lesson count, each quiz the same question count, each question the same option count); every language listed
 * in `languages` other than English must have a translation that is complete: title, summary, every lesson's title
 * and text (READING body, ATTESTATION statement, EXTERNAL_LINK description), every question's prompt (and its
 * explanation where the English has one) and every option. Languages the product has no text for (e.g. "es" for a
 * class taught in Spanish) are not checked: the course's text is English for them.
 */
export function translationProblems(course: ContentCourse): string[] {
  const problems: string[] = [];
  for (const locale of Object.keys(course.translations ?? {})) {
    if (!(TRANSLATED as readonly string[]).includes(locale)) problems.push(`${locale}: not a language content can be translated into (${TRANSLATED.join(", ")})`);
  }
  for (const locale of TRANSLATED) {
    const text = course.translations?.[locale];
    const listed = course.languages.includes(locale);
    if (!text) {
      if (listed) problems.push(`${locale}: listed in languages but has no translation`);
      continue;
    }
    const say = (what: string) => problems.push(`${locale}: ${what}`);
    if (listed) {
      if (!filled(text.title)) say("no title");
      if (!filled(text.summary)) say("no summary");
      if (!text.lessons) say(`listed in languages but its lessons are not translated`);
    }
    if (!text.lessons) continue;
    if (text.lessons.length !== course.lessons.length) {
      say(`${text.lessons.length} lessons, the English ${course.lessons.length}`);
      continue;
    }
    for (const [i, lesson] of course.lessons.entries()) {
      const t = text.lessons[i]!;
      const where = `lesson ${i + 1} (${lesson.kind})`;
      if (listed && !filled(t.title)) say(`${where}: no title`);
      if (lesson.kind !== "QUIZ") {
        if (t.questions?.length) say(`${where}: has questions, the English lesson is not a quiz`);
        const field = lesson.kind === "READING" ? "body" : lesson.kind === "ATTESTATION" ? "statement" : "description";
        const wrongField = (["body", "statement", "description"] as const).filter((f) => f !== field && filled(t[f]));
        if (wrongField.length) say(`${where}: text given as ${wrongField.join(", ")}, expected ${field}`);
        const english = lesson.kind === "READING" ? lesson.body : lesson.kind === "ATTESTATION" ? lesson.statement : lesson.description;
        if (listed && filled(english) && !filled(lessonTextBody(lesson, t))) say(`${where}: no ${field}`);
        continue;
      }
      const questions = t.questions ?? [];
      if (!t.questions && !listed) continue;
      if (questions.length !== lesson.questions.length) {
        say(`${where}: ${questions.length} questions, the English ${lesson.questions.length}`);
        continue;
      }
      for (const [q, question] of lesson.questions.entries()) {
        const tq = questions[q]!;
        const qWhere = `${where}: question ${q + 1}`;
        if (tq.options.length !== question.options.length) say(`${qWhere} has ${tq.options.length} options, the English ${question.options.length}`);
        if (!listed) continue;
        if (!filled(tq.prompt)) say(`${qWhere}: no prompt`);
        if (filled(question.explanation) && !filled(tq.explanation)) say(`${qWhere}: no explanation`);
        tq.options.forEach((o, n) => {
          if (!filled(o)) say(`${qWhere}: option ${n + 1} has no text`);
        });
      }
    }
  }
  return problems;
}
