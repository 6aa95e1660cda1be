import "server-only";
import { db, type Tx } from "~/server/db";
import { AppError, type Problem } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { LOCALES, isLocale, type Locale } from "~/lib/i18n/locales";
import {
  missingTexts,
  readCourseTranslations,
  readLessonTranslations,
  readOptionTranslations,
  readQuestionTranslations,
  withTranslation,
  type CourseForTexts,
  type MissingText,
} from "~/lib/courses/i18n";
import type { SaveCourseTranslationInput, SetCourseLanguageInput } from "~/lib/schemas/courses";

// The languages a course is offered in, and its texts in each. The columns hold the base language
// (Course.baseLocale); every other language lives in each row's `translations` JSON (lib/courses/i18n.ts).
// Lesson, question and option texts belong to a version: like the base text, they are edited in the draft only.
// The course's own title and summary are details, not versioned (as authoring's updateCourse).

type Reader = Tx | typeof db;

async function lockCourse(tx: Tx, courseId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "courses.notFound");
}

const LESSON_TEXTS = {
  id: true, position: true, kind: true, title: true, body: true, translations: true,
  questions: {
    orderBy: { position: "asc" },
    select: {
      id: true, position: true, kind: true, prompt: true, explanation: true, translations: true,
      options: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, translations: true } },
    },
  },
} as const;

const COURSE_TEXTS = { id: true, code: true, title: true, summary: true, baseLocale: true, languages: true, status: true, translations: true } as const;

/** The version L&D works on: the draft when there is one, else the newest published one. */
async function shownVersion(r: Reader, courseId: string) {
  const versions = await r.courseVersion.findMany({ where: { courseId }, orderBy: { version: "desc" }, select: { id: true, version: true, publishedAt: true } });
  const draft = versions.find((v) => !v.publishedAt) ?? null;
  const live = versions.find((v) => v.publishedAt) ?? null;
  return { draft, live, shown: draft ?? live };
}

/** A course's texts in every language with the lessons (questions, options) of one version, as missingTexts() reads them. */
export async function courseTexts(r: Reader, courseId: string, versionId: string | null) {
  const course = await r.course.findUnique({ where: { id: courseId }, select: COURSE_TEXTS });
  if (!course) return null;
  const lessons = versionId ? await r.lesson.findMany({ where: { versionId }, orderBy: { position: "asc" }, select: LESSON_TEXTS }) : [];
  return { ...course, lessons } satisfies CourseForTexts;
}

/** The order languages are listed in: the base language first, then the interface's order, then any other code. */
function ordered(languages: readonly string[], baseLocale: string): string[] {
  const rank = (l: string) => (l === baseLocale ? -1 : isLocale(l) ? LOCALES.indexOf(l) : LOCALES.length);
  return [...new Set(languages)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Publishing's language check: every language the course is offered in (but its base) must have every text in the
 * version about to go live. One problem per incomplete language, with the count of missing parts.
 */
export function languageProblems(course: CourseForTexts & { languages: readonly string[] }): Problem[] {
  const problems: Problem[] = [];
  for (const language of ordered(course.languages, course.baseLocale)) {
    if (language === course.baseLocale) continue;
    const count = missingTexts(course, language).length;
    if (count > 0) problems.push({ code: "NOT_PUBLISHABLE", key: "courseLanguages.incomplete", params: { language, count } });
  }
  return problems;
}

/** The language problems of a course's version, read in the caller's transaction (authoring's publishProblems). */
export async function languageProblemsOf(tx: Tx, courseId: string, versionId: string): Promise<Problem[]> {
  const texts = await courseTexts(tx, courseId, versionId);
  return texts ? languageProblems(texts) : [];
}

/**
 * Checks a change of Course.languages (the languages panel, or the details form): the base language stays; a newly
 * offered language must be one Pathway has (en, fr, zh); on a course with a published version it must already be
 * complete there, since learners would get it at once. A draft course may list an incomplete language: publishing
 * checks it.
 */
export async function assertLanguagesChange(tx: Tx, courseId: string, before: readonly string[], after: readonly string[], field?: string) {
  const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { baseLocale: true } });
  const fieldOpt = field ? { field } : undefined;
  if (before.includes(course.baseLocale) && !after.includes(course.baseLocale)) {
    throw new AppError("INVALID", "courseLanguages.baseLanguage", { language: course.baseLocale }, fieldOpt);
  }
  if (after.length === 0) throw new AppError("INVALID", "courseLanguages.lastLanguage", {}, fieldOpt);
  const added = after.filter((l) => !before.includes(l));
  if (added.length === 0) return;
  for (const l of added) if (!isLocale(l)) throw new AppError("INVALID", "courseLanguages.unsupported", { language: l }, fieldOpt);
  const { live } = await shownVersion(tx, courseId);
  if (!live) return;
  const texts = (await courseTexts(tx, courseId, live.id))!;
  for (const language of added) {
    const count = missingTexts(texts, language).length;
    if (count > 0) throw new AppError("NOT_PUBLISHABLE", "courseLanguages.addIncomplete", { language, count, version: live.version }, fieldOpt);
  }
}

