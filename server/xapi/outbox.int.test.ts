// Learning events write their xAPI statements in their own transaction, once, when xAPI is configured: starting a
// course, failing and passing its quiz, completing it, attending a session. (Delivery: delivery.int.test.ts.)
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/db";
import { setTestEnv } from "~/tests/env";
import { answers, createActorWithRole, createCourse, createEnrolment, createSession, createStaff, lessonsOf } from "~/tests/factories";
import type { Actor } from "~/server/auth/roles";
import { attestLesson, completeLesson, startCourse, submitQuiz } from "~/server/courses/player";
import { markAttendance } from "~/server/enrolment/attendance";
import type { XapiStatementJson } from "~/server/xapi/statements";

const db = testDb();
const HOME = "https://learn.example.org";

beforeAll(() => {
  // The domain code reads the settings through env(), like the app: set before anything reads them.
  setTestEnv({ XAPI_ENDPOINT: "http://127.0.0.1:9/xapi/", XAPI_USERNAME: "pathway", XAPI_PASSWORD: "secret-for-tests", APP_URL: HOME });
});

async function learner(): Promise<Actor> {
  const s = await createStaff(db);
  return { id: s.id, employeeId: s.employeeId, email: s.email, fullName: s.fullName, locale: "en", roles: ["LEARNER"] };
}

const statementsOf = async (employeeId: string) =>
  (await db.xapiStatement.findMany({ orderBy: [{ createdAt: "asc" }, { sourceKey: "asc" }] }))
    .map((r) => ({ ...r, json: r.statement as unknown as XapiStatementJson }))
    .filter((r) => r.json.actor.account.name === employeeId);

describe("statements written by learning events", () => {
  it("a course started, a quiz failed then passed, the course completed: one statement each, in the cycle's registration", async () => {
    const actor = await learner();
    const course = await createCourse(db, { title: "Anti-fraud awareness" });
    const t = new Date("2026-03-02T09:00:00Z");
    const started = await startCourse(actor, course.id, {}, t);
    // Resuming the course launches nothing new.
    await startCourse(actor, course.id, {}, new Date("2026-03-02T10:00:00Z"));
    const lessons = await lessonsOf(db, course.versionId);
    for (const l of lessons) {
      if (l.kind === "READING") await completeLesson(actor, l.id, t);
      if (l.kind === "ATTESTATION") await attestLesson(actor, l.id, t);
    }
    const quiz = lessons.find((l) => l.kind === "QUIZ")!;
    await submitQuiz(actor, { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 2) }, new Date("2026-03-03T09:00:00Z"));
    const passed = { lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions) };
    await submitQuiz(actor, passed, new Date("2026-03-03T09:20:00Z"));
    await submitQuiz(actor, passed, new Date("2026-03-03T09:21:00Z")); // a double click: nothing new

    const rows = await statementsOf(actor.employeeId);
    expect(rows.map((r) => r.verb).sort()).toEqual(["completed", "failed", "launched", "passed"]);
    expect(rows.find((r) => r.verb === "launched")!.sourceKey).toBe(`launched:${started.progressId}`);
    expect(rows.every((r) => r.status === "WAITING" && r.attempts === 0)).toBe(true);
    expect(new Set(rows.map((r) => r.json.context.registration)).size).toBe(1);
    for (const r of rows) {
      expect(r.id).toBe(r.json.id);
      expect(r.json.actor).toEqual({ objectType: "Agent", account: { homePage: HOME, name: actor.employeeId } });
      expect(JSON.stringify(r.json)).not.toContain(actor.email);
    }
    const pass = rows.find((r) => r.verb === "passed")!.json;
    expect(pass.object.id).toBe(`${HOME}/courses/${course.code}/lessons/${quiz.id}`);
    expect(pass.result).toMatchObject({ success: true, score: { raw: 5, max: 5, scaled: 1 } });
    expect(pass.timestamp).toBe("2026-03-03T09:20:00.000Z");
    const completed = rows.find((r) => r.verb === "completed")!.json;
    expect(completed.object).toMatchObject({ id: `${HOME}/courses/${course.code}`, definition: { name: { "en-US": "Anti-fraud awareness" } } });
  });

  it("a session attended makes one statement with the time attended; a no-show makes none", async () => {
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const session = await createSession(db, { asOf: new Date("2026-03-01T00:00:00Z") });
    const [present, absent] = [await createStaff(db), await createStaff(db)];
    const enrolments = await Promise.all([present, absent].map((s) => createEnrolment(db, { staffId: s.id, courseId: session.courseId, sessionId: session.id })));
    const after = new Date("2026-03-20T00:00:00Z");
    const marks = (mark: "ATTENDED" | "NO_SHOW", e: { id: string }) => session.days.map((d) => ({ enrollmentId: e.id, dayId: d.id, mark }));
    await markAttendance(admin, { sessionId: session.id, marks: [...marks("ATTENDED", enrolments[0]!), ...marks("NO_SHOW", enrolments[1]!)] }, after);
    // Marking again (a correction) revises the ledger row, and sends nothing twice.
    await markAttendance(admin, { sessionId: session.id, marks: marks("ATTENDED", enrolments[0]!), note: "Checked" }, after);

    const rows = await statementsOf(present.employeeId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sourceKey).toBe(`attended:${enrolments[0]!.id}`);
    expect(rows[0]!.json.object.id).toBe(`${HOME}/sessions/${session.id}`);
    expect(rows[0]!.json.result).toEqual({ completion: true, duration: "PT7H" });
    expect(rows[0]!.json.timestamp).toBe(session.days.at(-1)!.endsAt.toISOString());
    expect(await statementsOf(absent.employeeId)).toEqual([]);
  });
});
