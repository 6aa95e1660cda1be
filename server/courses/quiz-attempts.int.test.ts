import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { createCaller } from "~/server/api/root";
import { testDb } from "~/tests/db";
import { createActorWithRole, createStaff, answers, createCourse, lessonsOf, question } from "~/tests/factories";
import { attestLesson, completeLesson, getPlayerLesson, startCourse } from "~/server/courses/player";
import { startQuizAttempt, submitQuiz } from "~/server/courses/quiz-attempts";
import { grantAttempt, listQuizLearners } from "~/server/courses/attempt-grants";

const db = testDb();
const H = 3_600_000;

async function learner(): Promise<Actor> {
  const s = await createStaff(db);
  return { id: s.id, employeeId: s.employeeId, email: s.email, fullName: s.fullName, locale: "en", roles: ["LEARNER"] };
}

type Course = Awaited<ReturnType<typeof createCourse>>;

/** Starts the course and does every lesson but the quiz; returns the quiz lesson (all its questions) and its position. */
async function throughToQuiz(actor: Actor, course: Course, at: Date) {
  await startCourse(actor, course.courseId, {}, at);
  const lessons = await lessonsOf(db, course.versionId);
  for (const l of lessons) {
    if (l.kind === "READING") await completeLesson(actor, l.id, at);
    if (l.kind === "ATTESTATION") await attestLesson(actor, l.id, at);
  }
  const quiz = lessons.find((l) => l.kind === "QUIZ")!;
  return { ...quiz, questions: quiz.questions };
}

/** The questions an open attempt shows, from the player's payload, with their correct flags looked up for the test. */
async function shown(actor: Actor, course: Course, quiz: { position: number; questions: Awaited<ReturnType<typeof lessonsOf>>[number]["questions"] }, asOf?: Date) {
  const page = await getPlayerLesson(actor, course.code, quiz.position, asOf);
  return page!.quiz!.questions.map((q) => quiz.questions.find((p) => p.id === q.id)!);
}

const pool = Array.from({ length: 12 }, (_, i) => question(`Pool question ${i + 1}`, i % 3 === 1 ? "MULTIPLE" : "SINGLE"));

describe("question pools", () => {
  it("an attempt draws 5 of 12 questions; a reload shows the same attempt; grading takes exactly what was shown", async () => {
    const actor = await learner();
    const course = await createCourse(db, { questions: pool, drawCount: 5, shuffle: true });
    const quiz = await throughToQuiz(actor, course, new Date());
    expect((await getPlayerLesson(actor, course.code, quiz.position))!.quiz).toMatchObject({ state: "ready", questionCount: 5, poolSize: 12, questions: [] });

    await startQuizAttempt(actor, quiz.id);
    const first = await getPlayerLesson(actor, course.code, quiz.position);
    const again = await getPlayerLesson(actor, course.code, quiz.position);
    expect(first!.quiz!.questions).toHaveLength(5);
    expect(again!.quiz!.questions).toEqual(first!.quiz!.questions);
    // Starting again (a second tab) returns the open attempt instead of drawing another.
    expect(await startQuizAttempt(actor, quiz.id)).toEqual({ number: 1, created: false });
    const stored = await db.quizAttempt.findFirstOrThrow({ where: { lessonId: quiz.id, progress: { staffId: actor.id } } });
    expect(stored.questionIds).toEqual(first!.quiz!.questions.map((q) => q.id));
    expect(stored.optionIds).toEqual(first!.quiz!.questions.flatMap((q) => q.options.map((o) => o.id)));

    // Answering the whole pool is not answering the attempt.
    await expect(submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) })).rejects.toMatchObject({ code: "INVALID" });
    const result = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(await shown(actor, course, quiz)) });
    expect(result.attempt).toMatchObject({ passed: true, questionCount: 5, correctCount: 5 });
    // The review shows what the learner saw, in the order they saw it.
    expect(result.questions.map((q) => q.id)).toEqual(stored.questionIds);
    expect(result.questions.flatMap((q) => q.review!.options.map((o) => o.id))).toEqual(stored.optionIds);
  });
});

