import "server-only";
import { db, type Tx } from "~/server/db";
import type { Prisma } from "~/server/generated/prisma/client";
import { AppError, type Problem } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import {
  QuestionInput,
  SELF_PACED_MODES,
  type AddLessonInput,
  type CreateCourseInput,
  type LessonContentInput,
  type MoveInput,
  type SaveQuestionInput,
  type UpdateCourseInput,
  type UpdateLessonInput,
} from "~/lib/schemas/courses";
import { gradeQuiz } from "~/server/courses/grading";
import { LOCALES } from "~/lib/i18n/locales";
import type { QuizResult } from "~/server/courses/quiz-attempts";
import { assertLanguagesChange, languageProblemsOf } from "~/server/courses/translations";

// L&D authoring: course details, versions (a draft is edited; publishing freezes it), lessons and questions.
// Every change runs in a transaction holding the course row, so publishing never races an edit, and is audited.

async function lockCourse(tx: Tx, courseId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "courses.notFound");
}

async function draftOf(tx: Tx, courseId: string) {
  return tx.courseVersion.findFirst({ where: { courseId, publishedAt: null }, select: { id: true, version: true } });
}

async function requireDraft(tx: Tx, courseId: string) {
  const draft = await draftOf(tx, courseId);
  if (!draft) throw new AppError("NO_DRAFT", "courses.contentPublished");
  return draft;
}

/** A lesson that may be edited: in its course's draft version. Locks the course. */
async function editableLesson(tx: Tx, lessonId: string) {
  const lesson = await tx.lesson.findUnique({
    where: { id: lessonId },
    select: { id: true, kind: true, position: true, versionId: true, version: { select: { courseId: true, publishedAt: true, version: true } } },
  });
  if (!lesson) throw new AppError("NOT_FOUND", "courses.lessonNotFound");
  await lockCourse(tx, lesson.version.courseId);
  if (lesson.version.publishedAt) throw new AppError("VERSION_PUBLISHED", "courses.versionPublished", { version: lesson.version.version });
  return lesson;
}

async function assertCategory(tx: Tx, categoryId: string, allowRetired: string | null = null) {
  const category = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true, retiredAt: true } });
  if (!category || (category.retiredAt && category.id !== allowRetired)) {
    throw new AppError("INVALID", "courses.categoryNotActive", {}, { field: "categoryId" });
  }
}

// ── Courses ──

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** A new course may list only languages Pathway has (a draft: their texts are checked when it is published). */
function assertNewLanguages(languages: readonly string[]) {
  for (const l of languages) if (!(LOCALES as readonly string[]).includes(l)) throw new AppError("INVALID", "courseLanguages.unsupported", { language: l }, { field: "languages" });
}

export async function createCourse(actor: Actor, input: CreateCourseInput) {
  return db.$transaction(async (tx) => {
    if (await tx.course.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new AppError("COURSE_EXISTS", "courses.codeTaken", { code: input.code }, { field: "code" });
    }
    await assertCategory(tx, input.categoryId);
    // The course is written in its base language, so it is offered in it (other languages once translated).
    if (!input.languages.includes(input.baseLocale)) {
      throw new AppError("INVALID", "courseLanguages.baseRequired", { language: input.baseLocale }, { field: "languages" });
    }
    assertNewLanguages(input.languages);
    const course = await tx.course.create({
      data: { ...input, ownerId: actor.id, status: "DRAFT", versions: { create: { version: 1 } } },
      select: { id: true, code: true },
    });
    await audit(tx, actor, "course.create", "Course", course.id, { data: { ...input } });
    return course;
  });
}

/** Details (title, category, days…) apply at once and are not versioned; the ledger keeps what each completion got. */
export async function updateCourse(actor: Actor, input: UpdateCourseInput) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, input.id);
    const before = await tx.course.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        title: true, summary: true, categoryId: true, mode: true, trainingDays: true, languages: true, mandatory: true, validityMonths: true,
        quizAttempts: true, quizWaitHours: true, lessonsBeforeQuiz: true,
      },
    });
    await assertCategory(tx, input.categoryId, before.categoryId);
    // Languages follow the languages panel's rules (server/courses/translations.ts), whichever form changes them.
    if (!sameSet(before.languages, input.languages)) await assertLanguagesChange(tx, input.id, before.languages, input.languages, "languages");
    const { id, ...data } = input;
    await tx.course.update({ where: { id }, data });
    await audit(tx, actor, "course.update", "Course", id, { before: { ...before, trainingDays: before.trainingDays.toString() }, after: data });
    return { id };
  });
}

