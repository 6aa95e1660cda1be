import { describe, expect, it } from "vitest";
import { assessCmi, durationSeconds, formatDuration, formatTimespan, restoreCmi, scorePercent, timespanSeconds, validateCmi, type CmiValues, type ScormItemRules } from "~/lib/scorm/cmi";

const NO_RULES: ScormItemRules = { masteryScore: null, scaledPassingScore: null, completionThreshold: null };

function refused(standard: "scorm12" | "scorm2004", cmi: unknown) {
  const result = validateCmi(standard, cmi);
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

function valid(standard: "scorm12" | "scorm2004", cmi: unknown): CmiValues {
  const result = validateCmi(standard, cmi);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.cmi;
}

// What scorm-again 3.4 renders for a 1.2 SCO that finished (renderCMIToJSONObject().cmi).
const FINISHED_12 = {
  suspend_data: '{"seen":[1,2,3]}',
  launch_data: "",
  comments: "",
  comments_from_lms: "",
  core: {
    student_id: "FORGED", student_name: "Someone, Else", lesson_location: "3", credit: "credit", lesson_status: "passed", entry: "",
    lesson_mode: "normal", exit: "", session_time: "00:04:10.5", score: { raw: "85", min: "0", max: "100" },
  },
  objectives: {},
  student_data: { mastery_score: "", max_time_allowed: "", time_limit_action: "" },
  student_preference: { audio: "", language: "", speed: "", text: "" },
  interactions: { "0": { id: "q1", time: "", type: "choice", weighting: "", student_response: "b", result: "correct", latency: "", objectives: {}, correct_responses: {} } },
};

describe("SCORM 1.2 values", () => {
  it("keeps what a SCO may write and drops what Pathway sets (learner, credit, launch data)", () => {
    const cmi = valid("scorm12", FINISHED_12);
    expect(cmi).toMatchObject({ suspend_data: '{"seen":[1,2,3]}', core: { lesson_location: "3", lesson_status: "passed", score: { raw: "85" } } });
    expect((cmi.core as CmiValues).student_id).toBeUndefined();
    expect((cmi.core as CmiValues).student_name).toBeUndefined();
    expect(cmi.launch_data).toBeUndefined();
    expect(cmi.interactions).toEqual({ "0": { id: "q1", time: "", type: "choice", weighting: "", student_response: "b", result: "correct", latency: "" } });
  });

  it("refuses a status outside the 1.2 vocabulary, naming the element", () => {
    expect(refused("scorm12", { core: { lesson_status: "complete" } })).toEqual({ element: "cmi.core.lesson_status", reason: "vocabulary" });
    // a 2004 word is not a 1.2 one
    expect(refused("scorm12", { core: { exit: "normal" } })).toMatchObject({ element: "cmi.core.exit", reason: "vocabulary" });
  });

  it("refuses scores outside 0–100 or not decimals", () => {
    expect(refused("scorm12", { core: { score: { raw: "101" } } })).toEqual({ element: "cmi.core.score.raw", reason: "range" });
    expect(refused("scorm12", { core: { score: { raw: "8,5" } } })).toEqual({ element: "cmi.core.score.raw", reason: "format" });
    expect(valid("scorm12", { core: { score: { raw: "85.25", min: "", max: "100" } } })).toMatchObject({ core: { score: { raw: "85.25" } } });
  });

  it("allows 4,096 characters of suspend data and 255 of location, not one more", () => {
    expect(valid("scorm12", { suspend_data: "x".repeat(4096) }).suspend_data).toHaveLength(4096);
    expect(refused("scorm12", { suspend_data: "x".repeat(4097) })).toEqual({ element: "cmi.suspend_data", reason: "tooLong", max: 4096 });
    expect(refused("scorm12", { core: { lesson_location: "x".repeat(256) } })).toEqual({ element: "cmi.core.lesson_location", reason: "tooLong", max: 255 });
  });

  it("reads session time as HHHH:MM:SS.SS only", () => {
    expect(valid("scorm12", { core: { session_time: "0001:02:03.25" } })).toBeTruthy();
    expect(refused("scorm12", { core: { session_time: "PT1H" } })).toEqual({ element: "cmi.core.session_time", reason: "format" });
    expect(refused("scorm12", { core: { session_time: "00:61:00" } })).toMatchObject({ reason: "format" });
  });

  it("refuses an interaction without an id, or with an id holding spaces, or an unknown type", () => {
    expect(refused("scorm12", { interactions: { "0": { type: "choice" } } })).toEqual({ element: "cmi.interactions.0.id", reason: "required" });
    expect(refused("scorm12", { interactions: [{ id: "q 1" }] })).toEqual({ element: "cmi.interactions.0.id", reason: "format" });
    expect(refused("scorm12", { interactions: [{ id: "q1", type: "essay" }] })).toEqual({ element: "cmi.interactions.0.type", reason: "vocabulary" });
    expect(refused("scorm12", { objectives: { "0": { id: "o1", status: "done" } } })).toEqual({ element: "cmi.objectives.0.status", reason: "vocabulary" });
  });

  it("refuses something that is not a data model at all", () => {
    expect(refused("scorm12", "cmi")).toEqual({ element: "cmi", reason: "format" });
    expect(refused("scorm12", { core: { lesson_location: { nested: true } } })).toEqual({ element: "cmi.core.lesson_location", reason: "format" });
  });
});

describe("SCORM 2004 values", () => {
  it("checks completion and success vocabularies, scaled score range and 64,000 characters of suspend data", () => {
    expect(refused("scorm2004", { completion_status: "passed" })).toEqual({ element: "cmi.completion_status", reason: "vocabulary" });
    expect(refused("scorm2004", { success_status: "completed" })).toEqual({ element: "cmi.success_status", reason: "vocabulary" });
    expect(refused("scorm2004", { score: { scaled: "1.5" } })).toEqual({ element: "cmi.score.scaled", reason: "range" });
    expect(refused("scorm2004", { score: { scaled: "-1.01" } })).toMatchObject({ reason: "range" });
    expect(valid("scorm2004", { suspend_data: "x".repeat(64000) }).suspend_data).toHaveLength(64000);
    expect(refused("scorm2004", { suspend_data: "x".repeat(64001) })).toEqual({ element: "cmi.suspend_data", reason: "tooLong", max: 64000 });
    expect(refused("scorm2004", { location: "x".repeat(1001) })).toEqual({ element: "cmi.location", reason: "tooLong", max: 1000 });
  });

  it("reads session time as an ISO 8601 duration", () => {
    expect(valid("scorm2004", { session_time: "PT1H2M3.5S" })).toBeTruthy();
    expect(refused("scorm2004", { session_time: "00:01:00" })).toEqual({ element: "cmi.session_time", reason: "format" });
    expect(refused("scorm2004", { session_time: "PT" })).toMatchObject({ reason: "format" });
  });

  it("checks objectives and interactions with their ids", () => {
    const cmi = valid("scorm2004", {
      objectives: { "0": { id: "obj-check", success_status: "passed", completion_status: "unknown", progress_measure: "", description: "", score: { scaled: "0.9", raw: "9", min: "0", max: "10" } } },
      interactions: { "0": { id: "urn:q1", type: "choice", timestamp: "2026-03-02T10:00:00Z", learner_response: "b", result: "correct", latency: "PT5S", objectives: { "0": { id: "obj-check" } }, correct_responses: { "0": { pattern: "b" } } } },
    });
    expect(cmi.objectives).toMatchObject({ "0": { id: "obj-check", success_status: "passed", score: { scaled: "0.9" } } });
    expect(cmi.interactions).toMatchObject({ "0": { id: "urn:q1", objectives: { "0": { id: "obj-check" } }, correct_responses: { "0": { pattern: "b" } } } });
    expect(refused("scorm2004", { interactions: [{ id: "q1", result: "wrong" }] })).toEqual({ element: "cmi.interactions.0.result", reason: "vocabulary" });
    expect(refused("scorm2004", { interactions: [{ id: "q1", timestamp: "yesterday" }] })).toEqual({ element: "cmi.interactions.0.timestamp", reason: "format" });
    expect(refused("scorm2004", { objectives: [{ id: "" }] })).toEqual({ element: "cmi.objectives.0.id", reason: "required" });
    expect(refused("scorm2004", { interactions: Array.from({ length: 251 }, (_, i) => ({ id: `q${i}` })) })).toEqual({ element: "cmi.interactions", reason: "tooMany", max: 250 });
  });
});

describe("what the LMS decides", () => {
  it("1.2: passed or completed is done; incomplete, failed and browsed are not", () => {
    for (const [status, done] of [["passed", true], ["completed", true], ["incomplete", false], ["failed", false], ["browsed", false]] as const) {
      expect(assessCmi("scorm12", valid("scorm12", { core: { lesson_status: status } }), NO_RULES).done, status).toBe(done);
    }
  });

  it("1.2: with a mastery score, a final status with a raw score is passed or failed by the score", () => {
    const rules = { ...NO_RULES, masteryScore: 80 };
    const low = assessCmi("scorm12", valid("scorm12", { core: { lesson_status: "passed", score: { raw: "60" } } }), rules);
    expect(low).toMatchObject({ completionStatus: "failed", done: false, scoreRaw: "60" });
    expect((low.cmi.core as CmiValues).lesson_status).toBe("failed");
    expect(assessCmi("scorm12", valid("scorm12", { core: { lesson_status: "completed", score: { raw: "80" } } }), rules)).toMatchObject({ completionStatus: "passed", done: true });
    // an unfinished SCO's score decides nothing yet
    expect(assessCmi("scorm12", valid("scorm12", { core: { lesson_status: "incomplete", score: { raw: "95" } } }), rules)).toMatchObject({ completionStatus: "incomplete", done: false });
    // no credit (preview): nothing is decided
    expect(assessCmi("scorm12", valid("scorm12", { core: { lesson_status: "passed" } }), rules, false).done).toBe(false);
  });

  it("1.2: reads location, suspend data, exit and session seconds", () => {
    const outcome = assessCmi("scorm12", valid("scorm12", FINISHED_12), NO_RULES);
    expect(outcome).toMatchObject({ location: "3", suspendData: '{"seen":[1,2,3]}', exit: null, sessionSeconds: 250.5, scoreMax: "100", successStatus: null });
  });

  it("2004: completed is done unless the package reports failed", () => {
    const a = (cmi: unknown, rules = NO_RULES) => assessCmi("scorm2004", valid("scorm2004", cmi), rules);
    expect(a({ completion_status: "completed", success_status: "unknown" }).done).toBe(true);
    expect(a({ completion_status: "completed", success_status: "passed" }).done).toBe(true);
    expect(a({ completion_status: "completed", success_status: "failed" }).done).toBe(false);
    expect(a({ completion_status: "incomplete", success_status: "passed" }).done).toBe(false);
    // the scaled passing score decides success from the scaled score
    expect(a({ completion_status: "completed", success_status: "passed", score: { scaled: "0.7" } }, { ...NO_RULES, scaledPassingScore: 0.8 })).toMatchObject({ successStatus: "failed", done: false });
    expect(a({ completion_status: "completed", score: { scaled: "0.9" } }, { ...NO_RULES, scaledPassingScore: 0.8 })).toMatchObject({ successStatus: "passed", done: true, scoreScaled: "0.9" });
    // the completion threshold decides completion from the progress measure
    expect(a({ completion_status: "completed", progress_measure: "0.5" }, { ...NO_RULES, completionThreshold: 0.75 })).toMatchObject({ completionStatus: "incomplete", done: false });
    expect(a({ session_time: "PT1M30S" }).sessionSeconds).toBe(90);
  });
});

describe("times", () => {
  it("reads and writes both formats", () => {
    expect(timespanSeconds("0001:02:03.5")).toBe(3723.5);
    expect(timespanSeconds("1:02:03")).toBeNull();
    expect(durationSeconds("PT1H2M3S")).toBe(3723);
    expect(durationSeconds("P1DT1S")).toBe(86401);
    expect(durationSeconds("nonsense")).toBeNull();
    expect(formatTimespan(3723.9)).toBe("0001:02:03");
    expect(formatDuration(3723)).toBe("PT1H2M3S");
  });
});

describe("restoring a launch", () => {
  const item = { masteryScore: 80, scaledPassingScore: null, completionThreshold: null, dataFromLms: "level=2", maxTimeAllowed: null, timeLimitAction: null };
  const ctx = { learnerId: "900101", learnerName: "Diallo, Amina", launchedBefore: true, totalSeconds: 75, credit: true, item };

  it("1.2: resumes after a suspend, with the stored location and suspend data, and Pathway's own values", () => {
    const stored = valid("scorm12", { suspend_data: "s", core: { lesson_location: "3", lesson_status: "incomplete", exit: "suspend", session_time: "00:01:00", student_name: "Forged" } });
    const cmi = restoreCmi("scorm12", stored, ctx);
    expect(cmi).toMatchObject({
      suspend_data: "s",
      launch_data: "level=2",
      student_data: { mastery_score: "80" },
      core: { lesson_location: "3", lesson_status: "incomplete", entry: "resume", student_id: "900101", student_name: "Diallo, Amina", credit: "credit", lesson_mode: "normal", total_time: "0000:01:15" },
    });
    expect((cmi.core as CmiValues).exit).toBeUndefined();
    expect((cmi.core as CmiValues).session_time).toBeUndefined();
  });

  it("entry is ab-initio on the first launch and empty after a normal exit", () => {
    expect((restoreCmi("scorm12", {}, { ...ctx, launchedBefore: false }).core as CmiValues).entry).toBe("ab-initio");
    expect(restoreCmi("scorm2004", {}, { ...ctx, launchedBefore: false }).entry).toBe("ab_initio");
    expect(restoreCmi("scorm2004", { exit: "normal", location: "end" }, ctx)).toMatchObject({ entry: "", location: "end", learner_id: "900101", total_time: "PT0H1M15S" });
    expect(restoreCmi("scorm2004", { exit: "suspend" }, { ...ctx, credit: false })).toMatchObject({ entry: "resume", credit: "no-credit", mode: "browse" });
  });
});

describe("scores as people read them", () => {
  it("prefers the scaled score, else raw within min–max", () => {
    expect(scorePercent({ raw: 9, min: 0, max: 10, scaled: 0.9 })).toBe(90);
    expect(scorePercent({ raw: 85, min: 0, max: 100, scaled: null })).toBe(85);
    expect(scorePercent({ raw: 7, min: null, max: 10, scaled: null })).toBe(70);
    expect(scorePercent({ raw: null, min: null, max: null, scaled: null })).toBeNull();
  });
});

describe("what scorm-again renders passes as it should", () => {
  // The browser sends scorm-again's own rendering: a SCO used as the fixtures use it must pass untouched.
  it("SCORM 1.2, the fixture's calls through Finish", async () => {
    const { Scorm12API } = (await import("scorm-again/scorm12")) as unknown as { Scorm12API: new (s: object) => Record<string, (...a: string[]) => unknown> };
    const api = new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
    api.loadFromJSON!(restoreCmi("scorm12", {}, { learnerId: "900104", learnerName: "Siobhan O'Brien", launchedBefore: false, totalSeconds: 0, credit: true, item: { ...NO_RULES, masteryScore: 80, dataFromLms: null, maxTimeAllowed: null, timeLimitAction: null } }) as never, "cmi");
    api.LMSInitialize!("");
    for (const [k, v] of [
      ["cmi.core.lesson_location", "3"], ["cmi.suspend_data", '{"seen":[1,2,3]}'], ["cmi.core.score.raw", "85"], ["cmi.core.score.min", "0"], ["cmi.core.score.max", "100"],
      ["cmi.core.lesson_status", "passed"], ["cmi.interactions.0.id", "q1"], ["cmi.interactions.0.type", "choice"], ["cmi.interactions.0.student_response", "b"],
      ["cmi.interactions.0.result", "correct"], ["cmi.core.session_time", "0000:01:05"], ["cmi.core.exit", ""],
    ] as const) expect(api.LMSSetValue!(k, v), k).toBe("true");
    api.LMSFinish!("");
    const rendered = (api.renderCMIToJSONObject!() as { cmi: unknown }).cmi;
    const outcome = assessCmi("scorm12", valid("scorm12", rendered), { ...NO_RULES, masteryScore: 80 });
    expect(outcome).toMatchObject({ done: true, completionStatus: "passed", scoreRaw: "85", location: "3", sessionSeconds: 65 });
  });

  it("SCORM 2004, Part 2's calls through Terminate", async () => {
    const { Scorm2004API } = (await import("scorm-again/scorm2004")) as unknown as { Scorm2004API: new (s: object) => Record<string, (...a: string[]) => unknown> };
    const api = new Scorm2004API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
    api.loadFromJSON!(restoreCmi("scorm2004", {}, { learnerId: "900104", learnerName: "Siobhan O'Brien", launchedBefore: false, totalSeconds: 0, credit: true, item: { ...NO_RULES, scaledPassingScore: 0.8, dataFromLms: null, maxTimeAllowed: null, timeLimitAction: null } }) as never, "cmi");
    api.Initialize!("");
    for (const [k, v] of [
      ["cmi.score.raw", "9"], ["cmi.score.min", "0"], ["cmi.score.max", "10"], ["cmi.score.scaled", "0.9"], ["cmi.success_status", "passed"], ["cmi.completion_status", "completed"],
      ["cmi.objectives.0.id", "obj-check"], ["cmi.objectives.0.success_status", "passed"], ["cmi.objectives.0.completion_status", "completed"],
      ["cmi.interactions.0.id", "sky-colour"], ["cmi.interactions.0.type", "choice"], ["cmi.interactions.0.learner_response", "blue"], ["cmi.interactions.0.result", "correct"],
      ["cmi.location", "submitted"], ["cmi.session_time", "PT12.5S"], ["cmi.exit", "normal"],
    ] as const) expect(api.SetValue!(k, v), k).toBe("true");
    api.Terminate!("");
    const rendered = (api.renderCMIToJSONObject!() as { cmi: unknown }).cmi;
    const outcome = assessCmi("scorm2004", valid("scorm2004", rendered), { ...NO_RULES, scaledPassingScore: 0.8 });
    expect(outcome).toMatchObject({ done: true, completionStatus: "completed", successStatus: "passed", scoreScaled: "0.9", location: "submitted", sessionSeconds: 12.5, exit: "normal" });
  });
});
