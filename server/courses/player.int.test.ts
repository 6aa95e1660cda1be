import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "~/server/errors";
import type { Actor } from "~/server/auth/roles";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff, answers, createCourse, lessonsOf } from "~/tests/factories";
import { attestLesson, completeLesson, getCompletion, getPlayerLesson, startCourse, startQuizAttempt, submitQuiz } from "~/server/courses/player";
import { addLesson, openDraft, publishDraft } from "~/server/courses/authoring";
import { explainCourseProgress } from "~/server/courses/progress";

const db = testDb();

async function learner(): Promise<Actor> {
  const s = await createStaff(db);
  return { id: s.id, employeeId: s.employeeId, email: s.email, fullName: s.fullName, locale: "en", roles: ["LEARNER"] };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

/** Starts the course and does every lesson but the quiz; returns the quiz lesson and its questions. */
async function throughToQuiz(actor: Actor, course: Awaited<ReturnType<typeof createCourse>>, at: Date) {
  await startCourse(actor, course.courseId, {}, at);
  const lessons = await lessonsOf(db, course.versionId);
  for (const l of lessons) {
    if (l.kind === "READING") await completeLesson(actor, l.id, at);
    if (l.kind === "ATTESTATION") await attestLesson(actor, l.id, at);
  }
  return lessons.find((l) => l.kind === "QUIZ")!;
}

describe("completing a course", () => {
  it("writes one training record, with the course's days and version, and closes the enrolment", async () => {
    const actor = await learner();
    const course = await createCourse(db, { trainingDays: "0.125" });
    const started = new Date("2026-03-02T09:00:00Z");
    const quiz = await throughToQuiz(actor, course, started);
    const enrolment = await db.enrollment.findFirstOrThrow({ where: { staffId: actor.id, courseId: course.courseId } });
    expect(enrolment.state).toBe("IN_PROGRESS");

    const result = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) }, new Date("2026-03-05T16:00:00Z"));
    expect(result).toMatchObject({ courseCompleted: true, attempt: { passed: true, score: 100 } });

    const records = await db.trainingRecord.findMany({ where: { staffId: actor.id, courseId: course.courseId } });
    expect(records).toHaveLength(1);
    const progress = await db.courseProgress.findFirstOrThrow({ where: { staffId: actor.id, courseId: course.courseId } });
    expect(records[0]).toMatchObject({
      sourceKey: `course-completion:${progress.id}`,
      status: "COMPLETED",
      source: "ONLINE",
      mode: "ONLINE",
      courseVersion: 1,
      startDate: new Date("2026-03-02T00:00:00Z"),
      endDate: new Date("2026-03-05T00:00:00Z"),
    });
    expect(records[0]!.trainingDays.toString()).toBe("0.125");
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrolment.id } })).state).toBe("COMPLETED");
    const completion = await getCompletion(actor, course.code);
    expect(completion).toMatchObject({ cycle: 1, version: 1, trainingDays: "0.125", validUntil: null });
  });

  it("two final submissions at the same moment give one record and one passed attempt", async () => {
    const actor = await learner();
    const course = await createCourse(db);
    const at = new Date("2026-04-01T10:00:00Z");
    const quiz = await throughToQuiz(actor, course, at);
    const right = answers(quiz.questions);
    const results = await Promise.all([
      submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: right }, at),
      submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: right }, at),
      submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: right }, at),
    ]);
    expect(results.every((r) => r.attempt.passed)).toBe(true);
    expect(results.filter((r) => !r.repeated)).toHaveLength(1);
    expect(await db.trainingRecord.count({ where: { staffId: actor.id, courseId: course.courseId } })).toBe(1);
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id, progress: { staffId: actor.id } } })).toBe(1);
    expect(await db.enrollment.count({ where: { staffId: actor.id, courseId: course.courseId } })).toBe(1);
  });

  it("a double click on a failing attempt stores it once (same submission id)", async () => {
    const actor = await learner();
    const course = await createCourse(db);
    const quiz = await throughToQuiz(actor, course, new Date());
    const submissionId = randomUUID();
    const wrong = answers(quiz.questions, 2);
    const [a, b] = await Promise.all([
      submitQuiz(actor, { lessonId: quiz.id, submissionId, answers: wrong }),
      submitQuiz(actor, { lessonId: quiz.id, submissionId, answers: wrong }),
    ]);
    expect(a.attempt.number).toBe(1);
    expect(b.attempt.number).toBe(1);
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id, progress: { staffId: actor.id } } })).toBe(1);
  });

  it("does not complete while a required lesson is missing, and explains why", async () => {
    const actor = await learner();
    const course = await createCourse(db);
    await startCourse(actor, course.courseId);
    const lessons = await lessonsOf(db, course.versionId);
    await completeLesson(actor, lessons[0]!.id);
    const quiz = lessons.find((l) => l.kind === "QUIZ")!;
    const failed = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 3) });
    expect(failed.attempt).toMatchObject({ passed: false, score: 60 });
    // A failed attempt says which questions were wrong (by their wording), and nothing that gives the answer away.
    expect(failed.questions.every((q) => q.review === null)).toBe(true);
    expect(failed.questions.filter((q) => !q.correct).map((q) => q.prompt)).toEqual(["Question 4", "Question 5"]);
    expect(JSON.stringify(failed)).not.toMatch(/"explanation"|"options"|Because of Question/);
    const passed = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) });
    expect(passed).toMatchObject({ courseCompleted: false, attempt: { passed: true, number: 2 } });
    expect(await db.trainingRecord.count({ where: { staffId: actor.id } })).toBe(0);
    expect(await explainCourseProgress(actor.id, course.courseId)).toEqual({
      started: true,
      completed: false,
      lessonsDone: 2,
      lessonsRequired: 4,
      missingLessons: [
        { position: 2, title: "How to act" },
        { position: 3, title: "Your commitment" },
      ],
      quiz: { bestScore: 100, passMark: 80, attempts: 2, maxAttempts: null },
    });
  });
});

