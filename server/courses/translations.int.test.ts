import { describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCourse, uniq } from "~/tests/factories";
import { getCourseLanguages, getCourseTranslation } from "~/server/courses/translations";
import { getPreviewLesson } from "~/server/courses/preview";
import type { SaveCourseTranslationInput } from "~/lib/schemas/courses";

const db = testDb();

async function admin() {
  const actor = await createActorWithRole(db, "LD_ADMIN");
  return createCaller({ actor });
}

/** Every text of the course's shown version in French: "FR " + the English original. */
async function everythingInFrench(courseId: string): Promise<SaveCourseTranslationInput> {
  const view = (await getCourseTranslation(courseId, "fr"))!;
  const fr = (s: string) => (s.trim() ? `FR ${s}` : "");
  return {
    courseId,
    locale: "fr",
    course: { title: fr(view.course.title.base), summary: fr(view.course.summary.base) },
    lessons: view.lessons.map((l) => ({ id: l.id, text: { title: fr(l.title.base), body: fr(l.body.base) } })),
    questions: view.lessons.flatMap((l) => l.questions.map((q) => ({ id: q.id, text: { prompt: fr(q.prompt.base), explanation: fr(q.explanation.base) } }))),
    options: view.lessons.flatMap((l) => l.questions.flatMap((q) => q.options.map((o) => ({ id: o.id, text: { text: fr(o.text.base) } })))),
  };
}

/** A published course (factory) with a draft version 2 open, ready to translate. */
async function courseWithDraft() {
  const api = await admin();
  const course = await createCourse(db);
  const draft = await api.courseAuthoring.openDraft({ id: course.id });
  return { api, course, draft };
}