/** Offers the course in one more language, or stops offering it. Repeating a call changes nothing. */
export async function setCourseLanguage(actor: Actor, input: SetCourseLanguageInput) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, input.courseId);
    const course = await tx.course.findUniqueOrThrow({ where: { id: input.courseId }, select: { languages: true, baseLocale: true } });
    const has = course.languages.includes(input.locale);
    if (has === input.offered) return { languages: course.languages };
    const after = input.offered ? ordered([...course.languages, input.locale], course.baseLocale) : course.languages.filter((l) => l !== input.locale);
    await assertLanguagesChange(tx, input.courseId, course.languages, after);
    await tx.course.update({ where: { id: input.courseId }, data: { languages: after } });
    await audit(tx, actor, input.offered ? "course.language.add" : "course.language.remove", "Course", input.courseId, {
      data: { locale: input.locale, before: course.languages, after },
    });
    return { languages: after };
  });
}

type Json = Record<string, Record<string, string>>;

/** Whether two `translations` values hold the same texts (key order aside). */
function sameTranslations(a: unknown, b: Json): boolean {
  const left = a && typeof a === "object" && !Array.isArray(a) ? (a as Record<string, unknown>) : {};
  const keys = new Set([...Object.keys(left), ...Object.keys(b)]);
  for (const k of keys) {
    const x = left[k];
    const y = b[k];
    if (!x || !y || typeof x !== "object") return false;
    const xs = x as Record<string, unknown>;
    const fields = new Set([...Object.keys(xs), ...Object.keys(y)]);
    for (const f of fields) if (xs[f] !== y[f]) return false;
  }
  return true;
}

/** The rows a save names, each checked to be in this course's draft (a published version never changes). */
async function editableRows<T extends { id: string; version: { courseId: string; publishedAt: Date | null; version: number } }>(rows: T[], ids: string[], courseId: string, notFound: "courses.lessonNotFound" | "courses.questionNotFound") {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const row = byId.get(id);
    if (!row || row.version.courseId !== courseId) throw new AppError("NOT_FOUND", notFound);
    if (row.version.publishedAt) throw new AppError("VERSION_PUBLISHED", "courses.versionPublished", { version: row.version.version });
  }
  return byId;
}

/**
 * Saves one language's texts of a course in one transaction: the course's title and summary, and the texts of lessons,
 * questions and options of its draft. Only rows whose texts change are written (saving twice writes once); an empty
 * text removes that translation. Returns how many rows changed and what the language still misses.
 */
export async function saveCourseTranslation(actor: Actor, input: SaveCourseTranslationInput) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, input.courseId);
    const course = await tx.course.findUniqueOrThrow({ where: { id: input.courseId }, select: COURSE_TEXTS });
    const locale: Locale = input.locale;
    if (locale === course.baseLocale) throw new AppError("INVALID", "courseLanguages.baseInColumns", { language: locale });
    const { draft, live } = await shownVersion(tx, input.courseId);
    let changed = 0;

    if (input.course) {
      const next = withTranslation(course.translations, locale, input.course);
      if (!sameTranslations(course.translations, next)) {
        // Learners read an offered language at once: its title (and summary, when the base has one) cannot go.
        if (live && course.languages.includes(locale)) {
          const gone = missingTexts({ ...course, translations: next, lessons: [] }, locale)[0];
          if (gone?.part === "course") throw new AppError("INVALID", "courseLanguages.requiredWhileOffered", { language: locale }, { field: `course.${gone.field}` });
        }
        await tx.course.update({ where: { id: course.id }, data: { translations: next } });
        changed++;
      }
    }

    const contentEdits = input.lessons.length + input.questions.length + input.options.length;
    if (contentEdits > 0 && !draft) throw new AppError("NO_DRAFT", "courses.contentPublished");
    const versionOf = { select: { courseId: true, publishedAt: true, version: true } } as const;

    if (input.lessons.length) {
      const ids = input.lessons.map((l) => l.id);
      const rows = await tx.lesson.findMany({ where: { id: { in: ids } }, select: { id: true, translations: true, version: versionOf } });
      const byId = await editableRows(rows, ids, course.id, "courses.lessonNotFound");
      for (const { id, text } of input.lessons) {
        const row = byId.get(id)!;
        const next = withTranslation(row.translations, locale, text);
        if (sameTranslations(row.translations, next)) continue;
        await tx.lesson.update({ where: { id }, data: { translations: next } });
        row.translations = next;
        changed++;
      }
    }
    if (input.questions.length) {
      const ids = input.questions.map((q) => q.id);
      const rows = await tx.quizQuestion.findMany({ where: { id: { in: ids } }, select: { id: true, translations: true, lesson: { select: { version: versionOf } } } });
      const byId = await editableRows(rows.map((r) => ({ ...r, version: r.lesson.version })), ids, course.id, "courses.questionNotFound");
      for (const { id, text } of input.questions) {
        const row = byId.get(id)!;
        const next = withTranslation(row.translations, locale, text);
        if (sameTranslations(row.translations, next)) continue;
        await tx.quizQuestion.update({ where: { id }, data: { translations: next } });
        row.translations = next;
        changed++;
      }
    }
    if (input.options.length) {
      const ids = input.options.map((o) => o.id);
      const rows = await tx.quizOption.findMany({ where: { id: { in: ids } }, select: { id: true, translations: true, question: { select: { lesson: { select: { version: versionOf } } } } } });
      const byId = await editableRows(rows.map((r) => ({ ...r, version: r.question.lesson.version })), ids, course.id, "courses.questionNotFound");
      for (const { id, text } of input.options) {
        const row = byId.get(id)!;
        const next = withTranslation(row.translations, locale, text);
        if (sameTranslations(row.translations, next)) continue;
        await tx.quizOption.update({ where: { id }, data: { translations: next } });
        row.translations = next;
        changed++;
      }
    }

    if (changed > 0) {
      await audit(tx, actor, "course.translate", "Course", course.id, { data: { locale, version: draft?.version ?? null, changed } });
    }
    const texts = (await courseTexts(tx, course.id, (draft ?? live)?.id ?? null))!;
    return { changed, missing: missingTexts(texts, locale).length };
  });
}