describe("attempts and the waiting time", () => {
  it("3 attempts, then 24 hours from the last one, then 3 more — with a fixed clock", async () => {
    const actor = await learner();
    const course = await createCourse(db, { quizRules: { attempts: 3, waitHours: 24, lessonsBeforeQuiz: false } });
    const t0 = new Date("2026-03-02T09:00:00Z");
    const quiz = await throughToQuiz(actor, course, t0);
    const fail = (at: Date) => submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 1) }, at);
    expect((await fail(t0)).attemptsLeft).toBe(2);
    expect((await fail(new Date(t0.getTime() + H))).attemptsLeft).toBe(1);
    const third = await fail(new Date(t0.getTime() + 2 * H));
    const opensAt = new Date(t0.getTime() + 26 * H);
    expect(third).toMatchObject({ attemptsLeft: 0, opensAt });

    const before = new Date(opensAt.getTime() - 60_000);
    await expect(startQuizAttempt(actor, quiz.id, before)).rejects.toMatchObject({
      code: "NO_ATTEMPTS_LEFT",
      userMessage: expect.stringMatching(/^You have used your 3 attempts\. The quiz opens again on 3 March 2026 at 11:00.* \(UTC\)\.$/),
    });
    await expect(fail(before)).rejects.toMatchObject({ code: "NO_ATTEMPTS_LEFT" });
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id } })).toBe(3);
    expect((await getPlayerLesson(actor, course.code, quiz.position, before))!.quiz).toMatchObject({ state: "waiting", opensAt, attemptsLeft: 0 });

    expect((await getPlayerLesson(actor, course.code, quiz.position, opensAt))!.quiz).toMatchObject({ state: "ready", attemptsLeft: 3, attemptNumber: 4 });
    expect(await startQuizAttempt(actor, quiz.id, opensAt)).toEqual({ number: 4, created: true });
  });

  it("a new completion cycle (recertification) starts the attempts afresh", async () => {
    const actor = await learner();
    const course = await createCourse(db, { validityMonths: 36, quizRules: { attempts: 2, waitHours: null, lessonsBeforeQuiz: false } });
    const quiz = await throughToQuiz(actor, course, new Date("2023-01-10T08:00:00Z"));
    await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 0) }, new Date("2023-01-10T09:00:00Z"));
    await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) }, new Date("2023-01-10T10:00:00Z"));
    await startCourse(actor, course.courseId, { retake: true }, new Date("2025-12-01T08:00:00Z"));
    const page = await getPlayerLesson(actor, course.code, quiz.position, new Date("2025-12-01T09:00:00Z"));
    expect(page!.progress.cycle).toBe(2);
    expect(page!.quiz).toMatchObject({ state: "ready", attemptsLeft: 2, attempts: [] });
  });
});