/** Opens the next draft version as a copy of the newest published one (or returns the open draft). */
export async function openDraft(actor: Actor, courseId: string) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, courseId);
    const existing = await draftOf(tx, courseId);
    if (existing) return existing;
    const latest = await tx.courseVersion.findFirst({ where: { courseId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
    const draft = await tx.courseVersion.create({ data: { courseId, version: (latest?.version ?? 0) + 1 }, select: { id: true, version: true } });
    if (latest) await copyLessons(tx, latest.id, draft.id);
    await audit(tx, actor, "course.draft", "Course", courseId, { data: { version: draft.version, from: latest?.version ?? null } });
    return draft;
  });
}

async function copyLessons(tx: Tx, fromVersionId: string, toVersionId: string) {
  const lessons = await tx.lesson.findMany({
    where: { versionId: fromVersionId },
    orderBy: { position: "asc" },
    select: {
      position: true, kind: true, title: true, required: true, body: true, url: true, mediaAssetId: true, watchedThreshold: true,
      passMark: true, shuffle: true, drawCount: true, translations: true, scormPackageId: true, scormItem: true, scormLaunch: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          position: true, kind: true, prompt: true, explanation: true, translations: true,
          options: { orderBy: { position: "asc" }, select: { position: true, text: true, correct: true, translations: true } },
        },
      },
    },
  });
  // Translations travel with the text: the new version is offered in the same languages as the one it copies.
  const json = (v: Prisma.JsonValue) => (v ?? {}) as Prisma.InputJsonValue;
  for (const { questions, translations, ...lesson } of lessons) {
    await tx.lesson.create({
      data: {
        ...lesson,
        translations: json(translations),
        versionId: toVersionId,
        questions: {
          create: questions.map(({ options, translations: qt, ...q }) => ({
            ...q,
            translations: json(qt),
            options: { create: options.map((o) => ({ ...o, translations: json(o.translations) })) },
          })),
        },
      },
    });
  }
}

/** Why a draft cannot be published yet, for L&D to read in their language; empty when it can. */
export async function publishProblems(tx: Tx, courseId: string, versionId: string): Promise<Problem[]> {
  const problems = await contentProblems(tx, courseId, versionId);
  // Every language the course is offered in must be complete in this version (server/courses/translations.ts).
  return [...problems, ...(await languageProblemsOf(tx, courseId, versionId))];
}

async function contentProblems(tx: Tx, courseId: string, versionId: string): Promise<Problem[]> {
  const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { mode: true } });
  const lessons = await tx.lesson.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: {
      position: true, title: true, kind: true, required: true, drawCount: true,
      questions: { orderBy: { position: "asc" }, select: { position: true, kind: true, prompt: true, explanation: true, options: { select: { text: true, correct: true } } } },
    },
  });
  const problems: Problem[] = [];
  const problem = (key: Problem["key"], params?: Problem["params"]) => problems.push({ code: "NOT_PUBLISHABLE", key, params });
  if (lessons.length === 0) problem("courses.publish.noLessons");
  if (SELF_PACED_MODES.includes(course.mode) && lessons.length > 0 && !lessons.some((l) => l.required)) problem("courses.publish.noRequiredLesson");
  for (const l of lessons) {
    if (l.kind !== "QUIZ") continue;
    if (l.questions.length === 0) problem("courses.publish.quizWithoutQuestions", { lesson: l.position, title: l.title });
    else if (l.drawCount !== null && l.questions.length < l.drawCount) {
      problem("courses.publish.poolTooSmall", { lesson: l.position, title: l.title, draw: l.drawCount, pool: l.questions.length });
    }
    for (const q of l.questions) {
      const check = QuestionInput.safeParse(q);
      // The reason is the question form's own message (lib/schemas/courses.ts), the one L&D saw when saving it.
      if (!check.success) problem("courses.publish.invalidQuestion", { lesson: l.position, question: q.position, reason: check.error.issues[0]?.message ?? "invalid" });
    }
  }
  return problems;
}

