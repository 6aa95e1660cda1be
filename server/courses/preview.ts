import "server-only";
import { db } from "~/server/db";
import { renderMarkdown } from "~/lib/markdown";
import { LOCALES, isLocale } from "~/lib/i18n/locales";
import { localizeCourse, localizeLesson, localizeOption, localizeQuestion } from "~/lib/courses/i18n";

/**
 * A lesson as a learner would see it, for L&D preview: of the draft version when there is one (what is about
 * to be published), else of the live version. The same safe fields as the player: no correct flags.
 * `lang` picks the language (any Pathway has, offered or not yet, so L&D can check a translation in progress); parts
 * not translated show in the base language, as the localize helpers do. Without it, the base language.
 */
export async function getPreviewLesson(courseId: string, position: number, lang?: string | null) {
  const row = await db.course.findUnique({
    where: { id: courseId },
    select: {
      id: true, code: true, title: true, summary: true, baseLocale: true, languages: true, translations: true,
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, publishedAt: true } },
    },
  });
  if (!row) return null;
  const base = row.baseLocale;
  const locale = isLocale(lang) ? lang : base;
  const course = localizeCourse(row, locale);
  const language = { current: locale, base, offered: row.languages, choices: [...new Set([base, ...LOCALES])] };
  const version = course.versions.find((v) => !v.publishedAt) ?? course.versions.find((v) => v.publishedAt);
  if (!version) return null;
  const outlineRows = await db.lesson.findMany({
    where: { versionId: version.id },
    orderBy: { position: "asc" },
    select: { id: true, position: true, kind: true, title: true, body: true, required: true, translations: true },
  });
  const outline = outlineRows.map((l) => ({ id: l.id, position: l.position, kind: l.kind, required: l.required, title: localizeLesson(l, base, locale).title }));
  const current = outline.find((l) => l.position === position);
  if (!current) return { course, version, language, outline: outline.map((l) => ({ ...l, done: false })), lesson: null, quiz: null, nextPosition: null, previousPosition: null };
  const found = await db.lesson.findUniqueOrThrow({
    where: { id: current.id },
    select: {
      id: true, position: true, kind: true, title: true, required: true, body: true, url: true, mediaAssetId: true, passMark: true, drawCount: true, translations: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true, kind: true, prompt: true, explanation: true, translations: true,
          options: { orderBy: { position: "asc" }, select: { id: true, text: true, translations: true } },
        },
      },
    },
  });
  const lesson = {
    ...localizeLesson(found, base, locale),
    questions: found.questions.map((q) => {
      const { id, kind, prompt } = localizeQuestion(q, base, locale);
      return { id, kind, prompt, options: q.options.map((o) => ({ id: o.id, text: localizeOption(o, base, locale).text })) };
    }),
  };
  return {
    course: { id: course.id, code: course.code, title: course.title },
    language,
    version: { id: version.id, version: version.version, draft: !version.publishedAt },
    outline: outline.map((l) => ({ ...l, done: false })),
    lesson: {
      id: lesson.id, position: lesson.position, kind: lesson.kind, title: lesson.title, required: lesson.required,
      html: lesson.kind === "READING" ? renderMarkdown(lesson.body) : null,
      text: lesson.kind === "READING" ? null : lesson.body,
      url: lesson.url, mediaAssetId: lesson.mediaAssetId, done: false, doneAt: null, attestedName: null,
    },
    quiz:
      lesson.kind === "QUIZ"
        ? {
            // L&D check the whole pool: every question in order, as one open attempt; learners get `questionCount` of them.
            state: "inProgress" as const,
            passMark: lesson.passMark ?? 0,
            questionCount: lesson.drawCount === null ? lesson.questions.length : Math.min(lesson.drawCount, lesson.questions.length),
            poolSize: lesson.questions.length,
            rules: { attempts: null, waitHours: null },
            attemptsLeft: null,
            opensAt: null,
            missingLessons: [],
            attemptNumber: 1,
            questions: lesson.questions,
            attempts: [],
            bestScore: null,
            passedResult: null,
          }
        : null,
    nextPosition: outline.find((l) => l.position > position)?.position ?? null,
    previousPosition: [...outline].reverse().find((l) => l.position < position)?.position ?? null,
  };
}
