import { describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { createActorWithRole, createCourse, lessonsOf } from "~/tests/factories";
import { courseTitleByCode, lessonTitle, previewLessonTitle } from "~/server/page-titles";

const db = testDb();

/** A course offered in English and French (French title and lesson titles), with a Chinese title not yet offered. */
async function bilingualCourse(status?: "DRAFT") {
  const course = await createCourse(db, { title: "Anti-fraud awareness (test)", status });
  await db.course.update({
    where: { id: course.id },
    data: { languages: ["en", "fr"], translations: { fr: { title: "Sensibilisation à la fraude (test)", summary: "Un cours." }, zh: { title: "反欺诈意识（测试）" } } },
  });
  const [first] = await lessonsOf(db, course.versionId);
  await db.lesson.update({ where: { id: first!.id }, data: { translations: { fr: { title: "Pourquoi c’est important", body: "Parce que." } } } });
  return course;
}

describe("page titles in the reader's language", () => {
  it("titles a course page in the language the page shows it in: ?lang=, else the reader's when offered, else the base", async () => {
    const course = await bilingualCourse();
    const learner = await createActorWithRole(db, "LEARNER");
    expect(await courseTitleByCode(learner, course.code)).toBe("Anti-fraud awareness (test)");
    expect(await courseTitleByCode(learner, course.code, { locale: "fr" })).toBe("Sensibilisation à la fraude (test)");
    expect(await courseTitleByCode(learner, course.code, { lang: "en", locale: "fr" })).toBe("Anti-fraud awareness (test)");
    expect(await courseTitleByCode(learner, course.code, { lang: "fr", locale: "en" })).toBe("Sensibilisation à la fraude (test)");
    // Not offered in Chinese: the page shows the course in its base language, and so does the title.
    expect(await courseTitleByCode(learner, course.code, { locale: "zh" })).toBe("Anti-fraud awareness (test)");
  });

  it("titles a lesson with the course's and the lesson's text in that language", async () => {
    const course = await bilingualCourse();
    const learner = await createActorWithRole(db, "LEARNER");
    expect(await lessonTitle(learner, course.code, 1, { locale: "fr" })).toEqual({ course: "Sensibilisation à la fraude (test)", lesson: "Pourquoi c’est important" });
    expect(await lessonTitle(learner, course.code, 1, { locale: "en" })).toEqual({ course: "Anti-fraud awareness (test)", lesson: "Why it matters" });
    expect(await lessonTitle(learner, course.code, 1, { lang: "en", locale: "fr" })).toEqual({ course: "Anti-fraud awareness (test)", lesson: "Why it matters" });
  });

  it("titles L&D's preview in the previewed language, untranslated parts in the base language, and reveals no draft to a learner", async () => {
    const course = await bilingualCourse("DRAFT");
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const learner = await createActorWithRole(db, "LEARNER");
    expect(await previewLessonTitle(admin, course.id, 1, "fr")).toEqual({ course: "Sensibilisation à la fraude (test)", lesson: "Pourquoi c’est important" });
    expect(await previewLessonTitle(admin, course.id, 1, "zh")).toEqual({ course: "反欺诈意识（测试）", lesson: "Why it matters" });
    expect(await previewLessonTitle(admin, course.id, 1)).toEqual({ course: "Anti-fraud awareness (test)", lesson: "Why it matters" });
    expect(await previewLessonTitle(learner, course.id, 1, "fr")).toBeNull();
    expect(await courseTitleByCode(learner, course.code, { locale: "fr" })).toBeNull();
    expect(await courseTitleByCode(admin, course.code, { locale: "fr" })).toBe("Sensibilisation à la fraude (test)");
  });
});
