import { describe, expect, it } from "vitest";
import type { ContentCourse } from "~/lib/courses/content/types";
import { createCourseFromContent } from "~/server/courses/content-import";
import { addShippedTranslations } from "~/server/courses/bootstrap";
import { attestLesson, completeLesson, getCompletion, getPlayerLesson, startCourse, startQuizAttempt, submitQuiz } from "~/server/courses/player";
import { getCourseForLearner } from "~/server/courses/catalogue";
import { explainCourseProgress } from "~/server/courses/progress";
import { continueLearning } from "~/server/home/learner";
import { testDb } from "~/tests/db";
import { categoryByCode, createActorWithRole, lessonsOf, uniq } from "~/tests/factories";

const db = testDb();

/** A course offered in English and French (complete), with a Chinese title and summary only (not offered in Chinese). */
function content(): ContentCourse {
  const code = uniq("LANG").toUpperCase();
  return {
    code,
    title: `Anti-fraud basics ${code}`,
    summary: "Spotting fraud.",
    categoryCode: "ETHICS",
    mode: "ONLINE",
    trainingDays: "0.25",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      { kind: "READING", title: "What fraud is", body: "Fraud is **deception** for gain.", required: true },
      { kind: "ATTESTATION", title: "Commitment", statement: "I have read and understood the policy.", required: true },
      {
        kind: "QUIZ", title: "Check", passMark: 100, shuffle: true, required: true,
        questions: [
          { prompt: "Is deception for gain fraud?", kind: "SINGLE", explanation: "By definition.", options: [{ text: "Yes", correct: true }, { text: "No", correct: false }] },
          { prompt: "Which are red flags?", kind: "MULTIPLE", explanation: "Both rush and secrecy are.", options: [{ text: "Rush", correct: true }, { text: "Secrecy", correct: true }, { text: "Receipts", correct: false }] },
        ],
      },
    ],
    translations: {
      fr: {
        title: `Les bases de la lutte contre la fraude ${code}`,
        summary: "Repérer la fraude.",
        lessons: [
          { title: "Ce qu'est la fraude", body: "La fraude est une **tromperie** à des fins de gain." },
          { title: "Engagement", statement: "J'ai lu et compris la politique." },
          {
            title: "Vérification",
            questions: [
              { prompt: "Tromper pour un gain, est-ce une fraude ?", explanation: "Par définition.", options: ["Oui", "Non"] },
              { prompt: "Quels sont les signaux d'alerte ?", explanation: "L'urgence et le secret le sont.", options: ["L'urgence", "Le secret", "Les reçus"] },
            ],
          },
        ],
      },
      zh: { title: `反欺诈基础 ${code}`, summary: "识别欺诈。" },
    },
  };
}

async function makeCourse() {
  const c = content();
  const category = await categoryByCode(db, c.categoryCode);
  const made = await db.$transaction((tx) => createCourseFromContent(tx, c, { categoryId: category.id, ownerId: null, publishedAt: new Date(Date.UTC(2024, 0, 1)) }));
  return { ...made, content: c };
}

describe("content with translations → rows", () => {
  it("writes the base language, the languages, and each row's translations aligned by position", async () => {
    const { courseId, versionId, content: c } = await makeCourse();
    const course = await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { baseLocale: true, languages: true, translations: true } });
    expect(course.baseLocale).toBe("en");
    expect(course.languages).toEqual(["en", "fr"]);
    expect(course.translations).toEqual({ fr: { title: c.translations!.fr!.title, summary: "Repérer la fraude." }, zh: { title: c.translations!.zh!.title, summary: "识别欺诈。" } });
    const lessons = await db.lesson.findMany({
      where: { versionId },
      orderBy: { position: "asc" },
      select: { translations: true, questions: { orderBy: { position: "asc" }, select: { translations: true, options: { orderBy: { position: "asc" }, select: { text: true, translations: true } } } } },
    });
    expect(lessons.map((l) => l.translations)).toEqual([
      { fr: { title: "Ce qu'est la fraude", body: "La fraude est une **tromperie** à des fins de gain." } },
      { fr: { title: "Engagement", body: "J'ai lu et compris la politique." } },
      { fr: { title: "Vérification" } },
    ]);
    const quiz = lessons[2]!;
    expect(quiz.questions[1]!.translations).toEqual({ fr: { prompt: "Quels sont les signaux d'alerte ?", explanation: "L'urgence et le secret le sont." } });
    expect(quiz.questions[1]!.options.map((o) => [o.text, o.translations])).toEqual([
      ["Rush", { fr: { text: "L'urgence" } }],
      ["Secrecy", { fr: { text: "Le secret" } }],
      ["Receipts", { fr: { text: "Les reçus" } }],
    ]);
  });
});