describe("bad input stores nothing", () => {
  it("a quiz of a course the learner has not started is refused", async () => {
    const actor = await learner();
    const course = await createCourse(db);
    const quiz = (await lessonsOf(db, course.versionId)).find((l) => l.kind === "QUIZ")!;
    const e = await refusal(submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) }));
    expect(e.code).toBe("NOT_STARTED");
    expect(e.userMessage).toMatch(/You have not started this course/);
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id } })).toBe(0);
    expect(await db.courseProgress.count({ where: { staffId: actor.id } })).toBe(0);
    await expect(completeLesson(actor, (await lessonsOf(db, course.versionId))[0]!.id)).rejects.toMatchObject({ code: "NOT_STARTED" });
  });

  it("an answer id from another question is refused", async () => {
    const actor = await learner();
    const course = await createCourse(db);
    const quiz = await throughToQuiz(actor, course, new Date());
    const mixed = answers(quiz.questions);
    mixed[0] = { questionId: quiz.questions[0]!.id, optionIds: [quiz.questions[2]!.options[0]!.id] };
    const e = await refusal(submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: mixed }));
    expect(e).toMatchObject({ code: "INVALID", userMessage: "An answer to question 1 is not one of its options. Reload the page and try again." });
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id } })).toBe(0);
  });

  it("an answer from a quiz of another course is refused", async () => {
    const actor = await learner();
    const [a, b] = [await createCourse(db), await createCourse(db)];
    const quizA = await throughToQuiz(actor, a, new Date());
    const quizB = (await lessonsOf(db, b.versionId)).find((l) => l.kind === "QUIZ")!;
    const e = await refusal(submitQuiz(actor, { lessonId: quizA.id, submissionId: randomUUID(), answers: answers(quizB.questions) }));
    expect(e.code).toBe("INVALID");
    expect(await db.quizAttempt.count({ where: { lessonId: quizA.id } })).toBe(0);
  });

  it("the attempts limit is enforced", async () => {
    const actor = await learner();
    const course = await createCourse(db, { quizRules: { attempts: 2, waitHours: null, lessonsBeforeQuiz: false } });
    const quiz = await throughToQuiz(actor, course, new Date());
    const first = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 1) });
    expect(first.attemptsLeft).toBe(1);
    const second = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 2) });
    expect(second.attemptsLeft).toBe(0);
    const e = await refusal(submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) }));
    expect(e).toMatchObject({ code: "NO_ATTEMPTS_LEFT", userMessage: expect.stringMatching(/You have used all 2 attempts/) });
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id } })).toBe(2);
    expect(await db.trainingRecord.count({ where: { staffId: actor.id } })).toBe(0);
    expect((await explainCourseProgress(actor.id, course.courseId)).quiz).toEqual({ bestScore: 40, passMark: 80, attempts: 2, maxAttempts: 2 });
  });
});