/** Freezes the draft as the course's live version: new learners start it; learners under way keep theirs. */
export async function publishDraft(actor: Actor | null, courseId: string, asOf: Date = new Date()) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, courseId);
    const draft = await draftOf(tx, courseId);
    if (!draft) throw new AppError("NO_DRAFT", "courses.noDraftToPublish");
    const problems = await publishProblems(tx, courseId, draft.id);
    if (problems.length) {
      // The editor lists the problems in the reader's language and disables Publish; this refusal only catches a race.
      throw new AppError("NOT_PUBLISHABLE", "courses.notPublishable", { problems });
    }
    await tx.courseVersion.update({ where: { id: draft.id }, data: { publishedAt: asOf, publishedById: actor?.id ?? null } });
    const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { status: true } });
    // A retired course stays retired: publishing content does not put it back in the catalogue.
    if (course.status === "DRAFT") await tx.course.update({ where: { id: courseId }, data: { status: "PUBLISHED" } });
    await audit(tx, actor, "course.publish", "Course", courseId, {
      data: { version: draft.version },
      before: { status: course.status },
      after: { status: course.status === "DRAFT" ? "PUBLISHED" : course.status, version: draft.version },
    });
    return { version: draft.version };
  });
}

/** Drops the draft version (and its lessons). A course never published has nothing to fall back on. */
export async function discardDraft(actor: Actor, courseId: string) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, courseId);
    const draft = await draftOf(tx, courseId);
    if (!draft) throw new AppError("NO_DRAFT", "courses.noDraftToDiscard");
    const published = await tx.courseVersion.count({ where: { courseId, publishedAt: { not: null } } });
    if (published === 0) throw new AppError("FIRST_VERSION", "courses.firstVersion");
    await tx.courseVersion.delete({ where: { id: draft.id } });
    await audit(tx, actor, "course.discardDraft", "Course", courseId, { data: { version: draft.version } });
    return { version: draft.version };
  });
}

/** Retired courses leave the catalogue; learners under way may still finish, and history stays. */
export async function setCourseRetired(actor: Actor, courseId: string, retired: boolean) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, courseId);
    const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { status: true } });
    if (retired && course.status !== "PUBLISHED") throw new AppError("INVALID", "courses.retireUnpublished");
    if (!retired && course.status !== "RETIRED") throw new AppError("INVALID", "courses.restoreUnretired");
    await tx.course.update({ where: { id: courseId }, data: { status: retired ? "RETIRED" : "PUBLISHED" } });
    await audit(tx, actor, retired ? "course.retire" : "course.restore", "Course", courseId, { before: { status: course.status }, after: { status: retired ? "RETIRED" : "PUBLISHED" } });
    return { status: retired ? ("RETIRED" as const) : ("PUBLISHED" as const) };
  });
}

// ── Lessons ──

function lessonData(lesson: LessonContentInput) {
  const blank = { body: "", url: null, watchedThreshold: null, passMark: null, shuffle: false, drawCount: null };
  switch (lesson.kind) {
    case "READING":
      return { ...blank, title: lesson.title, required: lesson.required, body: lesson.body };
    case "VIDEO":
      return { ...blank, title: lesson.title, required: lesson.required, body: lesson.body, url: lesson.url, watchedThreshold: lesson.watchedThreshold };
    case "QUIZ":
      return { ...blank, title: lesson.title, required: true, passMark: lesson.passMark, shuffle: lesson.shuffle, drawCount: lesson.drawCount };
    case "ATTESTATION":
      return { ...blank, title: lesson.title, required: true, body: lesson.body };
    case "EXTERNAL_LINK":
      return { ...blank, title: lesson.title, required: lesson.required, body: lesson.body, url: lesson.url };
  }
}

/** A quiz cannot draw more questions per attempt than its pool holds (publishing checks it again after edits). */
function assertDrawFits(drawCount: number | null, pool: number) {
  if (drawCount !== null && drawCount > pool) throw new AppError("INVALID", "courses.drawTooLarge", { draw: drawCount, pool }, { field: "drawCount" });
}

