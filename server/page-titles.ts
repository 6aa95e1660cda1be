import "server-only";
import { db } from "~/server/db";
import type { Actor } from "~/server/auth/roles";
import { isLocale } from "~/lib/i18n/locales";
import { courseLanguage, localizeCourse, localizeLesson } from "~/lib/courses/i18n";

// What each page's <title> names (generateMetadata): small reads of a title, never a page's full data. A person
// who may not see the thing gets null, and the page its generic title, so a title never reveals a draft.

const isAdmin = (actor: Pick<Actor, "roles">) => actor.roles.includes("LD_ADMIN");

/**
 * Who reads the title, as the course pages choose a course's language: the one asked for in the address (`?lang=`),
 * else the reader's interface language, when the course is offered in it; else the course's base language.
 */
export type TitleReader = { lang?: string | null; locale?: string | null };

const TEXTS = { title: true, summary: true, baseLocale: true, languages: true, translations: true } as const;

/** A course's title by code, in the language the reader reads it in, unless it is a draft the person may not see. */
export async function courseTitleByCode(actor: Pick<Actor, "roles">, code: string, reader: TitleReader = {}): Promise<string | null> {
  const course = await db.course.findUnique({ where: { code }, select: { ...TEXTS, status: true } });
  if (!course || (course.status === "DRAFT" && !isAdmin(actor))) return null;
  return localizeCourse(course, courseLanguage(course, [reader.lang, reader.locale])).title;
}

/** A course's title by id (L&D's pages). */
export async function courseTitleById(actor: Pick<Actor, "roles">, id: string): Promise<string | null> {
  if (!isAdmin(actor)) return null;
  return (await db.course.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
}

/**
 * The course and lesson at `position` of the version the person is taking (the player's), else of the live version,
 * in the language the reader reads the course in.
 */
export async function lessonTitle(actor: Pick<Actor, "id" | "roles">, code: string, position: number, reader: TitleReader = {}): Promise<{ course: string; lesson: string } | null> {
  if (!Number.isInteger(position) || position < 1) return null;
  const course = await db.course.findUnique({ where: { code }, select: { ...TEXTS, id: true, status: true } });
  if (!course || (course.status === "DRAFT" && !isAdmin(actor))) return null;
  const progress = await db.courseProgress.findFirst({ where: { staffId: actor.id, courseId: course.id }, orderBy: { cycle: "desc" }, select: { versionId: true } });
  const lesson = await db.lesson.findFirst({
    where: progress ? { versionId: progress.versionId, position } : { position, version: { courseId: course.id, publishedAt: { not: null } } },
    orderBy: { version: { version: "desc" } },
    select: { title: true, translations: true },
  });
  if (!lesson) return null;
  const language = courseLanguage(course, [reader.lang, reader.locale]);
  return { course: localizeCourse(course, language).title, lesson: localizeLesson({ ...lesson, body: "" }, course.baseLocale, language).title };
}

/**
 * L&D's preview of a lesson: the draft (or else the latest) version's lesson at `position`, in the language the
 * preview shows (`lang` when it is one Pathway offers, else the course's base language, as server/courses/preview.ts
 * chooses; a part not translated yet falls back to the base language there and here).
 */
export async function previewLessonTitle(actor: Pick<Actor, "roles">, courseId: string, position: number, lang?: string | null): Promise<{ course: string; lesson: string } | null> {
  if (!isAdmin(actor) || !Number.isInteger(position)) return null;
  const lesson = await db.lesson.findFirst({
    where: { position, version: { courseId } },
    orderBy: { version: { version: "desc" } },
    select: { title: true, translations: true, version: { select: { course: { select: TEXTS } } } },
  });
  if (!lesson) return null;
  const course = lesson.version.course;
  const language = isLocale(lang) ? lang : course.baseLocale;
  return { course: localizeCourse(course, language).title, lesson: localizeLesson({ ...lesson, body: "" }, course.baseLocale, language).title };
}

/** A lesson's title and its course's (L&D's lesson editor). */
export async function lessonTitleById(actor: Pick<Actor, "roles">, lessonId: string): Promise<{ course: string; lesson: string } | null> {
  if (!isAdmin(actor)) return null;
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { title: true, version: { select: { course: { select: { title: true } } } } } });
  return lesson ? { course: lesson.version.course.title, lesson: lesson.title } : null;
}

/** A session's course title and first instant with its zone (the page formats the date). */
export async function sessionTitle(actor: Pick<Actor, "roles">, sessionId: string): Promise<{ course: string; startsAt: Date; timeZone: string } | null> {
  const s = await db.courseSession.findUnique({ where: { id: sessionId }, select: { startsAt: true, timeZone: true, course: { select: { title: true, status: true } } } });
  if (!s || (s.course.status === "DRAFT" && !isAdmin(actor))) return null;
  return { course: s.course.title, startsAt: s.startsAt, timeZone: s.timeZone };
}

/** The course a requirement requires. */
export async function requirementTitle(requirementId: string): Promise<string | null> {
  return (await db.requirement.findUnique({ where: { id: requirementId }, select: { course: { select: { title: true } } } }))?.course.title ?? null;
}

/** A mail's subject in the outbox (L&D only). */
export async function outboxSubject(actor: Pick<Actor, "roles">, id: string): Promise<string | null> {
  if (!isAdmin(actor)) return null;
  return (await db.emailMessage.findUnique({ where: { id }, select: { subject: true } }))?.subject ?? null;
}