// ── Reading for the authoring pages ──

/** One language of a course for the editor's languages panel: offered or not, and what it misses in the shown version. */
export type CourseLanguageStatus = { locale: string; base: boolean; offered: boolean; missing: MissingText[] };

/**
 * The languages panel: the base language, every language Pathway has (offered or not) and any other code the course
 * lists, each with its missing parts in the version L&D works on; and each lesson's kind (to name its body).
 */
export async function getCourseLanguages(courseId: string) {
  const { draft, live, shown } = await shownVersion(db, courseId);
  const texts = await courseTexts(db, courseId, shown?.id ?? null);
  if (!texts) return null;
  const all = ordered([...LOCALES, ...texts.languages], texts.baseLocale);
  const languages: CourseLanguageStatus[] = all.map((locale) => ({
    locale,
    base: locale === texts.baseLocale,
    offered: texts.languages.includes(locale),
    missing: locale === texts.baseLocale ? [] : missingTexts(texts, locale),
  }));
  return {
    course: { id: texts.id, code: texts.code, title: texts.title, baseLocale: texts.baseLocale, languages: texts.languages, status: texts.status },
    version: shown && { id: shown.id, version: shown.version, draft: !shown.publishedAt },
    hasLive: !!live,
    editable: !!draft,
    languages,
    lessonKinds: Object.fromEntries(texts.lessons.map((l) => [l.id, l.kind])),
  };
}

/** Everything the translation page shows for one language: base text beside the translation, field by field. */
export async function getCourseTranslation(courseId: string, locale: Locale) {
  const { draft, live, shown } = await shownVersion(db, courseId);
  const texts = await courseTexts(db, courseId, shown?.id ?? null);
  if (!texts) return null;
  const courseT = readCourseTranslations(texts.translations)[locale] ?? {};
  return {
    course: {
      id: texts.id, code: texts.code, baseLocale: texts.baseLocale, languages: texts.languages, status: texts.status,
      title: { base: texts.title, text: courseT.title ?? "" },
      summary: { base: texts.summary, text: courseT.summary ?? "" },
    },
    version: shown && { id: shown.id, version: shown.version, draft: !shown.publishedAt },
    hasLive: !!live,
    editable: !!draft,
    offered: texts.languages.includes(locale),
    missing: locale === texts.baseLocale ? [] : missingTexts(texts, locale),
    lessons: texts.lessons.map((l) => {
      const lt = readLessonTranslations(l.translations)[locale] ?? {};
      return {
        id: l.id, position: l.position, kind: l.kind,
        title: { base: l.title, text: lt.title ?? "" },
        body: { base: l.body, text: lt.body ?? "" },
        questions: l.questions.map((q) => {
          const qt = readQuestionTranslations(q.translations)[locale] ?? {};
          return {
            id: q.id, position: q.position,
            prompt: { base: q.prompt, text: qt.prompt ?? "" },
            explanation: { base: q.explanation, text: qt.explanation ?? "" },
            options: q.options.map((o) => ({ id: o.id, position: o.position, text: { base: o.text, text: readOptionTranslations(o.translations)[locale]?.text ?? "" } })),
          };
        }),
      };
    }),
  };
}