describe("translating a course", () => {
  it("saves one language's texts in one go, idempotently, and lists what is still missing until it is complete", async () => {
    const { api, course, draft } = await courseWithDraft();
    const before = (await getCourseLanguages(course.id))!;
    const frBefore = before.languages.find((l) => l.locale === "fr")!;
    // 2 readings + attestation + quiz: titles, the three bodies, 5 prompts and explanations, 15 options, and the course's two.
    expect(frBefore).toMatchObject({ offered: false, base: false });
    expect(frBefore.missing).toHaveLength(2 + 4 + 3 + 5 + 5 + 15);
    expect(frBefore.missing).toContainEqual({ part: "course", field: "title" });
    expect(before.languages.find((l) => l.locale === "en")).toMatchObject({ base: true, offered: true, missing: [] });

    const lessons = await db.lesson.findMany({ where: { versionId: draft.id }, orderBy: { position: "asc" }, select: { id: true } });
    const first = { courseId: course.id, locale: "fr" as const, course: { title: "Cours d’essai" }, lessons: [{ id: lessons[0]!.id, text: { title: "Pourquoi c’est important" } }] };
    expect(await api.courseAuthoring.saveTranslation(first)).toEqual({ changed: 2, missing: frBefore.missing.length - 2 });
    // The same save again writes nothing.
    expect(await api.courseAuthoring.saveTranslation(first)).toEqual({ changed: 0, missing: frBefore.missing.length - 2 });
    const row = await db.lesson.findUniqueOrThrow({ where: { id: lessons[0]!.id }, select: { title: true, translations: true } });
    expect(row).toEqual({ title: "Why it matters", translations: { fr: { title: "Pourquoi c’est important" } } });
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).translations).toEqual({ fr: { title: "Cours d’essai" } });
    expect(await db.auditEntry.count({ where: { entityId: course.id, action: "course.translate" } })).toBe(1);

    // The published version 1 is not touched: its lessons keep no French.
    const v1 = await db.lesson.findMany({ where: { versionId: course.versionId }, select: { translations: true } });
    expect(v1.every((l) => JSON.stringify(l.translations) === "{}")).toBe(true);
    await expect(
      api.courseAuthoring.saveTranslation({ courseId: course.id, locale: "fr", lessons: [{ id: course.lessonIds[0]!, text: { title: "Non" } }] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // Listed in the checklist, then cleared once everything is translated.
    const view = (await getCourseTranslation(course.id, "fr"))!;
    expect(view.missing).not.toContainEqual({ part: "course", field: "title" });
    expect(view.missing).toContainEqual({ part: "lesson", lessonId: lessons[2]!.id, position: 3, field: "body" });
    const all = await everythingInFrench(course.id);
    expect((await api.courseAuthoring.saveTranslation(all)).missing).toBe(0);
    expect((await getCourseLanguages(course.id))!.languages.find((l) => l.locale === "fr")!.missing).toEqual([]);

    // An empty text removes that translation (and it is missing again).
    const cleared = await api.courseAuthoring.saveTranslation({ courseId: course.id, locale: "fr", lessons: [{ id: lessons[2]!.id, text: { body: "  " } }] });
    expect(cleared).toEqual({ changed: 1, missing: 1 });
  });

  it("refuses to publish while an offered language is incomplete, naming it and the count, and publishes once complete", async () => {
    const { api, course, draft } = await courseWithDraft();
    // A draft course may list French before it is translated; publishing checks it.
    await db.course.update({ where: { id: course.id }, data: { languages: ["en", "fr"] } });
    const missing = (await getCourseTranslation(course.id, "fr"))!.missing.length;
    await expect(api.courseAuthoring.publish({ id: course.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`offered in French, but ${missing} parts are not translated yet`),
    });
    await api.courseAuthoring.saveTranslation(await everythingInFrench(course.id));
    expect(await api.courseAuthoring.publish({ id: course.id })).toEqual({ version: draft.version });

    // The learner-facing preview of the live version shows the French texts.
    const preview = (await getPreviewLesson(course.id, 1, "fr"))!;
    expect(preview.course.title).toBe(`FR ${course.title}`);
    expect(preview.lesson?.title).toBe("FR Why it matters");
    expect(preview.language).toMatchObject({ current: "fr", base: "en" });

    // A new version copies the translations, so it stays publishable in French.
    const v3 = await api.courseAuthoring.openDraft({ id: course.id });
    const quiz = await db.lesson.findFirstOrThrow({ where: { versionId: v3.id, kind: "QUIZ" }, select: { id: true, translations: true } });
    expect(quiz.translations).toEqual({ fr: { title: "FR Check your understanding" } });
    // Rewording a question keeps its options' translations (matched by text, else by position).
    const q = await db.quizQuestion.findFirstOrThrow({ where: { lessonId: quiz.id, position: 1 }, select: { id: true } });
    await api.courseAuthoring.saveQuestion({
      lessonId: quiz.id,
      questionId: q.id,
      question: { kind: "SINGLE", prompt: "Question 1, reworded", explanation: "Because.", options: [{ text: "Right", correct: true }, { text: "Wrong (reworded)", correct: false }, { text: "ALSO WRONG", correct: false }] },
    });
    const options = await db.quizOption.findMany({ where: { questionId: q.id }, orderBy: { position: "asc" }, select: { text: true, translations: true } });
    expect(options.map((o) => o.translations)).toEqual([{ fr: { text: "FR Right" } }, { fr: { text: "FR Wrong" } }, { fr: { text: "FR Also wrong" } }]);
  });

  it("offers a language on a published course only once it is complete, and never drops the base language", async () => {
    const { api, course } = await courseWithDraft();
    await expect(api.courseAuthoring.setLanguage({ courseId: course.id, locale: "fr", offered: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/cannot be offered in French yet: \d+ parts of version 1/),
    });
    await expect(api.courseAuthoring.setLanguage({ courseId: course.id, locale: "en", offered: false })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("its base language cannot be removed"),
    });
    // The details form follows the same rules.
    const c = await db.course.findUniqueOrThrow({ where: { id: course.id } });
    const details = {
      id: c.id, title: c.title, summary: c.summary, categoryId: c.categoryId, mode: c.mode, trainingDays: c.trainingDays.toString(), mandatory: c.mandatory,
      validityMonths: c.validityMonths, quizAttempts: c.quizAttempts, quizWaitHours: c.quizWaitHours, lessonsBeforeQuiz: c.lessonsBeforeQuiz,
    };
    await expect(api.courseAuthoring.update({ ...details, languages: ["fr"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.courseAuthoring.update({ ...details, languages: ["en", "zh"] })).rejects.toMatchObject({ code: "CONFLICT" });

    // Translated in the live version (as the content import writes it), French can be offered; offering twice is a no-op.
    const lessonsV1 = await db.lesson.findMany({ where: { versionId: course.versionId }, orderBy: { position: "asc" }, include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } } });
    await db.course.update({ where: { id: course.id }, data: { translations: { fr: { title: "Cours", summary: "Résumé" } } } });
    for (const l of lessonsV1) {
      await db.lesson.update({ where: { id: l.id }, data: { translations: { fr: { title: `FR ${l.title}`, ...(l.body ? { body: `FR ${l.body}` } : {}) } } } });
      for (const q of l.questions) {
        await db.quizQuestion.update({ where: { id: q.id }, data: { translations: { fr: { prompt: `FR ${q.prompt}`, explanation: `FR ${q.explanation}` } } } });
        for (const o of q.options) await db.quizOption.update({ where: { id: o.id }, data: { translations: { fr: { text: `FR ${o.text}` } } } });
      }
    }
    expect(await api.courseAuthoring.setLanguage({ courseId: course.id, locale: "fr", offered: true })).toEqual({ languages: ["en", "fr"] });
    expect(await api.courseAuthoring.setLanguage({ courseId: course.id, locale: "fr", offered: true })).toEqual({ languages: ["en", "fr"] });
    // While offered, its title cannot be emptied.
    await expect(api.courseAuthoring.saveTranslation({ courseId: course.id, locale: "fr", course: { title: "" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await api.courseAuthoring.setLanguage({ courseId: course.id, locale: "fr", offered: false })).toEqual({ languages: ["en"] });
  });

  it("is for L&D only", async () => {
    const course = await createCourse(db, { code: uniq("TR").toUpperCase() });
    for (const role of ["LEARNER", "MANAGER", "AUDITOR"] as const) {
      const api = createCaller({ actor: await createActorWithRole(db, role) });
      await expect(api.courseAuthoring.saveTranslation({ courseId: course.id, locale: "fr", course: { title: "Piratage" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(api.courseAuthoring.setLanguage({ courseId: course.id, locale: "fr", offered: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).translations).toEqual({});
  });
});