describe("L&D grants an attempt", () => {
  it("a learner with no attempt left gets one more, recorded with who, when and why", async () => {
    const actor = await learner();
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const course = await createCourse(db, { quizRules: { attempts: 2, waitHours: null, lessonsBeforeQuiz: false } });
    const t0 = new Date("2026-05-04T08:00:00Z");
    const quiz = await throughToQuiz(actor, course, t0);
    for (const h of [1, 2]) await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 0) }, new Date(t0.getTime() + h * H));
    const later = new Date(t0.getTime() + 100 * H);
    await expect(startQuizAttempt(actor, quiz.id, later)).rejects.toMatchObject({ code: "NO_ATTEMPTS_LEFT", userMessage: expect.stringMatching(/You have used all 2 attempts/) });
    expect((await getPlayerLesson(actor, course.code, quiz.position, later))!.quiz!.state).toBe("closed");

    const listed = await listQuizLearners(course.courseId, later);
    const row = listed!.rows.find((r) => r.staff.id === actor.id)!;
    expect(row).toMatchObject({ attempts: 2, bestScore: 0, window: { state: "closed" } });

    const grantAt = new Date(later.getTime() + H);
    await grantAttempt(admin, { progressId: row.progressId, lessonId: quiz.id, reason: "Connection lost during attempt 2" }, grantAt);
    const grant = await db.quizAttemptGrant.findFirstOrThrow({ where: { progressId: row.progressId } });
    expect(grant).toMatchObject({ grantedById: admin.id, grantedAt: grantAt, reason: "Connection lost during attempt 2", lessonId: quiz.id });
    const trail = await db.auditEntry.findFirstOrThrow({ where: { action: "quiz.grantAttempt", entityId: row.progressId } });
    expect(trail).toMatchObject({ actorId: admin.id, reason: "Connection lost during attempt 2" });

    // One attempt, once: a second grant while it is unused is refused.
    await expect(grantAttempt(admin, { progressId: row.progressId, lessonId: quiz.id, reason: "Again" }, grantAt)).rejects.toMatchObject({ code: "CONFLICT" });
    const third = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) }, new Date(grantAt.getTime() + H));
    expect(third.attempt).toMatchObject({ number: 3, passed: true });
  });

  it("a learner cannot grant themselves an attempt (tRPC)", async () => {
    const actor = await learner();
    const caller = createCaller({ actor } as never);
    await expect(caller.courseAuthoring.grantAttempt({ progressId: "x", lessonId: "y", reason: "Please" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("lessons before the quiz", () => {
  it("the quiz stays locked, with the reason, until every earlier required lesson is done; the server refuses a submission", async () => {
    const actor = await learner();
    const course = await createCourse(db, { quizRules: { attempts: null, waitHours: null, lessonsBeforeQuiz: true } });
    await startCourse(actor, course.courseId);
    const lessons = await lessonsOf(db, course.versionId);
    const quiz = lessons.find((l) => l.kind === "QUIZ")!;
    await completeLesson(actor, lessons[0]!.id);

    const page = await getPlayerLesson(actor, course.code, quiz.position);
    expect(page!.quiz).toMatchObject({ state: "locked", missingLessons: [{ position: 2, title: "How to act" }, { position: 3, title: "Your commitment" }], questions: [] });
    await expect(startQuizAttempt(actor, quiz.id)).rejects.toMatchObject({
      code: "QUIZ_LOCKED",
      userMessage: "The quiz opens once the lessons before it are done: 2 lessons are still to do, starting with lesson 2, “How to act”.",
    });
    await expect(submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) })).rejects.toMatchObject({ code: "QUIZ_LOCKED" });
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id } })).toBe(0);

    await completeLesson(actor, lessons[1]!.id);
    await attestLesson(actor, lessons[2]!.id);
    expect((await getPlayerLesson(actor, course.code, quiz.position))!.quiz!.state).toBe("ready");
    const done = await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) });
    expect(done).toMatchObject({ courseCompleted: true, attempt: { passed: true } });
  });
});

describe("what reaches the browser before and after a pass", () => {
  it("no correct answer or explanation in the player payload or the tRPC output until the quiz is passed", async () => {
    const actor = await learner();
    const course = await createCourse(db, { questions: pool, drawCount: 5, shuffle: true });
    const quiz = await throughToQuiz(actor, course, new Date());
    const caller = createCaller({ actor } as never);
    const leak = /"correct":(true|false),"chosen"|Because of Pool|"explanation"|"review":\{/;

    await caller.courses.startQuiz({ lessonId: quiz.id });
    const open = await getPlayerLesson(actor, course.code, quiz.position);
    expect(JSON.stringify(open)).not.toMatch(leak);
    for (const q of open!.quiz!.questions) for (const o of q.options) expect(Object.keys(o).sort()).toEqual(["id", "text"]);

    const attempt = await shown(actor, course, quiz);
    const failed = await caller.courses.submitQuiz({ lessonId: quiz.id, submissionId: randomUUID(), answers: answers(attempt, 2) });
    expect(failed.attempt.passed).toBe(false);
    expect(JSON.stringify(failed)).not.toMatch(leak);
    // Which were wrong, by the question's wording.
    expect(failed.questions.filter((q) => !q.correct).map((q) => q.prompt)).toEqual(attempt.slice(2).map((q) => pool[quiz.questions.indexOf(q)]!.prompt));
    expect(JSON.stringify(await getPlayerLesson(actor, course.code, quiz.position))).not.toMatch(leak);

    await caller.courses.startQuiz({ lessonId: quiz.id });
    const passed = await caller.courses.submitQuiz({ lessonId: quiz.id, submissionId: randomUUID(), answers: answers(await shown(actor, course, quiz)) });
    expect(passed.attempt.passed).toBe(true);
    for (const q of passed.questions) {
      expect(q.review!.explanation).toBe(`Because of ${q.prompt}.`);
      expect(q.review!.options.some((o) => o.correct)).toBe(true);
    }
    // The player shows the passed attempt's review after a reload; the failed one stays without answers.
    const after = await getPlayerLesson(actor, course.code, quiz.position);
    expect(after!.quiz!.state).toBe("passed");
    expect(after!.quiz!.passedResult!.questions[0]!.review!.explanation).toMatch(/^Because of Pool question/);
  });
});