describe("an install bootstrapped before the translations", () => {
  async function untranslated(edit?: (c: ContentCourse) => ContentCourse) {
    const c = content();
    const before = edit ? edit({ ...c, languages: ["en"], translations: undefined }) : { ...c, languages: ["en"], translations: undefined };
    const category = await categoryByCode(db, c.categoryCode);
    const made = await db.$transaction((tx) => createCourseFromContent(tx, before, { categoryId: category.id, ownerId: null, publishedAt: new Date() }));
    return { ...made, content: c };
  }

  it("gets the shipped translations and languages once, on a course still as shipped", async () => {
    const { courseId, versionId, content: c } = await untranslated();
    expect(await addShippedTranslations(c)).toBe(true);
    const course = await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { languages: true, translations: true } });
    expect(course.languages).toEqual(["en", "fr"]);
    expect(course.translations).toMatchObject({ fr: { summary: "Repérer la fraude." } });
    const option = await db.quizOption.findFirstOrThrow({ where: { question: { lesson: { versionId } }, text: "Receipts" }, select: { translations: true } });
    expect(option.translations).toEqual({ fr: { text: "Les reçus" } });
    expect(await addShippedTranslations(c)).toBe(false);
  });

  it("leaves a course whose English L&D edited alone", async () => {
    const { courseId, content: c } = await untranslated((x) => ({ ...x, lessons: [{ ...x.lessons[0]!, title: "Edited by L&D" }, ...x.lessons.slice(1)] as ContentCourse["lessons"] }));
    expect(await addShippedTranslations(c)).toBe(false);
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { translations: true } })).translations).toEqual({});
  });
});

