import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller } from "~/server/api/root";
import { testDb } from "~/tests/db";
import { createActorWithRole, uniq, createCourse, lessonsOf } from "~/tests/factories";
import { ensureShippedCourses } from "~/server/courses/bootstrap";
import { bootstrapCourses } from "~/lib/courses/content/shipped-courses";
import { listCatalogue } from "~/server/courses/catalogue";

const db = testDb();

async function adminCaller() {
  const admin = await createActorWithRole(db, "LD_ADMIN");
  return { admin, api: createCaller({ actor: admin }) };
}

async function categoryId(code = "ETHICS") {
  return (await db.category.findUniqueOrThrow({ where: { code } })).id;
}

function newCourse(catId: string, over: Record<string, unknown> = {}) {
  return { code: uniq("NEW").toUpperCase(), title: "Negotiation basics", summary: "Short.", categoryId: catId, mode: "ONLINE" as const, trainingDays: "0.25", languages: ["en"], mandatory: false, validityMonths: null, quizAttempts: null, quizWaitHours: null, lessonsBeforeQuiz: false, ...over };
}

async function zodFieldErrors(p: Promise<unknown>): Promise<Record<string, string[] | undefined>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") {
      const cause = e.cause as { flatten?: () => { fieldErrors: Record<string, string[]> } } | undefined;
      if (cause?.flatten) return cause.flatten().fieldErrors;
      return { _: [e.message] };
    }
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("authoring a course", () => {
  it("creates a draft course, refuses bad lessons and questions with field messages, publishes, and lists it in the catalogue", async () => {
    const { api, admin } = await adminCaller();
    const cat = await categoryId();
    expect(await zodFieldErrors(api.courseAuthoring.create(newCourse(cat, { trainingDays: "-1" })))).toMatchObject({
      trainingDays: ["Training days cannot be negative (got -1)."],
    });
    const { id } = await api.courseAuthoring.create(newCourse(cat));
    await api.courseAuthoring.addLesson({ courseId: id, lesson: { kind: "READING", title: "Before you negotiate", required: true, body: "Prepare." } });

    const badQuiz = { kind: "QUIZ" as const, title: "Check", required: true as const, passMark: 120, shuffle: false, drawCount: null };
    const passMarkErrors = await zodFieldErrors(api.courseAuthoring.addLesson({ courseId: id, lesson: badQuiz }));
    expect(JSON.stringify(passMarkErrors)).toContain("The pass mark must be between 0 and 100");
    const quiz = await api.courseAuthoring.addLesson({ courseId: id, lesson: { ...badQuiz, passMark: 80 } });

    const noCorrect = { kind: "SINGLE" as const, prompt: "What comes first?", explanation: "", options: [{ text: "Preparation", correct: false }, { text: "Shouting", correct: false }] };
    const refused = await zodFieldErrors(api.courseAuthoring.saveQuestion({ lessonId: quiz.id, questionId: null, question: noCorrect }));
    expect(JSON.stringify(refused)).toContain("Mark at least one option as correct.");
    const twoCorrect = { ...noCorrect, options: [{ text: "Preparation", correct: true }, { text: "Listening", correct: true }, { text: "Shouting", correct: false }] };
    expect(JSON.stringify(await zodFieldErrors(api.courseAuthoring.saveQuestion({ lessonId: quiz.id, questionId: null, question: twoCorrect })))).toContain(
      "A single-choice question has exactly one correct option",
    );
    expect(await db.quizQuestion.count({ where: { lessonId: quiz.id } })).toBe(0);

    // A quiz without questions cannot be published.
    await expect(api.courseAuthoring.publish({ id })).rejects.toMatchObject({ message: expect.stringMatching(/the quiz has no questions/) });
    await api.courseAuthoring.saveQuestion({ lessonId: quiz.id, questionId: null, question: { ...noCorrect, options: [{ text: "Preparation", correct: true }, { text: "Shouting", correct: false }] } });
    expect(await api.courseAuthoring.publish({ id })).toEqual({ version: 1 });

    const catalogue = await listCatalogue(admin, { q: "negotiation basics" });
    expect(catalogue.map((c) => c.id)).toContain(id);
    const audits = await db.auditEntry.findMany({ where: { entityId: id }, select: { action: true } });
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["course.create", "lesson.add", "question.add", "course.publish"]));
  });

  it("a published version cannot be edited; a new version copies it and leaves it untouched", async () => {
    const { api } = await adminCaller();
    const course = await createCourse(db);
    const v1 = await lessonsOf(db, course.versionId);
    await expect(
      api.courseAuthoring.updateLesson({ lessonId: v1[0]!.id, lesson: { kind: "READING", title: "Changed", required: true, body: "Changed." } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(api.courseAuthoring.addLesson({ courseId: course.courseId, lesson: { kind: "READING", title: "Extra", required: true, body: "x" } })).rejects.toMatchObject({
      message: expect.stringMatching(/Open a new version/),
    });
    const draft = await api.courseAuthoring.openDraft({ id: course.courseId });
    expect(await api.courseAuthoring.openDraft({ id: course.courseId })).toEqual(draft);
    const v2 = await lessonsOf(db, draft.id);
    expect(v2.map((l) => l.title)).toEqual(v1.map((l) => l.title));
    expect(v2[3]!.questions).toHaveLength(5);
    await api.courseAuthoring.moveLesson({ id: v2[1]!.id, direction: "up" });
    await api.courseAuthoring.updateLesson({ lessonId: v2[0]!.id, lesson: { kind: "READING", title: "Rewritten", required: true, body: "New text." } });
    await api.courseAuthoring.deleteQuestion({ questionId: v2[3]!.questions[0]!.id });
    expect((await lessonsOf(db, draft.id)).map((l) => l.title)).toEqual(["How to act", "Rewritten", "Your commitment", "Check your understanding"]);
    expect((await lessonsOf(db, course.versionId)).map((l) => l.title)).toEqual(v1.map((l) => l.title));
    expect((await lessonsOf(db, course.versionId))[3]!.questions).toHaveLength(5);
    await api.courseAuthoring.discardDraft({ id: course.courseId });
    expect(await db.courseVersion.count({ where: { courseId: course.courseId } })).toBe(1);
  });

  it("a quiz's draw count fits its pool: refused above the questions it has, and publishing refuses a pool made smaller", async () => {
    const { api } = await adminCaller();
    const course = await createCourse(db, { quizRules: { attempts: 3, waitHours: 24, lessonsBeforeQuiz: true } });
    const draft = await api.courseAuthoring.openDraft({ id: course.courseId });
    const quiz = (await lessonsOf(db, draft.id)).find((l) => l.kind === "QUIZ")!;
    const lesson = { kind: "QUIZ" as const, title: "Check your understanding", required: true as const, passMark: 80, shuffle: true };
    await expect(api.courseAuthoring.updateLesson({ lessonId: quiz.id, lesson: { ...lesson, drawCount: 6 } })).rejects.toMatchObject({
      message: "This quiz has only 5 questions: an attempt cannot draw 6. Add questions first, or draw fewer.",
      cause: expect.objectContaining({ field: "drawCount" }),
    });
    await api.courseAuthoring.updateLesson({ lessonId: quiz.id, lesson: { ...lesson, drawCount: 5 } });
    await api.courseAuthoring.deleteQuestion({ questionId: quiz.questions[0]!.id });
    await expect(api.courseAuthoring.publish({ id: course.courseId })).rejects.toMatchObject({
      message: expect.stringMatching(/Lesson 4 \(Check your understanding\): each attempt draws 5 questions, but the quiz has only 4\./),
    });
    await api.courseAuthoring.updateLesson({ lessonId: quiz.id, lesson: { ...lesson, drawCount: 3 } });
    expect(await api.courseAuthoring.publish({ id: course.courseId })).toEqual({ version: 2 });
    // The course's rules are details: saved at once, audited, not versioned.
    const details = await db.course.findUniqueOrThrow({ where: { id: course.courseId } });
    const { id: _id, code: _code, createdAt: _c, updatedAt: _u, status: _s, ownerId: _o, ...rest } = details;
    await api.courseAuthoring.update({ ...rest, id: course.courseId, trainingDays: rest.trainingDays.toString(), quizAttempts: 5, quizWaitHours: 48 });
    expect(await db.course.findUniqueOrThrow({ where: { id: course.courseId }, select: { quizAttempts: true, quizWaitHours: true, lessonsBeforeQuiz: true } })).toEqual({
      quizAttempts: 5, quizWaitHours: 48, lessonsBeforeQuiz: true,
    });
  });

  it("retiring takes a course out of the catalogue", async () => {
    const { api, admin } = await adminCaller();
    const course = await createCourse(db);
    await api.courseAuthoring.retire({ id: course.courseId });
    expect((await listCatalogue(admin, { q: course.code })).length).toBe(0);
    await api.courseAuthoring.restore({ id: course.courseId });
    expect((await listCatalogue(admin, { q: course.code })).length).toBe(1);
  });

  it("a learner cannot author", async () => {
    const learner = await createActorWithRole(db, "LEARNER");
    await expect(createCaller({ actor: learner }).courseAuthoring.create(newCourse(await categoryId()))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the catalogue", () => {
  it("filters by category, mode and language, and shows the learner's own state", async () => {
    const learner = await createActorWithRole(db, "LEARNER");
    const course = await createCourse(db, { categoryCode: "LANG", mode: "EXTERNAL" });
    const hss = await categoryId("HSS");
    const lang = await categoryId("LANG");
    expect((await listCatalogue(learner, { category: lang, mode: "EXTERNAL" })).map((c) => c.code)).toContain(course.code);
    expect((await listCatalogue(learner, { category: hss })).map((c) => c.code)).not.toContain(course.code);
    expect((await listCatalogue(learner, { language: "fr", q: course.code })).length).toBe(0);
    const mine = (await listCatalogue(learner, { q: course.code }))[0]!;
    expect(mine.myState).toBe("NOT_STARTED");
    // The shipped mandatory courses come first.
    const all = await listCatalogue(learner, {});
    expect(all.slice(0, 3).map((c) => c.code).sort()).toEqual(["AFA", "BSAFE", "WT"]);
  });
});

describe("the bootstrap", () => {
  it("has created the shipped courses as published version 1, mandatory where they should be", async () => {
    const courses = await db.course.findMany({
      where: { code: { in: bootstrapCourses.map((c) => c.code) } },
      select: { code: true, status: true, mandatory: true, validityMonths: true, trainingDays: true, versions: { select: { version: true, publishedAt: true } } },
    });
    expect(Object.fromEntries(courses.map((c) => [c.code, [c.status, c.mandatory, c.validityMonths, c.trainingDays.toString(), c.versions.length]]))).toEqual({
      WT: ["PUBLISHED", true, null, "0.25", 1],
      BSAFE: ["PUBLISHED", true, 36, "0.5", 1],
      AFA: ["PUBLISHED", true, null, "0.125", 1],
      MENTOR: ["PUBLISHED", false, null, expect.any(String), 1],
    });
    const bsafeQuiz = await db.quizQuestion.count({ where: { lesson: { version: { course: { code: "BSAFE" } } } } });
    expect(bsafeQuiz).toBe(15);
    // The mandatory courses ship with their quiz rules: 5 of 15 questions per attempt, 3 attempts then 24 hours, lessons first.
    const rules = await db.course.findMany({
      where: { code: { in: ["WT", "BSAFE", "AFA", "MENTOR"] } },
      select: { code: true, quizAttempts: true, quizWaitHours: true, lessonsBeforeQuiz: true, versions: { select: { lessons: { where: { kind: "QUIZ" }, select: { drawCount: true } } } } },
    });
    expect(Object.fromEntries(rules.map((c) => [c.code, [c.quizAttempts, c.quizWaitHours, c.lessonsBeforeQuiz, c.versions[0]!.lessons[0]!.drawCount]]))).toEqual({
      WT: [3, 24, true, 5],
      BSAFE: [3, 24, true, 5],
      AFA: [3, 24, true, 5],
      MENTOR: [null, null, false, null],
    });
  });

  it("runs again without creating or overwriting anything L&D changed", async () => {
    await db.course.update({ where: { code: "WT" }, data: { title: "Working Together (2027 edition)" } });
    expect(await ensureShippedCourses()).toEqual([]);
    expect((await db.course.findUniqueOrThrow({ where: { code: "WT" } })).title).toBe("Working Together (2027 edition)");
    expect(await db.courseVersion.count({ where: { course: { code: "WT" } } })).toBe(1);
  });
});
