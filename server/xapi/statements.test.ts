import { describe, expect, it } from "vitest";
import { buildStatements, isoDuration, scormVerbs, statementIdOf, titleMap, uuidV5, validScore, type StatementFacts } from "~/server/xapi/statements";
import type { XapiEvent } from "~/server/xapi/events";

const HOME = "https://pathway.example.org";
const AT = new Date("2026-03-05T16:00:00Z");
const facts: StatementFacts = {
  homePage: HOME,
  employeeId: "E12345",
  course: { code: "BSAFE", name: { "en-US": "BSAFE", fr: "BSAFE (français)" } },
  lesson: { name: { "en-US": "Check your understanding" } },
  language: "fr",
};
const base = { staffId: "s1", courseId: "c1", progressId: "p1", at: AT };

describe("name-based ids", () => {
  it("computes RFC 9562 version-5 UUIDs (the DNS namespace's published example)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("gives the same event the same statement id, and another event or installation another", () => {
    const id = statementIdOf(HOME, "completed:p1");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statementIdOf(HOME, "completed:p1")).toBe(id);
    expect(statementIdOf(HOME, "completed:p2")).not.toBe(id);
    expect(statementIdOf("https://staging.example.org", "completed:p1")).not.toBe(id);
  });
});

describe("durations", () => {
  it.each([
    [3900, "PT1H5M"],
    [0, "PT0S"],
    [65.5, "PT1M5.5S"],
    [7200, "PT2H"],
    [59.999, "PT1M"],
    [90_000, "PT25H"],
    [0.123, "PT0.12S"],
  ])("%s seconds is %s", (seconds, iso) => {
    expect(isoDuration(seconds)).toBe(iso);
  });
});