describe("reading a course in a language", () => {
  it("shows a French reader the French text, lets them switch to English, and keeps one progress for both", async () => {
    const { courseId, content: c } = await makeCourse();
    const learner = { ...(await createActorWithRole(db, "LEARNER")), locale: "fr" };
    const page = await getCourseForLearner(learner, c.code, new Date(), { locale: "fr" });
    expect(page?.language).toEqual({ current: "fr", offered: ["en", "fr"], base: "en" });
    expect(page?.course.title).toBe(c.translations!.fr!.title);
    expect(page?.lessons.map((l) => l.title)).toEqual(["Ce qu'est la fraude", "Engagement", "Vérification"]);

    await startCourse(learner, courseId);
    const fr = await getPlayerLesson(learner, c.code, 1, new Date(), { locale: "fr" });
    expect(fr?.language.current).toBe("fr");
    expect(fr?.course.title).toBe(c.translations!.fr!.title);
    expect(fr?.lesson.title).toBe("Ce qu'est la fraude");
    expect(fr?.lesson.html).toContain("<strong>tromperie</strong>");
    expect(fr?.outline.map((l) => l.title)).toEqual(["Ce qu'est la fraude", "Engagement", "Vérification"]);
    await completeLesson(learner, fr!.lesson.id);

    // Switched to English (?lang=en): the same lesson, done, in English.
    const en = await getPlayerLesson(learner, c.code, 1, new Date(), { lang: "en", locale: "fr" });
    expect(en?.language.current).toBe("en");
    expect(en?.lesson.title).toBe("What fraud is");
    expect(en?.lesson.done).toBe(true);
    expect(en?.outline[0]!.done).toBe(true);
    const attestation = await getPlayerLesson(learner, c.code, 2, new Date(), { lang: "en", locale: "fr" });
    expect(attestation?.lesson.text).toBe("I have read and understood the policy.");
    expect((await getPlayerLesson(learner, c.code, 2, new Date(), { locale: "fr" }))?.lesson.text).toBe("J'ai lu et compris la politique.");
    await attestLesson(learner, attestation!.lesson.id);
    expect(await explainCourseProgress(learner.id, courseId)).toMatchObject({ lessonsDone: 2, lessonsRequired: 3 });

    // A language the course is not offered in (zh) falls back to the base language, not to a half translation.
    const zh = await getPlayerLesson(learner, c.code, 1, new Date(), { lang: "zh", locale: "zh" });
    expect(zh?.language.current).toBe("en");
    expect(zh?.lesson.title).toBe("What fraud is");
    expect(zh?.course.title).toBe(c.title);

    // The learner's home, in French.
    const [item] = (await continueLearning(learner.id, 5, "fr")).filter((i) => i.courseCode === c.code);
    expect(item).toMatchObject({ courseTitle: c.translations!.fr!.title, next: { position: 3, title: "Vérification" } });
    // A Chinese reader's home shows the Chinese title (translated, though not offered), and the next lesson in English.
    const [zhItem] = (await continueLearning(learner.id, 5, "zh")).filter((i) => i.courseCode === c.code);
    expect(zhItem).toMatchObject({ courseTitle: c.translations!.zh!.title, next: { position: 3, title: "Check" } });
  });

  it("grades by option ids whatever the language: an attempt started in French is the same attempt in English", async () => {
    const { courseId, versionId, content: c } = await makeCourse();
    const learner = { ...(await createActorWithRole(db, "LEARNER")), locale: "fr" };
    await startCourse(learner, courseId);
    const lessons = await lessonsOf(db, versionId);
    const quizLesson = lessons[2]!;
    await startQuizAttempt(learner, quizLesson.id);

    const fr = (await getPlayerLesson(learner, c.code, 3, new Date(), { locale: "fr" }))!.quiz!;
    const en = (await getPlayerLesson(learner, c.code, 3, new Date(), { lang: "en", locale: "fr" }))!.quiz!;
    expect(fr.state).toBe("inProgress");
    // Same questions and options in the same (shuffled) order; only the text differs.
    expect(en.questions.map((q) => [q.id, q.options.map((o) => o.id)])).toEqual(fr.questions.map((q) => [q.id, q.options.map((o) => o.id)]));
    const frenchPrompts = new Set(["Tromper pour un gain, est-ce une fraude ?", "Quels sont les signaux d'alerte ?"]);
    expect(fr.questions.every((q) => frenchPrompts.has(q.prompt))).toBe(true);
    expect(en.questions.every((q) => !frenchPrompts.has(q.prompt))).toBe(true);
    const frOption = Object.fromEntries(fr.questions.flatMap((q) => q.options.map((o) => [o.id, o.text])));
    const enOption = Object.fromEntries(en.questions.flatMap((q) => q.options.map((o) => [o.id, o.text])));
    expect(Object.keys(frOption).length).toBe(5);
    const right = lessons[2]!.questions.flatMap((q) => q.options.filter((o) => o.correct).map((o) => o.id));
    expect(right.map((id) => enOption[id]).sort()).toEqual(["Rush", "Secrecy", "Yes"]);
    expect(right.map((id) => frOption[id]).sort()).toEqual(["L'urgence", "Le secret", "Oui"]);

    // Answered on the French page: the right option ids pass; the review comes back in French.
    const answers = quizLesson.questions.map((q) => ({ questionId: q.id, optionIds: q.options.filter((o) => o.correct).map((o) => o.id) }));
    const result = await submitQuiz(learner, { lessonId: quizLesson.id, submissionId: crypto.randomUUID(), answers, lang: "fr" });
    expect(result.attempt).toMatchObject({ passed: true, score: 100, correctCount: 2 });
    expect(result.courseCompleted).toBe(false);
    expect(result.questions.every((q) => frenchPrompts.has(q.prompt))).toBe(true);
    const review = result.questions.find((q) => q.prompt === "Quels sont les signaux d'alerte ?")!.review!;
    expect(review.explanation).toBe("L'urgence et le secret le sont.");
    expect(review.options.filter((o) => o.correct).map((o) => o.text).sort()).toEqual(["L'urgence", "Le secret"]);

    // Reloaded in English: the same passed attempt, its review in English.
    const after = (await getPlayerLesson(learner, c.code, 3, new Date(), { lang: "en", locale: "fr" }))!.quiz!;
    expect(after.state).toBe("passed");
    expect(after.passedResult?.attempt.number).toBe(result.attempt.number);
    expect(after.passedResult?.questions.map((q) => q.prompt).sort()).toEqual(["Is deception for gain fraud?", "Which are red flags?"]);
  });

  it("fails an attempt answered wrong in any language, and completes the course the same way in English", async () => {
    const { courseId, versionId, content: c } = await makeCourse();
    const learner = await createActorWithRole(db, "LEARNER");
    await startCourse(learner, courseId);
    const lessons = await lessonsOf(db, versionId);
    await completeLesson(learner, lessons[0]!.id);
    await attestLesson(learner, lessons[1]!.id);
    const quiz = lessons[2]!;
    const wrong = quiz.questions.map((q) => ({ questionId: q.id, optionIds: [q.options.find((o) => !o.correct)!.id] }));
    const failed = await submitQuiz(learner, { lessonId: quiz.id, submissionId: crypto.randomUUID(), answers: wrong, lang: "fr" });
    expect(failed.attempt.passed).toBe(false);
    // A failed attempt names the questions (in French here) and nothing more.
    expect(failed.questions.map((q) => [q.prompt, q.correct, q.review]).sort()).toEqual([
      ["Quels sont les signaux d'alerte ?", false, null],
      ["Tromper pour un gain, est-ce une fraude ?", false, null],
    ]);
    const right = quiz.questions.map((q) => ({ questionId: q.id, optionIds: q.options.filter((o) => o.correct).map((o) => o.id) }));
    const passed = await submitQuiz(learner, { lessonId: quiz.id, submissionId: crypto.randomUUID(), answers: right });
    expect(passed.attempt.passed).toBe(true);
    expect(passed.courseCompleted).toBe(true);
    expect(passed.questions.map((q) => q.prompt).sort()).toEqual(["Is deception for gain fraud?", "Which are red flags?"]);
    expect((await getCompletion(learner, c.code, { locale: "fr" }))?.course.title).toBe(c.translations!.fr!.title);
    expect((await db.trainingRecord.count({ where: { staffId: learner.id, courseId } }))).toBe(1);
  });
});