export async function addLesson(actor: Actor, input: AddLessonInput) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, input.courseId);
    const draft = await requireDraft(tx, input.courseId);
    if (input.lesson.kind === "QUIZ") assertDrawFits(input.lesson.drawCount, 0);
    const last = await tx.lesson.findFirst({ where: { versionId: draft.id }, orderBy: { position: "desc" }, select: { position: true } });
    const lesson = await tx.lesson.create({
      data: { versionId: draft.id, position: (last?.position ?? 0) + 1, kind: input.lesson.kind, ...lessonData(input.lesson) },
      select: { id: true, position: true },
    });
    await audit(tx, actor, "lesson.add", "Course", input.courseId, { data: { version: draft.version, lessonId: lesson.id, kind: input.lesson.kind, title: input.lesson.title } });
    return lesson;
  });
}

export async function updateLesson(actor: Actor, input: UpdateLessonInput) {
  return db.$transaction(async (tx) => {
    const lesson = await editableLesson(tx, input.lessonId);
    if (lesson.kind !== input.lesson.kind) throw new AppError("INVALID", "courses.lessonKindFixed");
    if (input.lesson.kind === "QUIZ") assertDrawFits(input.lesson.drawCount, await tx.quizQuestion.count({ where: { lessonId: lesson.id } }));
    await tx.lesson.update({ where: { id: lesson.id }, data: lessonData(input.lesson) });
    await audit(tx, actor, "lesson.update", "Course", lesson.version.courseId, { data: { version: lesson.version.version, lessonId: lesson.id } });
    return { id: lesson.id };
  });
}

export async function deleteLesson(actor: Actor, lessonId: string) {
  return db.$transaction(async (tx) => {
    const lesson = await editableLesson(tx, lessonId);
    await tx.lesson.delete({ where: { id: lesson.id } });
    await tx.lesson.updateMany({ where: { versionId: lesson.versionId, position: { gt: lesson.position } }, data: { position: { decrement: 1 } } });
    await audit(tx, actor, "lesson.delete", "Course", lesson.version.courseId, { data: { version: lesson.version.version, position: lesson.position } });
    return { id: lesson.id };
  });
}