describe("what reaches the browser", () => {
  it("the player's quiz carries no correct flags and no explanations before submission", async () => {
    const actor = await learner();
    const course = await createCourse(db, { shuffle: true });
    await startCourse(actor, course.courseId);
    const quizPosition = course.content.lessons.findIndex((l) => l.kind === "QUIZ") + 1;
    // Before Start: the rules, no questions.
    const before = await getPlayerLesson(actor, course.code, quizPosition);
    expect(before?.quiz).toMatchObject({ state: "ready", questions: [], questionCount: 5, poolSize: 5 });
    const quizId = before!.lesson.id;
    await startQuizAttempt(actor, quizId);
    const payload = await getPlayerLesson(actor, course.code, quizPosition);
    expect(payload?.quiz?.state).toBe("inProgress");
    expect(payload?.quiz?.questions).toHaveLength(5);
    const json = JSON.stringify(payload);
    expect(json).not.toMatch(/"correct"/);
    expect(json).not.toMatch(/Because of Question/);
    for (const q of payload!.quiz!.questions) for (const o of q.options) expect(Object.keys(o).sort()).toEqual(["id", "text"]);
    // Shuffled per attempt, the same on a reload.
    const again = await getPlayerLesson(actor, course.code, quizPosition);
    expect(again!.quiz!.questions.map((q) => q.id)).toEqual(payload!.quiz!.questions.map((q) => q.id));
  });

  it("reading lessons are sanitised HTML", async () => {
    const actor = await learner();
    const course = await createCourse(db, {
      lessons: [{ kind: "READING", title: "Tricky", body: "Hello <script>alert(1)</script> [x](javascript:alert(1)) **bold**", required: true }],
    });
    await startCourse(actor, course.courseId);
    const payload = await getPlayerLesson(actor, course.code, 1);
    expect(payload!.lesson.html).toContain("<strong>bold</strong>");
    expect(payload!.lesson.html).not.toMatch(/<script|javascript:/);
  });
});

describe("versions", () => {
  it("a learner mid-course keeps version 1 after version 2 is published, and their completion records version 1", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const early = await learner();
    const course = await createCourse(db);
    await startCourse(early, course.courseId);
    const v1 = await lessonsOf(db, course.versionId);
    await completeLesson(early, v1[0]!.id);

    const draft = await openDraft(admin, course.courseId);
    expect(draft.version).toBe(2);
    await addLesson(admin, { courseId: course.courseId, lesson: { kind: "READING", title: "New in version 2", body: "More.", required: true } });
    await publishDraft(admin, course.courseId);

    // Version 2's lessons are not the early learner's: acting on one is refused.
    const v2 = await lessonsOf(db, draft.id);
    expect(v2).toHaveLength(5);
    await expect(completeLesson(early, v2[4]!.id)).rejects.toMatchObject({ code: "NOT_STARTED" });

    const page = await getPlayerLesson(early, course.code, 1);
    expect(page!.progress.version).toBe(1);
    expect(page!.outline).toHaveLength(4);
    for (const l of v1) {
      if (l.kind === "READING") await completeLesson(early, l.id);
      if (l.kind === "ATTESTATION") await attestLesson(early, l.id);
    }
    const quiz = v1.find((l) => l.kind === "QUIZ")!;
    const done = await submitQuiz(early, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) });
    expect(done.courseCompleted).toBe(true);
    expect((await db.trainingRecord.findFirstOrThrow({ where: { staffId: early.id } })).courseVersion).toBe(1);

    // Someone starting now gets version 2.
    const late = await learner();
    await startCourse(late, course.courseId);
    expect((await getPlayerLesson(late, course.code, 1))!.progress.version).toBe(2);
  });
});