describe("statements", () => {
  it("a course launched: the person by account (employee id), never an e-mail or a name; the course under the app's address", () => {
    const [s] = buildStatements({ kind: "launched", ...base }, facts);
    expect(s!.sourceKey).toBe("launched:p1");
    expect(s!.statement).toEqual({
      id: statementIdOf(HOME, "launched:p1"),
      actor: { objectType: "Agent", account: { homePage: HOME, name: "E12345" } },
      verb: { id: "http://adlnet.gov/expapi/verbs/launched", display: { "en-US": "launched", fr: "a lancé", "zh-CN": "启动了" } },
      object: { objectType: "Activity", id: `${HOME}/courses/BSAFE`, definition: { type: "http://adlnet.gov/expapi/activities/course", name: facts.course.name } },
      context: { registration: expect.any(String), platform: "Pathway", language: "fr" },
      timestamp: "2026-03-05T16:00:00.000Z",
    });
    expect(JSON.stringify(s!.statement)).not.toMatch(/mbox|@/);
  });

  it("launched and completed in the same cycle share one registration; another cycle has another", () => {
    const [launched] = buildStatements({ kind: "launched", ...base }, facts);
    const [completed] = buildStatements({ kind: "completed", ...base }, facts);
    const [next] = buildStatements({ kind: "launched", ...base, progressId: "p2" }, facts);
    expect(completed!.statement.context.registration).toBe(launched!.statement.context.registration);
    expect(next!.statement.context.registration).not.toBe(launched!.statement.context.registration);
    expect(completed!.statement.result).toEqual({ completion: true });
    expect(completed!.verb).toBe("completed");
  });

  it("a quiz attempt is passed or failed on the lesson, with the score, the time taken and the course as parent", () => {
    const quiz = (passed: boolean, correctCount: number): XapiEvent => ({ kind: "quiz", ...base, lessonId: "l9", attemptId: "a1", passed, correctCount, questionCount: 5 });
    const [passed] = buildStatements(quiz(true, 4), { ...facts, durationSeconds: 312 });
    expect(passed!.verb).toBe("passed");
    expect(passed!.statement.object).toMatchObject({ id: `${HOME}/courses/BSAFE/lessons/l9`, definition: { type: "http://adlnet.gov/expapi/activities/lesson" } });
    expect(passed!.statement.result).toEqual({ success: true, completion: true, score: { raw: 4, min: 0, max: 5, scaled: 0.8 }, duration: "PT5M12S" });
    expect(passed!.statement.context.contextActivities!.parent[0]!.id).toBe(`${HOME}/courses/BSAFE`);
    const [failed] = buildStatements(quiz(false, 2), facts);
    expect(failed!.verb).toBe("failed");
    expect(failed!.statement.verb.id).toBe("http://adlnet.gov/expapi/verbs/failed");
    expect(failed!.statement.result).toMatchObject({ success: false, score: { scaled: 0.4 } });
    expect(failed!.statement.result!.duration).toBeUndefined();
  });

  it("a session attended is a meeting under /sessions with its duration and the course as parent", () => {
    const [s] = buildStatements({ kind: "attended", staffId: "s1", courseId: "c1", sessionId: "sess1", enrollmentId: "e1", durationSeconds: 7 * 3600, at: AT }, facts);
    expect(s!.sourceKey).toBe("attended:e1");
    expect(s!.statement.object).toMatchObject({ id: `${HOME}/sessions/sess1`, definition: { type: "http://adlnet.gov/expapi/activities/meeting" } });
    expect(s!.statement.result).toEqual({ completion: true, duration: "PT7H" });
    expect(s!.statement.context.contextActivities!.parent[0]!.id).toBe(`${HOME}/courses/BSAFE`);
  });

  it("a SCORM result makes one statement per reported status, each keyed by attempt and status", () => {
    const scorm = (completion: string | null, success: string | null): XapiEvent => ({
      kind: "scorm", ...base, lessonId: "l1", attemptId: "sa1", completion, success, score: { raw: 85, min: 0, max: 100, scaled: 0.85 }, durationSeconds: 600,
    });
    const both = buildStatements(scorm("completed", "passed"), facts);
    expect(both.map((b) => b.sourceKey)).toEqual(["scorm:sa1:completed", "scorm:sa1:passed"]);
    expect(new Set(both.map((b) => b.statement.id)).size).toBe(2);
    expect(both[1]!.statement.result).toEqual({ score: { raw: 85, min: 0, max: 100, scaled: 0.85 }, success: true, completion: true, duration: "PT10M" });
    expect(buildStatements(scorm("incomplete", "unknown"), facts)).toEqual([]);
    const [failed] = buildStatements(scorm("incomplete", "failed"), facts);
    expect(failed!.verb).toBe("failed");
    expect(failed!.statement.result).toMatchObject({ success: false, completion: false });
  });

  it("SCORM statuses: only completed, passed and failed are reported", () => {
    expect(scormVerbs("completed", null)).toEqual(["completed"]);
    expect(scormVerbs(null, "passed")).toEqual(["passed"]);
    expect(scormVerbs("not attempted", "unknown")).toEqual([]);
    expect(scormVerbs("browsed", null)).toEqual([]);
  });
});

describe("scores the LRS accepts", () => {
  it("keeps the parts that fit and drops the rest", () => {
    expect(validScore({ raw: 5, min: 0, max: 10, scaled: 0.5 })).toEqual({ raw: 5, min: 0, max: 10, scaled: 0.5 });
    expect(validScore({ raw: 150, min: 0, max: 100, scaled: 1.5 })).toEqual({ min: 0, max: 100 });
    expect(validScore({ raw: 5, min: 10, max: 0, scaled: null })).toEqual({ raw: 5 });
    expect(validScore({ raw: null, min: null, max: null, scaled: Number.NaN })).toBeNull();
    expect(validScore({ raw: null, min: null, max: null, scaled: 2 / 3 })).toEqual({ scaled: 0.6667 });
  });
});

describe("titles as language maps", () => {
  it("names the course in each of its languages that has a title, tagged as xAPI expects", () => {
    expect(titleMap({ title: "Fraud", baseLocale: "en" }, { fr: { title: "Fraude" }, zh: { title: "欺诈" } }, ["en", "fr", "zh"])).toEqual({ "en-US": "Fraud", fr: "Fraude", "zh-CN": "欺诈" });
    expect(titleMap({ title: "Fraude", baseLocale: "fr" }, {}, ["fr", "en"])).toEqual({ fr: "Fraude" });
  });
});