/** Swaps a lesson with its neighbour above or below. */
export async function moveLesson(actor: Actor, input: MoveInput) {
  return db.$transaction(async (tx) => {
    const lesson = await editableLesson(tx, input.id);
    const neighbour = await tx.lesson.findFirst({
      where: { versionId: lesson.versionId, position: input.direction === "up" ? { lt: lesson.position } : { gt: lesson.position } },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return { position: lesson.position };
    await tx.lesson.update({ where: { id: lesson.id }, data: { position: neighbour.position } });
    await tx.lesson.update({ where: { id: neighbour.id }, data: { position: lesson.position } });
    await audit(tx, actor, "lesson.move", "Course", lesson.version.courseId, { data: { version: lesson.version.version, from: lesson.position, to: neighbour.position } });
    return { position: neighbour.position };
  });
}

// ── Quiz questions ──

/** Creates or replaces a question with its options (a draft has no attempts, so options may be rewritten). */
export async function saveQuestion(actor: Actor, input: SaveQuestionInput) {
  return db.$transaction(async (tx) => {
    const lesson = await editableLesson(tx, input.lessonId);
    if (lesson.kind !== "QUIZ") throw new AppError("INVALID", "courses.questionsInQuizzes");
    const { options, ...question } = input.question;
    let optionRows: { position: number; text: string; correct: boolean; translations?: Prisma.InputJsonValue }[] = options.map((o, i) => ({ position: i + 1, text: o.text, correct: o.correct }));
    let id: string;
    if (input.questionId) {
      const existing = await tx.quizQuestion.findUnique({
        where: { id: input.questionId },
        select: { lessonId: true, options: { orderBy: { position: "asc" }, select: { position: true, text: true, translations: true } } },
      });
      if (!existing || existing.lessonId !== lesson.id) throw new AppError("NOT_FOUND", "courses.questionNotInQuiz");
      optionRows = keepOptionTranslations(existing.options, optionRows);
      await tx.quizOption.deleteMany({ where: { questionId: input.questionId } });
      await tx.quizQuestion.update({ where: { id: input.questionId }, data: { ...question, options: { create: optionRows } } });
      id = input.questionId;
    } else {
      const last = await tx.quizQuestion.findFirst({ where: { lessonId: lesson.id }, orderBy: { position: "desc" }, select: { position: true } });
      const created = await tx.quizQuestion.create({
        data: { ...question, lessonId: lesson.id, position: (last?.position ?? 0) + 1, options: { create: optionRows } },
        select: { id: true },
      });
      id = created.id;
    }
    await audit(tx, actor, input.questionId ? "question.update" : "question.add", "Course", lesson.version.courseId, {
      data: { version: lesson.version.version, lessonId: lesson.id, questionId: id },
    });
    return { id };
  });
}

/**
 * Options are rewritten on save; their translations follow them: an option keeps the translation of the old option
 * with the same text, else of the old option at its position (an edited wording keeps its translation for the
 * translator to review rather than losing it).
 */
function keepOptionTranslations<T extends { position: number; text: string }>(old: { position: number; text: string; translations: Prisma.JsonValue }[], next: T[]): (T & { translations?: Prisma.InputJsonValue })[] {
  const used = new Set<number>();
  const byText = (text: string) => old.find((o) => !used.has(o.position) && o.text.trim().toLowerCase() === text.trim().toLowerCase());
  const matched = next.map((o) => {
    const same = byText(o.text);
    if (same) used.add(same.position);
    return same;
  });
  return next.map((o, i) => {
    let from = matched[i];
    if (!from) {
      const at = old.find((x) => x.position === o.position && !used.has(x.position));
      if (at) used.add(at.position);
      from = at;
    }
    return from && from.translations && typeof from.translations === "object" ? { ...o, translations: from.translations as Prisma.InputJsonValue } : o;
  });
}

async function editableQuestion(tx: Tx, questionId: string) {
  const q = await tx.quizQuestion.findUnique({ where: { id: questionId }, select: { id: true, lessonId: true, position: true } });
  if (!q) throw new AppError("NOT_FOUND", "courses.questionNotFound");
  const lesson = await editableLesson(tx, q.lessonId);
  return { ...q, lesson };
}

export async function deleteQuestion(actor: Actor, questionId: string) {
  return db.$transaction(async (tx) => {
    const q = await editableQuestion(tx, questionId);
    await tx.quizQuestion.delete({ where: { id: q.id } });
    await tx.quizQuestion.updateMany({ where: { lessonId: q.lessonId, position: { gt: q.position } }, data: { position: { decrement: 1 } } });
    await audit(tx, actor, "question.delete", "Course", q.lesson.version.courseId, { data: { version: q.lesson.version.version, lessonId: q.lessonId } });
    return { id: q.id };
  });
}

export async function moveQuestion(actor: Actor, input: MoveInput) {
  return db.$transaction(async (tx) => {
    const q = await editableQuestion(tx, input.id);
    const neighbour = await tx.quizQuestion.findFirst({
      where: { lessonId: q.lessonId, position: input.direction === "up" ? { lt: q.position } : { gt: q.position } },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return { position: q.position };
    await tx.quizQuestion.update({ where: { id: q.id }, data: { position: neighbour.position } });
    await tx.quizQuestion.update({ where: { id: neighbour.id }, data: { position: q.position } });
    await audit(tx, actor, "question.move", "Course", q.lesson.version.courseId, { data: { lessonId: q.lessonId, from: q.position, to: neighbour.position } });
    return { position: neighbour.position };
  });
}

// ── Reading for the authoring pages ──

export async function listCoursesForAdmin() {
  const [courses, versions, underway, completed] = await Promise.all([
    db.course.findMany({
      where: { status: { not: "ARCHIVED" } },
      orderBy: [{ status: "asc" }, { code: "asc" }],
      select: { id: true, code: true, title: true, mode: true, status: true, mandatory: true, trainingDays: true, category: { select: { name: true, translations: true } }, owner: { select: { fullName: true } } },
    }),
    db.courseVersion.findMany({ select: { courseId: true, version: true, publishedAt: true } }),
    db.courseProgress.groupBy({ by: ["courseId"], where: { completedAt: null }, _count: { _all: true } }),
    db.courseProgress.groupBy({ by: ["courseId"], where: { completedAt: { not: null } }, _count: { _all: true } }),
  ]);
  const live = new Map<string, number>();
  const draft = new Map<string, number>();
  for (const v of versions) {
    if (v.publishedAt) live.set(v.courseId, Math.max(live.get(v.courseId) ?? 0, v.version));
    else draft.set(v.courseId, v.version);
  }
  const count = (rows: typeof underway) => new Map(rows.map((r) => [r.courseId, r._count._all]));
  const u = count(underway);
  const c = count(completed);
  return courses.map((course) => ({
    ...course,
    trainingDays: course.trainingDays.toString(),
    liveVersion: live.get(course.id) ?? null,
    draftVersion: draft.get(course.id) ?? null,
    learnersUnderway: u.get(course.id) ?? 0,
    completions: c.get(course.id) ?? 0,
  }));
}

/** The course editor: details, versions, and the lessons of the draft (or, without one, of the live version). */
export async function getCourseForEditing(courseId: string) {
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      id: true, code: true, title: true, summary: true, categoryId: true, mode: true, trainingDays: true, languages: true, mandatory: true,
      validityMonths: true, quizAttempts: true, quizWaitHours: true, lessonsBeforeQuiz: true, status: true, owner: { select: { fullName: true } },
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, publishedAt: true, createdAt: true, _count: { select: { progress: true } } } },
    },
  });
  if (!course) return null;
  const draft = course.versions.find((v) => !v.publishedAt) ?? null;
  const live = course.versions.find((v) => v.publishedAt) ?? null;
  const shown = draft ?? live;
  const lessons = shown
    ? await db.lesson.findMany({
        where: { versionId: shown.id },
        orderBy: { position: "asc" },
        select: { id: true, position: true, kind: true, title: true, required: true, _count: { select: { questions: true } } },
      })
    : [];
  const problems = draft ? await db.$transaction((tx) => publishProblems(tx, course.id, draft.id)) : [];
  return {
    course: { ...course, trainingDays: course.trainingDays.toString() },
    draft: draft && { id: draft.id, version: draft.version },
    live: live && { id: live.id, version: live.version, publishedAt: live.publishedAt! },
    editable: !!draft,
    lessons: lessons.map(({ _count, ...l }) => ({ ...l, questionCount: _count.questions })),
    problems,
  };
}

