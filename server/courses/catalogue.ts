import "server-only";
import { db } from "~/server/db";
import { Prisma } from "~/server/generated/prisma/client";
import { textSearch } from "~/server/search";
import type { Actor } from "~/server/auth/roles";
import { SELF_PACED_MODES, type CatalogueFilter } from "~/lib/schemas/courses";
import { addMonths, parseIsoDate, toIsoDate } from "~/lib/dates";
import { renderMarkdown } from "~/lib/markdown";
import { canSeeCourse } from "~/server/courses/policy";
import { readingLanguage, resumePosition, type CourseReader } from "~/server/courses/player";
import { localizeCourse, localizeLesson } from "~/lib/courses/i18n";
import { localizeCategory } from "~/lib/categories/i18n";
import { ICU_COLLATION, isLocale, type Locale } from "~/lib/i18n/locales";

export type MyCourseState = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";

const CARD_SELECT = {
  id: true, code: true, title: true, summary: true, mode: true, trainingDays: true, languages: true, mandatory: true, validityMonths: true,
  baseLocale: true, translations: true,
  category: { select: { id: true, name: true, translations: true } },
} as const;

/** At most this many courses on the catalogue page: a search narrows it, nobody scrolls past 200 cards. */
const CATALOGUE_LIMIT = 200;

/**
 * A course for a card: title and summary in `locale` when translated (offered in it or not), its category named in
 * the interface's language (`uiLocale`, by default the same).
 */
function card<T extends { title: string; summary: string; baseLocale: string; translations: unknown; category: { name: string; translations: unknown } }>(course: T, locale: string, uiLocale: string = locale) {
  const { translations: _t, ...rest } = localizeCourse(course, locale);
  return { ...rest, category: localizeCategory(course.category, uiLocale) };
}

/**
 * Published courses matching the learner's search and filters, each with the learner's own state in it (from their
 * latest cycle), titled in the reader's language (`locale`, by default the actor's). The search looks at the title,
 * code and summary in every language, ignoring case and accents and forgiving small typos ("securite" finds Sécurité
 * and security, "mindfullness" Mindfulness, "fraude" Anti-fraud awareness through its French title): best matches
 * first (the title — as the reader reads it — or code itself, then a word of it starting so, then any mention, then
 * look-alikes), then mandatory courses, then by title.
 */
export async function listCatalogue(actor: Pick<Actor, "id"> & { locale?: string }, filter: CatalogueFilter, locale: string = actor.locale ?? "en") {
  const ids = await catalogueCourseIds(filter, locale);
  const found = await db.course.findMany({ where: { id: { in: ids } }, select: CARD_SELECT });
  const byId = new Map(found.map((c) => [c.id, c]));
  const courses = ids.flatMap((id) => byId.get(id) ?? []);
  const progress = await db.courseProgress.findMany({
    where: { staffId: actor.id, courseId: { in: courses.map((c) => c.id) } },
    orderBy: { cycle: "desc" },
    distinct: ["courseId"],
    select: { courseId: true, completedAt: true },
  });
  const mine = new Map(progress.map((p) => [p.courseId, p.completedAt ? "COMPLETED" : "IN_PROGRESS"] as const));
  return courses.map((c) => ({ ...card(c, locale), trainingDays: c.trainingDays.toString(), myState: (mine.get(c.id) ?? "NOT_STARTED") as MyCourseState }));
}

/** The catalogue's courses in order, searched and filtered in SQL on the trigram indexes (server/search.ts). */
async function catalogueCourseIds(filter: CatalogueFilter, locale: string): Promise<string[]> {
  return (await db.$queryRaw<{ id: string }[]>(catalogueSql(filter, locale))).map((r) => r.id);
}

/**
 * The SQL of catalogueCourseIds, on its own so that a test can EXPLAIN it. `locale` is the reader's: the title they
 * read (the translation, else the column) ranks and sorts. Every language's title and summary is searched through
 * pathway_course_translations(translations) (prisma/migrations/20261206180100_course_translation_search).
 */
export function catalogueSql(filter: CatalogueFilter, locale: string = "en"): Prisma.Sql {
  const reader: Locale = isLocale(locale) ? locale : "en";
  const where: Prisma.Sql[] = [
    Prisma.sql`c.status = 'PUBLISHED'`,
    Prisma.sql`EXISTS (SELECT 1 FROM "CourseVersion" v WHERE v."courseId" = c.id AND v."publishedAt" IS NOT NULL)`,
  ];
  if (filter.category) where.push(Prisma.sql`c."categoryId" = ${filter.category}`);
  if (filter.mode) where.push(Prisma.sql`c.mode = ${filter.mode}::"CourseMode"`);
  if (filter.language) where.push(Prisma.sql`${filter.language} = ANY(c.languages)`);
  const s = filter.q?.trim() ? textSearch(filter.q) : null;
  // The title as the reader reads it: their language's translation, else the base language's column.
  const readerTitle = Prisma.sql`COALESCE(NULLIF(c.translations -> ${reader} ->> 'title', ''), c.title)`;
  let relevance = Prisma.empty;
  if (s) {
    const [title, code, summary] = [Prisma.sql`c.title`, Prisma.sql`c.code`, Prisma.sql`c.summary`];
    const other = Prisma.sql`pathway_course_translations(c.translations)`;
    where.push(
      Prisma.sql`(${s.contains(title)} OR ${s.contains(code)} OR ${s.contains(summary)} OR ${s.contains(other)} OR ${s.resembles(title)} OR ${s.resembles(summary)} OR ${s.resembles(other)})`,
    );
    relevance = Prisma.sql`
      CASE WHEN ${s.equals(title)} OR ${s.equals(code)} OR ${s.equals(readerTitle)} THEN 0
           WHEN ${s.startsWord(title)} OR ${s.startsWord(code)} OR ${s.startsWord(readerTitle)} THEN 1
           WHEN ${s.contains(title)} OR ${s.contains(code)} OR ${s.contains(summary)} OR ${s.contains(other)} THEN 2
           ELSE 3 END,
      GREATEST(${s.similarity(title)}, ${s.similarity(summary)}, ${s.similarity(other)}) DESC,`;
  }
  return Prisma.sql`
    SELECT c.id FROM "Course" c
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${relevance} c.mandatory DESC, ${readerTitle}, c.id
    LIMIT ${CATALOGUE_LIMIT}`;
}