describe("recertification", () => {
  it("a retake of an expiring course opens a new cycle, and both completions stay in the ledger", async () => {
    const actor = await learner();
    const course = await createCourse(db, { validityMonths: 36 });
    const quiz = await throughToQuiz(actor, course, new Date("2023-02-01T08:00:00Z"));
    await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) }, new Date("2023-02-01T09:00:00Z"));
    expect((await getCompletion(actor, course.code))!.validUntil).toEqual(new Date("2026-02-01T00:00:00Z"));

    // Start without retake is a no-op on a completed course; a retake opens cycle 2 (twice = once).
    expect(await startCourse(actor, course.courseId)).toMatchObject({ cycle: 1, created: false });
    const retakeAt = new Date("2026-01-10T08:00:00Z");
    const [r1, r2] = await Promise.all([startCourse(actor, course.courseId, { retake: true }, retakeAt), startCourse(actor, course.courseId, { retake: true }, retakeAt)]);
    expect(r1.progressId).toBe(r2.progressId);
    expect(r1.cycle).toBe(2);
    expect(await explainCourseProgress(actor.id, course.courseId)).toMatchObject({ started: true, completed: false, lessonsDone: 0, lessonsRequired: 4 });

    const quiz2 = await throughToQuiz(actor, course, retakeAt);
    await submitQuiz(actor, { lessonId: quiz2.id, submissionId: randomUUID(), answers: answers(quiz2.questions) }, new Date("2026-01-12T08:00:00Z"));
    const records = await db.trainingRecord.findMany({ where: { staffId: actor.id }, orderBy: { endDate: "asc" } });
    expect(records.map((r) => r.endDate.toISOString().slice(0, 10))).toEqual(["2023-02-01", "2026-01-12"]);
    expect(new Set(records.map((r) => r.sourceKey)).size).toBe(2);
    expect(await db.enrollment.count({ where: { staffId: actor.id, courseId: course.courseId, state: "COMPLETED" } })).toBe(2);
  });

  it("a course that does not expire cannot be retaken", async () => {
    const actor = await learner();
    const course = await createCourse(db);
    const quiz = await throughToQuiz(actor, course, new Date());
    await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) });
    await expect(startCourse(actor, course.courseId, { retake: true })).rejects.toMatchObject({ code: "ALREADY_COMPLETED" });
  });
});

describe("starting", () => {
  it("a classroom course is not started online", async () => {
    const actor = await learner();
    const course = await createCourse(db, { mode: "CLASSROOM" });
    await expect(startCourse(actor, course.courseId)).rejects.toMatchObject({ code: "NOT_SELF_PACED" });
  });

  it("a retired course cannot be started, but a learner under way can finish it", async () => {
    const [a, b] = [await learner(), await learner()];
    const course = await createCourse(db);
    const quiz = await throughToQuiz(a, course, new Date());
    await db.course.update({ where: { id: course.courseId }, data: { status: "RETIRED" } });
    await expect(startCourse(b, course.courseId)).rejects.toMatchObject({ code: "COURSE_NOT_OFFERED" });
    const done = await submitQuiz(a, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) });
    expect(done.courseCompleted).toBe(true);
  });

  it("an attestation records the person's name and time", async () => {
    const actor = await learner();
    const course = await createCourse(db);
    await startCourse(actor, course.courseId);
    const attestation = (await lessonsOf(db, course.versionId)).find((l) => l.kind === "ATTESTATION")!;
    const at = new Date("2026-05-05T12:34:00Z");
    await attestLesson(actor, attestation.id, at);
    const row = await db.lessonProgress.findFirstOrThrow({ where: { lessonId: attestation.id } });
    expect(row).toMatchObject({ attestedName: actor.fullName, completedAt: at });
    await expect(completeLesson(actor, attestation.id)).rejects.toMatchObject({ code: "INVALID" });
  });
});