/** One lesson for its editor, quiz questions with their correct options included (L&D only). */
export async function getLessonForEditing(lessonId: string) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true, position: true, kind: true, title: true, required: true, body: true, url: true, watchedThreshold: true, passMark: true, shuffle: true,
      drawCount: true, mediaAssetId: true, scormItem: true, scormLaunch: true,
      scormPackage: { select: { id: true, title: true, fileName: true, standard: true, version: true, createdAt: true } },
      version: { select: { id: true, version: true, publishedAt: true, course: { select: { id: true, code: true, title: true } } } },
      questions: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, kind: true, prompt: true, explanation: true, options: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true } } },
      },
    },
  });
  return lesson;
}

/** Preview: grades answers against a quiz of any version without storing anything. */
export async function previewQuiz(lessonId: string, answers: { questionId: string; optionIds: string[] }[]) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      kind: true, passMark: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, prompt: true, explanation: true, options: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true } } } },
    },
  });
  if (!lesson || lesson.kind !== "QUIZ") throw new AppError("NOT_FOUND", "courses.quizNotFound");
  const grade = gradeQuiz(lesson.questions, answers, lesson.passMark ?? 0);
  const byQuestion = new Map(grade.results.map((r) => [r.questionId, r]));
  // L&D see the full review whatever the score: they are checking the questions, not being assessed.
  const result: QuizResult = {
    attempt: { number: 0, score: grade.score, passed: grade.passed, correctCount: grade.correctCount, questionCount: grade.questionCount, submittedAt: new Date() },
    passMark: lesson.passMark ?? 0,
    attemptsLeft: null,
    opensAt: null,
    courseCompleted: false,
    repeated: false,
    questions: lesson.questions.map((q) => {
      const r = byQuestion.get(q.id)!;
      return {
        id: q.id, prompt: q.prompt, correct: r.correct,
        review: { kind: q.kind, explanation: q.explanation, options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, chosen: r.chosen.includes(o.id) })) },
      };
    }),
  };
  return result;
}
