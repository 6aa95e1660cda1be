import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { ensureTestSecret, setTestEnv } from "~/tests/env";

// The SCORM run-time against real PostgreSQL: launches, commits (validated, ordered, counted) and the commit route.
ensureTestSecret();
setTestEnv({ PATHWAY_DATA_DIR: mkdtempSync(path.join(tmpdir(), "pathway-scorm-runtime-")) });

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, createStaff, actorOf } = await import("~/tests/factories");
const { createScormCourse } = await import("~/tests/scorm-player");
const { startCourse } = await import("~/server/courses/player");
const { explainCourseProgress } = await import("~/server/courses/progress");
const { launchScorm, commitScorm, previewScorm, launchUrl } = await import("~/server/scorm/runtime");
const { AppError } = await import("~/server/errors");
const { POST: commitRoute } = await import("~/app/api/scorm/commit/route");

const db = testDb();
const T0 = new Date("2026-05-04T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function refusal(p: Promise<unknown>): Promise<InstanceType<typeof AppError>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

/** A learner named as the directory holds names, who started the course. */
async function learnerIn(courseId: string): Promise<Actor> {
  const staff = await createStaff(db, { fullName: `Diallo, Amina ${randomUUID().slice(0, 6)}` });
  const actor = actorOf(staff, "LEARNER");
  await startCourse(actor, courseId, {}, T0);
  return actor;
}

/** A 1.2 CMI as scorm-again renders it. */
function cmi12(core: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return { suspend_data: "", launch_data: "", comments: "", core: { lesson_location: "", lesson_status: "incomplete", exit: "", session_time: "00:00:00", score: { raw: "", min: "", max: "100" }, ...core }, ...more };
}

async function ledgerRows(staffId: string, courseId: string) {
  return db.trainingRecord.count({ where: { staffId, courseId } });
}

describe("launching a SCORM 1.2 lesson", () => {
  it("gives the SCO the employee id, the name as stored, ab-initio, the mastery score and the package's own URL", async () => {
    const course = await createScormCourse(db);
    const learner = await learnerIn(course.id);
    const lesson = course.scormLessons[0]!;
    const launch = await launchScorm(learner, lesson.id, at(1));
    expect(launch).toMatchObject({ standard: "scorm12", launchUrl: `/scorm/${course.packageId}/index.html`, seq: 0, credit: true, lessonDone: false, scormType: "sco" });
    expect(launch.launchId).toMatch(/^1\./);
    expect(launch.cmi).toMatchObject({
      core: { student_id: learner.employeeId, student_name: learner.fullName, entry: "ab-initio", credit: "credit", lesson_mode: "normal", total_time: "0000:00:00" },
      student_data: { mastery_score: "80" },
    });
    expect((await launchScorm(learner, lesson.id, at(2))).launchId).toMatch(/^2\./);
  });

  it("is refused to someone who has not started the course, and for a lesson that is not SCORM", async () => {
    const course = await createScormCourse(db);
    const stranger = await createActorWithRole(db, "LEARNER");
    expect((await refusal(launchScorm(stranger, course.scormLessons[0]!.id, T0))).code).toBe("NOT_STARTED");
    expect(await db.scormAttempt.count({ where: { lessonId: course.scormLessons[0]!.id } })).toBe(0);
  });

  it("encodes the launch file's path and keeps the item's parameters", () => {
    expect(launchUrl("pkg1", "content/My Lesson.html?part=2&x=a b")).toBe("/scorm/pkg1/content/My%20Lesson.html?part=2&x=a b");
    expect(launchUrl("pkg1", "a%20b/index.html#start")).toBe("/scorm/pkg1/a%20b/index.html#start");
  });
});

describe("committing, resuming and counting (SCORM 1.2)", () => {
  it("stores each commit, resumes after a suspend, and completes the course once on passed", async () => {
    const course = await createScormCourse(db);
    const learner = await learnerIn(course.id);
    const lessonId = course.scormLessons[0]!.id;

    // First launch: two "Next page" commits, then the page is left (suspend, 70 seconds).
    const first = await launchScorm(learner, lessonId, at(1));
    const r1 = await commitScorm(learner, lessonId, { launchId: first.launchId, seq: 1, cmi: cmi12({ lesson_location: "2" }, { suspend_data: '{"seen":[1,2]}' }) }, at(2));
    expect(r1).toMatchObject({ completedLesson: false, completedCourse: false, ignored: false, lessonDone: false });
    await commitScorm(learner, lessonId, { launchId: first.launchId, seq: 2, cmi: cmi12({ lesson_location: "3" }, { suspend_data: '{"seen":[1,2,3]}' }) }, at(3));
    await commitScorm(learner, lessonId, { launchId: first.launchId, seq: 3, cmi: cmi12({ lesson_location: "3", exit: "suspend", session_time: "0000:01:10" }, { suspend_data: '{"seen":[1,2,3]}' }) }, at(4));
    const stored = await db.scormAttempt.findFirstOrThrow({ where: { lessonId } });
    expect(stored).toMatchObject({ location: "3", suspendData: '{"seen":[1,2,3]}', completionStatus: "incomplete", totalSeconds: 70, launchSeconds: 70, lastSeq: 3, launches: 1 });

    // Second launch resumes where the learner left.
    const second = await launchScorm(learner, lessonId, at(10));
    expect(second.cmi).toMatchObject({ suspend_data: '{"seen":[1,2,3]}', core: { lesson_location: "3", entry: "resume", total_time: "0000:01:10" } });
    expect((second.cmi.core as Record<string, unknown>).exit).toBeUndefined();

    // Finish: 85/100 passed with an interaction, 30 seconds this session.
    const finish = cmi12(
      { lesson_location: "3", lesson_status: "passed", session_time: "0000:00:30", score: { raw: "85", min: "0", max: "100" } },
      { suspend_data: '{"seen":[1,2,3]}', interactions: { "0": { id: "q1", type: "choice", student_response: "b", result: "correct" } } },
    );
    const done = await commitScorm(learner, lessonId, { launchId: second.launchId, seq: 1, cmi: finish }, at(11));
    expect(done).toMatchObject({ completedLesson: true, completedCourse: true, lessonDone: true, courseDone: true, ignored: false });
    const attempt = await db.scormAttempt.findFirstOrThrow({ where: { lessonId } });
    expect(attempt).toMatchObject({ completionStatus: "passed", totalSeconds: 100, launchSeconds: 30, launches: 2, completedAt: at(11) });
    expect(attempt.scoreRaw?.toString()).toBe("85");
    expect(attempt.cmi).toMatchObject({ interactions: { "0": { id: "q1", result: "correct" } } });

    // The ledger has the one row, with the course's days, like any other course.
    const rows = await db.trainingRecord.findMany({ where: { staffId: learner.id, courseId: course.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "COMPLETED", source: "ONLINE", endDate: new Date("2026-05-04T00:00:00Z") });
    expect(rows[0]!.trainingDays.toString()).toBe(course.trainingDays.toString());

    // Repeated commits (the SCO's LMSFinish, a beacon on leaving) change nothing in the ledger.
    const again = await commitScorm(learner, lessonId, { launchId: second.launchId, seq: 2, cmi: finish }, at(12));
    expect(again).toMatchObject({ completedLesson: false, completedCourse: false, lessonDone: true, courseDone: true });
    expect(await ledgerRows(learner.id, course.id)).toBe(1);

    // The score shows beside quiz scores in "Why not complete?".
    const explained = await explainCourseProgress(learner.id, course.id);
    expect(explained.scormScores).toEqual([{ position: 1, title: course.scormLessons[0]!.title, percent: 85, raw: 85, max: 100 }]);
  });

  it("passes or fails by the mastery score when the SCO reports a raw score", async () => {
    const course = await createScormCourse(db);
    const learner = await learnerIn(course.id);
    const lessonId = course.scormLessons[0]!.id;
    const launch = await launchScorm(learner, lessonId, at(1));
    const result = await commitScorm(learner, lessonId, { launchId: launch.launchId, seq: 1, cmi: cmi12({ lesson_status: "passed", score: { raw: "60", min: "0", max: "100" } }) }, at(2));
    expect(result).toMatchObject({ completedLesson: false, lessonDone: false });
    const attempt = await db.scormAttempt.findFirstOrThrow({ where: { lessonId } });
    expect(attempt.completionStatus).toBe("failed");
    // the SCO reads the LMS's decision on its next launch
    expect((await launchScorm(learner, lessonId, at(3))).cmi).toMatchObject({ core: { lesson_status: "failed", score: { raw: "60" } } });
    expect(await ledgerRows(learner.id, course.id)).toBe(0);
  });

  it("refuses an invalid value with the element's name and stores nothing", async () => {
    const course = await createScormCourse(db);
    const learner = await learnerIn(course.id);
    const lessonId = course.scormLessons[0]!.id;
    const launch = await launchScorm(learner, lessonId, at(1));
    await commitScorm(learner, lessonId, { launchId: launch.launchId, seq: 1, cmi: cmi12({ lesson_location: "2" }) }, at(2));

    const tooLong = await refusal(commitScorm(learner, lessonId, { launchId: launch.launchId, seq: 2, cmi: cmi12({ lesson_location: "3" }, { suspend_data: "x".repeat(4097) }) }, at(3)));
    expect(tooLong.code).toBe("INVALID");
    expect(tooLong.message).toBe("The package sent more than 4096 characters for cmi.suspend_data. Nothing was saved.");
    const badStatus = await refusal(commitScorm(learner, lessonId, { launchId: launch.launchId, seq: 2, cmi: cmi12({ lesson_status: "done" }) }, at(3)));
    expect(badStatus.message).toContain("cmi.core.lesson_status");

    const attempt = await db.scormAttempt.findFirstOrThrow({ where: { lessonId } });
    expect(attempt).toMatchObject({ location: "2", lastSeq: 1, suspendData: null });
  });

  it("ignores late commits: an older sequence number, and an older launch once a newer one committed", async () => {
    const course = await createScormCourse(db);
    const learner = await learnerIn(course.id);
    const lessonId = course.scormLessons[0]!.id;
    const a = await launchScorm(learner, lessonId, at(1));
    await commitScorm(learner, lessonId, { launchId: a.launchId, seq: 2, cmi: cmi12({ lesson_location: "2", session_time: "0000:00:40" }) }, at(2));
    expect((await commitScorm(learner, lessonId, { launchId: a.launchId, seq: 1, cmi: cmi12({ lesson_location: "1" }) }, at(3))).ignored).toBe(true);
    expect((await db.scormAttempt.findFirstOrThrow({ where: { lessonId } })).location).toBe("2");

    // The page is reloaded: the new launch starts before the old page's last beacon arrives. That beacon still counts…
    const b = await launchScorm(learner, lessonId, at(4));
    expect((await commitScorm(learner, lessonId, { launchId: a.launchId, seq: 3, cmi: cmi12({ lesson_location: "3", exit: "suspend", session_time: "0000:00:50" }) }, at(4))).ignored).toBe(false);
    // …until the new launch commits: its first commit keeps the old launch's 50 seconds in the total.
    await commitScorm(learner, lessonId, { launchId: b.launchId, seq: 1, cmi: cmi12({ lesson_location: "3", session_time: "0000:00:05" }) }, at(5));
    expect((await commitScorm(learner, lessonId, { launchId: a.launchId, seq: 4, cmi: cmi12({ lesson_location: "1" }) }, at(6))).ignored).toBe(true);
    expect(await db.scormAttempt.findFirstOrThrow({ where: { lessonId } })).toMatchObject({ location: "3", totalSeconds: 55, launchSeconds: 5, launchId: b.launchId });

    // A launch id that was never handed out is refused.
    expect((await refusal(commitScorm(learner, lessonId, { launchId: `9.${randomUUID()}`, seq: 1, cmi: cmi12({}) }, at(7)))).code).toBe("CONFLICT");
  });
});

describe("SCORM 2004, two SCOs", () => {
  it("completes the course when both SCOs report completed, the second passed by the scaled passing score", async () => {
    const course = await createScormCourse(db, { fixture: "scorm2004-multi" });
    const learner = await learnerIn(course.id);
    const [part1, part2] = course.scormLessons;

    const l1 = await launchScorm(learner, part1!.id, at(1));
    expect(l1).toMatchObject({ standard: "scorm2004", launchUrl: `/scorm/${course.packageId}/sco1.html` });
    expect(l1.cmi).toMatchObject({ learner_id: learner.employeeId, learner_name: learner.fullName, entry: "ab_initio", credit: "credit", mode: "normal" });
    const r1 = await commitScorm(learner, part1!.id, { launchId: l1.launchId, seq: 1, cmi: { completion_status: "completed", success_status: "unknown", location: "end", exit: "suspend", session_time: "PT20S" } }, at(2));
    expect(r1).toMatchObject({ completedLesson: true, completedCourse: false });

    const l2 = await launchScorm(learner, part2!.id, at(3));
    expect(l2.launchUrl).toBe(`/scorm/${course.packageId}/sco2.html?part=2`);
    expect(l2.cmi).toMatchObject({ scaled_passing_score: "0.8" });
    // 0.7 is below the passing score: failed, whatever the SCO says
    const low = await commitScorm(learner, part2!.id, { launchId: l2.launchId, seq: 1, cmi: { completion_status: "completed", success_status: "passed", score: { scaled: "0.7", raw: "7", min: "0", max: "10" } } }, at(4));
    expect(low).toMatchObject({ completedLesson: false, lessonDone: false });
    expect((await db.scormAttempt.findFirstOrThrow({ where: { lessonId: part2!.id } })).successStatus).toBe("failed");

    const pass = await commitScorm(
      learner,
      part2!.id,
      {
        launchId: l2.launchId,
        seq: 2,
        cmi: {
          completion_status: "completed",
          success_status: "passed",
          score: { scaled: "0.9", raw: "9", min: "0", max: "10" },
          session_time: "PT1M5.5S",
          objectives: { "0": { id: "obj-check", success_status: "passed", completion_status: "completed" } },
          interactions: { "0": { id: "q1", type: "choice", learner_response: "b", result: "correct" } },
        },
      },
      at(5),
    );
    expect(pass).toMatchObject({ completedLesson: true, completedCourse: true });
    const attempt = await db.scormAttempt.findFirstOrThrow({ where: { lessonId: part2!.id } });
    expect(attempt).toMatchObject({ completionStatus: "completed", successStatus: "passed", totalSeconds: 66 });
    expect(attempt.scoreScaled?.toString()).toBe("0.9");
    expect(await ledgerRows(learner.id, course.id)).toBe(1);

    // A later launch of Part 1 resumes at its location.
    expect((await launchScorm(learner, part1!.id, at(6))).cmi).toMatchObject({ location: "end", entry: "resume" });
  });

  it("refuses 2004 values outside the standard", async () => {
    const course = await createScormCourse(db, { fixture: "scorm2004-multi" });
    const learner = await learnerIn(course.id);
    const lesson = course.scormLessons[0]!;
    const launch = await launchScorm(learner, lesson.id, at(1));
    const e = await refusal(commitScorm(learner, lesson.id, { launchId: launch.launchId, seq: 1, cmi: { score: { scaled: "2" } } }, at(2)));
    expect(e.message).toBe("The package sent a number for cmi.score.scaled outside the range the SCORM standard allows. Nothing was saved.");
    expect((await refusal(commitScorm(learner, lesson.id, { launchId: launch.launchId, seq: 1, cmi: { session_time: "00:01:00" } }, at(2)))).message).toContain("cmi.session_time");
  });
});

describe("asset items and preview", () => {
  it("an asset is done when launched", async () => {
    const course = await createScormCourse(db, { manifest: (m) => ({ ...m, items: m.items.map((i) => ({ ...i, scormType: "asset" as const })) }) });
    const learner = await learnerIn(course.id);
    const launch = await launchScorm(learner, course.scormLessons[0]!.id, at(1));
    expect(launch).toMatchObject({ scormType: "asset", lessonDone: true, courseDone: true });
    expect(await ledgerRows(learner.id, course.id)).toBe(1);
    await launchScorm(learner, course.scormLessons[0]!.id, at(2));
    expect(await ledgerRows(learner.id, course.id)).toBe(1);
  });

  it("preview plays in browse mode without credit and stores nothing", async () => {
    const course = await createScormCourse(db);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const launch = await previewScorm(admin, course.scormLessons[0]!.id);
    expect(launch).toMatchObject({ credit: false, cmi: { core: { credit: "no-credit", lesson_mode: "browse", entry: "ab-initio" } } });
    expect(await db.scormAttempt.count({ where: { lessonId: course.scormLessons[0]!.id } })).toBe(0);
  });
});

describe("the commit route", () => {
  function post(body: string, headers: Record<string, string> = {}) {
    return commitRoute(new Request("http://localhost:3000/api/scorm/commit", { method: "POST", body, headers: { host: "localhost:3000", "content-type": "text/plain;charset=UTF-8", ...headers } }));
  }

  it("accepts a beacon's text body, refuses another site, a body too large and a malformed one", async () => {
    const course = await createScormCourse(db);
    const learner = await learnerIn(course.id);
    const lessonId = course.scormLessons[0]!.id;
    const launch = await launchScorm(learner, lessonId, at(1));
    session.actor = learner;
    const body = (seq: number, c: unknown) => JSON.stringify({ lessonId, launchId: launch.launchId, seq, cmi: c });

    const ok = await post(body(1, cmi12({ lesson_location: "2" })));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ completedLesson: false, ignored: false });

    expect((await post(body(2, cmi12({ lesson_location: "3" })), { origin: "https://evil.example.org" })).status).toBe(403);
    const big = await post(body(2, cmi12({}, { comments: "x".repeat(300 * 1024) })));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe("The lesson's progress report is larger than the limit of 256 KB.");
    expect((await post("{not json")).status).toBe(400);
    const invalid = await post(body(2, cmi12({ lesson_status: "finished" })), { cookie: "NEXT_LOCALE=fr" });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { message: string } }).error.message).toContain("la norme SCORM");

    expect((await db.scormAttempt.findFirstOrThrow({ where: { lessonId } })).location).toBe("2");
    session.actor = null;
    expect((await post(body(3, cmi12({})))).status).toBe(401);
  });
});