/**
 * The filter choices: categories and languages that published courses actually use. Categories are named in `locale`
 * (the English name when the category has none in it) and sorted by that language's ICU collation.
 */
export async function catalogueFacets(locale: string = "en") {
  const reader: Locale = isLocale(locale) ? locale : "en";
  // lib/categories/i18n.ts's localizeCategoryName in SQL, so that the database sorts the names the reader reads.
  const name = reader === "en" ? Prisma.sql`cat.name` : Prisma.sql`COALESCE(NULLIF(btrim(cat.translations -> ${reader} ->> 'name'), ''), cat.name)`;
  const [categories, languages] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT cat.id, ${name} AS name FROM "Category" cat
      WHERE EXISTS (SELECT 1 FROM "Course" c WHERE c."categoryId" = cat.id AND c.status = 'PUBLISHED')
      ORDER BY ${name} COLLATE ${Prisma.raw(`"${ICU_COLLATION[reader]}"`)}, cat.id`,
    db.$queryRaw<{ language: string }[]>`
      SELECT DISTINCT unnest(languages) AS language FROM "Course" WHERE status = 'PUBLISHED' ORDER BY language`,
  ]);
  return { categories, languages: languages.map((l) => l.language) };
}

/**
 * The course page: the course, the lessons of the version the learner is taking (or would start) with done
 * ticks, what the main button does, and their completions so far (a course that expires can have several).
 * null when the learner may not see it (a draft, or retired before they started it).
 */
export async function getCourseForLearner(actor: Pick<Actor, "id" | "roles"> & { locale?: string }, code: string, asOf: Date = new Date(), reader: CourseReader = {}) {
  const row = await db.course.findUnique({ where: { code }, select: { ...CARD_SELECT, status: true } });
  if (!row) return null;
  const language = readingLanguage(row, reader, actor.locale);
  const course = card(row, language.current, reader.locale ?? actor.locale ?? "en");
  const cycles = await db.courseProgress.findMany({
    where: { staffId: actor.id, courseId: course.id },
    orderBy: { cycle: "desc" },
    select: { id: true, cycle: true, versionId: true, startedAt: true, completedAt: true, version: { select: { version: true } } },
  });
  if (!canSeeCourse(actor, course, cycles.length > 0)) return null;
  const latest = cycles[0] ?? null;
  const versionId =
    latest?.versionId ??
    (await db.courseVersion.findFirst({ where: { courseId: course.id, publishedAt: { not: null } }, orderBy: { version: "desc" }, select: { id: true } }))?.id;
  const rows = versionId
    ? await db.lesson.findMany({
        where: { versionId },
        orderBy: { position: "asc" },
        select: {
          id: true, position: true, kind: true, title: true, required: true, body: true, translations: true,
          lessonProgress: latest ? { where: { progressId: latest.id }, select: { completedAt: true } } : false,
        },
      })
    : [];
  const lessons = rows.map((l) => {
    const { translations: _t, ...rest } = localizeLesson(l, row.baseLocale, language.current);
    return rest;
  });
  const selfPaced = SELF_PACED_MODES.includes(course.mode);
  const completions = cycles
    .filter((c) => c.completedAt)
    .map((c) => ({
      cycle: c.cycle,
      version: c.version.version,
      completedAt: c.completedAt!,
      validUntil: course.validityMonths === null ? null : parseIsoDate(addMonths(toIsoDate(c.completedAt!), course.validityMonths)),
    }));
  let action: { kind: "START" | "RESUME" | "REVIEW" | "RETAKE" | "NONE"; position: number | null };
  if (!selfPaced || course.status !== "PUBLISHED" || lessons.length === 0) {
    action = latest && !latest.completedAt && selfPaced && lessons.length ? { kind: "RESUME", position: await resumePosition(latest.id) } : { kind: "NONE", position: null };
  } else if (!latest) action = { kind: "START", position: lessons[0]!.position };
  else if (!latest.completedAt) action = { kind: "RESUME", position: await resumePosition(latest.id) };
  else action = { kind: course.validityMonths !== null ? "RETAKE" : "REVIEW", position: lessons[0]!.position };
  const latestValidUntil = completions[0]?.validUntil ?? null;
  return {
    course: { ...course, trainingDays: course.trainingDays.toString() },
    /** the language the page shows the course in, and the ones it is offered in (the switcher) */
    language,
    selfPaced,
    lessons: lessons.map(({ lessonProgress, body: _body, ...l }) => ({ ...l, done: (lessonProgress?.length ?? 0) > 0 })),
    // A course given in sessions has no player: its readings ("About the workshop") show on the course page.
    about: selfPaced ? [] : lessons.filter((l) => l.kind === "READING").map((l) => ({ title: l.title, html: renderMarkdown(l.body) })),
    current: latest ? { id: latest.id, cycle: latest.cycle, version: latest.version.version, startedAt: latest.startedAt, completedAt: latest.completedAt } : null,
    completions,
    action,
    /** a completed recertification course whose completion has expired, as of asOf */
    expired: latestValidUntil !== null && !!latest?.completedAt && latestValidUntil <= asOf,
  };
}
