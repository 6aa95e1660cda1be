// The SCORM run-time data model as Pathway stores it: what a SCO may write (validated as SCORM 1.2 and SCORM 2004
// say), what the LMS decides from it (status by mastery score, scaled passing score, completion threshold), and what
// a new launch starts from. Pure: the server (server/scorm/runtime.ts) and its tests use it; the browser only
// renders the CMI through scorm-again.

import type { ScormStandardName } from "~/lib/scorm/types";

export type CmiValues = { [name: string]: string | CmiValues };

/** Why a value was refused; `element` is its dotted name ("cmi.core.lesson_status", "cmi.interactions.0.id"). */
export type CmiProblem = { element: string; reason: "vocabulary" | "tooLong" | "range" | "format" | "required" | "tooMany"; max?: number };

type Check = (value: string) => Omit<CmiProblem, "element"> | null;

// ── Value checks, after the data types of the two standards (RTE 1.2 §3.3; 2004 4th Edition RTE §4.2)

const vocabulary =
  (...words: string[]): Check =>
  (v) =>
    words.includes(v) ? null : { reason: "vocabulary" };
const maxLength =
  (max: number): Check =>
  (v) =>
    v.length <= max ? null : { reason: "tooLong", max };
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
/** A decimal number within [min, max] (either bound optional), or blank ("" = not set). */
const decimal =
  (min: number | null, max: number | null, wholeNumber = false): Check =>
  (v) => {
    if (v === "") return null;
    if (!DECIMAL.test(v) || (wholeNumber && !/^[-+]?\d+$/.test(v))) return { reason: "format" };
    const n = Number(v);
    if ((min !== null && n < min) || (max !== null && n > max)) return { reason: "range" };
    return null;
  };
const pattern =
  (re: RegExp, blank = true): Check =>
  (v) =>
    (blank && v === "") || re.test(v) ? null : { reason: "format" };
const both =
  (...checks: Check[]): Check =>
  (v) => {
    for (const check of checks) {
      const problem = check(v);
      if (problem) return problem;
    }
    return null;
  };

/** 1.2 CMITimespan HHHH:MM:SS.SS (2 to 4 digits of hours, up to 2 decimals of seconds). */
const TIMESPAN_12 = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
/** 1.2 CMITime HH:MM:SS.SS */
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** 2004 timeinterval (second,10,2): ISO 8601 duration P[yY][mM][dD][T[hH][nM][s[.s]S]] */
const DURATION_2004 = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/;
const durationCheck: Check = (v) => {
  if (v === "") return null;
  // "P" alone and a dangling "T" are not durations.
  if (!DURATION_2004.test(v) || v === "P" || v.endsWith("T")) return { reason: "format" };
  return null;
};
/** 2004 time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s]]]]]][TZD] */
const TIMESTAMP_2004 = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2})?)?)?(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?$/;
/** 1.2 CMIIdentifier: no white space, at most 255 characters; 2004 long_identifier_type: at most 4,000. */
const identifier = (max: number): Check => both(pattern(/^\S+$/, false), maxLength(max));

const LESSON_STATUS_12 = ["passed", "completed", "failed", "incomplete", "browsed", "not attempted"];
const INTERACTION_TYPES_12 = ["true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"];
const INTERACTION_TYPES_2004 = [...INTERACTION_TYPES_12, "long-fill-in", "other"];
const COMPLETION_2004 = ["completed", "incomplete", "not attempted", "unknown"];
const SUCCESS_2004 = ["passed", "failed", "unknown"];

/** What the SCO may write, element by element; read-only elements (learner, credit, entry…) come from Pathway. */
type Spec = {
  scalars: Record<string, Check>;
  collections: Record<string, { max: number; id: Check; fields: Record<string, Check>; lists?: Record<string, { max: number; fields: Record<string, Check> }> }>;
};

const SCORE_12 = decimal(0, 100);

const SCORM12: Spec = {
  scalars: {
    "core.lesson_location": maxLength(255),
    // "" is what a SCO that never set a status leaves when scorm-again renders it before initialisation.
    "core.lesson_status": (v) => (v === "" ? null : vocabulary(...LESSON_STATUS_12)(v)),
    "core.exit": vocabulary("", "time-out", "suspend", "logout"),
    "core.session_time": pattern(TIMESPAN_12),
    "core.score.raw": SCORE_12,
    "core.score.min": SCORE_12,
    "core.score.max": SCORE_12,
    suspend_data: maxLength(4096),
    comments: maxLength(4096),
    "student_preference.audio": decimal(-1, 100, true),
    "student_preference.language": maxLength(255),
    "student_preference.speed": decimal(-100, 100, true),
    "student_preference.text": decimal(-1, 1, true),
  },
  collections: {
    objectives: {
      max: 100,
      id: identifier(255),
      fields: {
        "score.raw": SCORE_12,
        "score.min": SCORE_12,
        "score.max": SCORE_12,
        status: (v) => (v === "" ? null : vocabulary(...LESSON_STATUS_12)(v)),
      },
    },
    interactions: {
      max: 250,
      id: identifier(255),
      fields: {
        time: pattern(TIME_12),
        type: (v) => (v === "" ? null : vocabulary(...INTERACTION_TYPES_12)(v)),
        weighting: decimal(null, null),
        student_response: maxLength(255),
        result: (v) => (v === "" || ["correct", "wrong", "unanticipated", "neutral"].includes(v) || DECIMAL.test(v) ? null : { reason: "vocabulary" }),
        latency: pattern(TIMESPAN_12),
      },
      lists: {
        objectives: { max: 100, fields: { id: identifier(255) } },
        correct_responses: { max: 100, fields: { pattern: maxLength(255) } },
      },
    },
  },
};

const SCALED = decimal(-1, 1);
/** real(10,7): Pathway keeps scores in a decimal(10,4) column, so raw/min/max stay within ±999,999. */
const REAL = decimal(-999999, 999999);

const SCORM2004: Spec = {
  scalars: {
    location: maxLength(1000),
    completion_status: vocabulary(...COMPLETION_2004),
    success_status: vocabulary(...SUCCESS_2004),
    exit: vocabulary("", "time-out", "suspend", "logout", "normal"),
    session_time: durationCheck,
    progress_measure: decimal(0, 1),
    "score.scaled": SCALED,
    "score.raw": REAL,
    "score.min": REAL,
    "score.max": REAL,
    suspend_data: maxLength(64000),
    "learner_preference.audio_level": decimal(0, null),
    "learner_preference.language": maxLength(250),
    "learner_preference.delivery_speed": decimal(0, null),
    "learner_preference.audio_captioning": vocabulary("-1", "0", "1"),
  },
  collections: {
    objectives: {
      max: 100,
      id: identifier(4000),
      fields: {
        "score.scaled": SCALED,
        "score.raw": REAL,
        "score.min": REAL,
        "score.max": REAL,
        success_status: vocabulary(...SUCCESS_2004),
        completion_status: vocabulary(...COMPLETION_2004),
        progress_measure: decimal(0, 1),
        description: maxLength(250),
      },
    },
    interactions: {
      max: 250,
      id: identifier(4000),
      fields: {
        type: (v) => (v === "" ? null : vocabulary(...INTERACTION_TYPES_2004)(v)),
        timestamp: pattern(TIMESTAMP_2004),
        weighting: decimal(null, null),
        learner_response: maxLength(4000),
        result: (v) => (v === "" || ["correct", "incorrect", "unanticipated", "neutral"].includes(v) || DECIMAL.test(v) ? null : { reason: "vocabulary" }),
        latency: durationCheck,
        description: maxLength(250),
      },
      lists: {
        objectives: { max: 100, fields: { id: identifier(4000) } },
        correct_responses: { max: 100, fields: { pattern: maxLength(4000) } },
      },
    },
    comments_from_learner: {
      max: 250,
      // comments have no id: every entry is kept
      id: () => null,
      fields: { comment: maxLength(4000), location: maxLength(250), timestamp: pattern(TIMESTAMP_2004) },
    },
  },
};

const SPECS: Record<ScormStandardName, Spec> = { scorm12: SCORM12, scorm2004: SCORM2004 };

// ── Reading the committed CMI

type Json = unknown;

function child(obj: Json, dotted: string): Json {
  let cur = obj;
  for (const part of dotted.split(".")) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, Json>)[part];
  }
  return cur;
}

function put(target: CmiValues, dotted: string, value: string) {
  const parts = dotted.split(".");
  let cur = target;
  for (const part of parts.slice(0, -1)) cur = (cur[part] ??= {}) as CmiValues;
  cur[parts.at(-1)!] = value;
}

/** A scalar as the data model carries it: scorm-again renders strings; numbers and booleans are accepted as text. */
function scalar(value: Json): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  return null;
}

/** A collection as scorm-again renders it ({"0": {…}, "1": {…}}) or as an array; null when it is neither. */
function entries(value: Json): Json[] | null {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value !== "object") return null;
  const record = value as Record<string, Json>;
  const keys = Object.keys(record).filter((k) => k !== "_count" && k !== "_children");
  if (!keys.every((k) => /^\d+$/.test(k))) return null;
  return keys.sort((a, b) => Number(a) - Number(b)).map((k) => record[k]);
}

function checkFields(entry: Json, fields: Record<string, Check>, prefix: string, out: CmiValues): CmiProblem | null {
  for (const [name, check] of Object.entries(fields)) {
    const value = scalar(child(entry, name));
    if (value === undefined) continue;
    if (value === null) return { element: `${prefix}.${name}`, reason: "format" };
    const problem = check(value);
    if (problem) return { element: `${prefix}.${name}`, ...problem };
    put(out, name, value);
  }
  return null;
}

export type ValidCmi = { ok: true; cmi: CmiValues } | { ok: false; problem: CmiProblem };

/**
 * Checks what a SCO committed against the standard's data model and keeps only the elements a SCO may write (read-only
 * ones — learner, credit, entry, total time, launch data, mastery score — are Pathway's, set again on every launch).
 * `cmi` is scorm-again's rendering (`renderCMIToJSONObject().cmi`). The first refused value is the answer.
 */
export function validateCmi(standard: ScormStandardName, cmi: unknown): ValidCmi {
  if (cmi === null || typeof cmi !== "object" || Array.isArray(cmi)) return { ok: false, problem: { element: "cmi", reason: "format" } };
  const spec = SPECS[standard];
  const out: CmiValues = {};
  for (const [name, check] of Object.entries(spec.scalars)) {
    const value = scalar(child(cmi, name));
    if (value === undefined) continue;
    if (value === null) return { ok: false, problem: { element: `cmi.${name}`, reason: "format" } };
    const problem = check(value);
    if (problem) return { ok: false, problem: { element: `cmi.${name}`, ...problem } };
    put(out, name, value);
  }
  for (const [name, collection] of Object.entries(spec.collections)) {
    const list = entries(child(cmi, name));
    if (list === null) return { ok: false, problem: { element: `cmi.${name}`, reason: "format" } };
    if (list.length > collection.max) return { ok: false, problem: { element: `cmi.${name}`, reason: "tooMany", max: collection.max } };
    const kept: CmiValues = {};
    for (const [index, entry] of list.entries()) {
      const prefix = `cmi.${name}.${index}`;
      if (entry === null || typeof entry !== "object") return { ok: false, problem: { element: prefix, reason: "format" } };
      const item: CmiValues = {};
      if (name !== "comments_from_learner") {
        const id = scalar(child(entry, "id"));
        // The standard makes the id the first thing set: an entry without one is refused.
        if (!id) return { ok: false, problem: { element: `${prefix}.id`, reason: "required" } };
        const problem = collection.id(id);
        if (problem) return { ok: false, problem: { element: `${prefix}.id`, ...problem } };
        item.id = id;
      }
      const problem = checkFields(entry, collection.fields, prefix, item);
      if (problem) return { ok: false, problem };
      for (const [listName, sub] of Object.entries(collection.lists ?? {})) {
        const subList = entries(child(entry, listName));
        if (subList === null) return { ok: false, problem: { element: `${prefix}.${listName}`, reason: "format" } };
        if (subList.length > sub.max) return { ok: false, problem: { element: `${prefix}.${listName}`, reason: "tooMany", max: sub.max } };
        const subKept: CmiValues = {};
        for (const [subIndex, subEntry] of subList.entries()) {
          const subItem: CmiValues = {};
          const subProblem = checkFields(subEntry, sub.fields, `${prefix}.${listName}.${subIndex}`, subItem);
          if (subProblem) return { ok: false, problem: subProblem };
          subKept[String(subIndex)] = subItem;
        }
        if (subList.length) item[listName] = subKept;
      }
      kept[String(index)] = item;
    }
    if (list.length) out[name] = kept;
  }
  return { ok: true, cmi: out };
}

// ── Times

/** Seconds of a 1.2 CMITimespan ("0001:02:03.5"), or null when it is not one. */
export function timespanSeconds(value: string): number | null {
  const m = TIMESPAN_12.exec(value);
  if (!m) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0);
}

/** Seconds of a 2004 ISO 8601 duration ("PT1H2M3.5S"; a year as 365 days, a month as 30), or null. */
export function durationSeconds(value: string): number | null {
  if (durationCheck(value) || value === "") return null;
  const m = DURATION_2004.exec(value)!;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  return (((y! * 365 + mo! * 30 + d!) * 24 + h!) * 60 + mi!) * 60 + s!;
}

/** 1.2 total_time: "HHHH:MM:SS" (whole seconds). */
export function formatTimespan(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(Math.min(9999, Math.floor(s / 3600)), 4)}:${pad(Math.floor(s / 60) % 60, 2)}:${pad(s % 60, 2)}`;
}

/** 2004 total_time: "PT1H2M3S". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `PT${Math.floor(s / 3600)}H${Math.floor(s / 60) % 60}M${s % 60}S`;
}

// ── What the LMS decides

export type ScormItemRules = { masteryScore: number | null; scaledPassingScore: number | null; completionThreshold: number | null };

export type CmiOutcome = {
  /** 1.2: lesson_status (after the mastery score); 2004: completion_status (after the completion threshold) */
  completionStatus: string | null;
  /** 2004: success_status (after the scaled passing score); null in 1.2 */
  successStatus: string | null;
  scoreRaw: string | null;
  scoreMin: string | null;
  scoreMax: string | null;
  scoreScaled: string | null;
  location: string | null;
  suspendData: string | null;
  exit: string | null;
  /** this session's time as the SCO reported it, in seconds; null when it reported none */
  sessionSeconds: number | null;
  /** the lesson is done: 1.2 passed or completed; 2004 completed and not failed */
  done: boolean;
  /** the CMI to store, with the statuses the LMS decided written back (the SCO reads them on its next launch) */
  cmi: CmiValues;
};

const str = (cmi: CmiValues, name: string): string | null => {
  const v = child(cmi, name);
  return typeof v === "string" && v !== "" ? v : null;
};

/**
 * What a validated commit means. 1.2 (RTE §3.4.4): when the item has a mastery score, the SCO reported a final
 * status (completed, passed or failed) and a raw score, the LMS sets passed or failed by the score. 2004 (RTE §4.2.22,
 * §4.2.4.1): with a scaled passing score and a scaled score, the LMS decides success; with a completion threshold and a
 * progress measure, completion. `credit` false (browse, review) decides nothing.
 */
export function assessCmi(standard: ScormStandardName, valid: CmiValues, rules: ScormItemRules, credit = true): CmiOutcome {
  const cmi = structuredClone(valid);
  const outcome = (completionStatus: string | null, successStatus: string | null, prefix: string, done: boolean, session: number | null): CmiOutcome => ({
    completionStatus,
    successStatus,
    scoreRaw: str(cmi, `${prefix}score.raw`),
    scoreMin: str(cmi, `${prefix}score.min`),
    scoreMax: str(cmi, `${prefix}score.max`),
    scoreScaled: standard === "scorm2004" ? str(cmi, "score.scaled") : null,
    location: str(cmi, standard === "scorm12" ? "core.lesson_location" : "location"),
    suspendData: str(cmi, "suspend_data"),
    exit: str(cmi, standard === "scorm12" ? "core.exit" : "exit"),
    sessionSeconds: session,
    done,
    cmi,
  });

  if (standard === "scorm12") {
    let status = str(cmi, "core.lesson_status");
    const raw = str(cmi, "core.score.raw");
    if (credit && rules.masteryScore !== null && raw !== null && (status === "completed" || status === "passed" || status === "failed")) {
      status = Number(raw) >= rules.masteryScore ? "passed" : "failed";
      put(cmi, "core.lesson_status", status);
    }
    const session = str(cmi, "core.session_time");
    return outcome(status, null, "core.", credit && (status === "passed" || status === "completed"), session ? timespanSeconds(session) : null);
  }

  let completion = str(cmi, "completion_status");
  let success = str(cmi, "success_status");
  const scaled = str(cmi, "score.scaled");
  const progress = str(cmi, "progress_measure");
  if (credit && rules.scaledPassingScore !== null && scaled !== null) {
    success = Number(scaled) >= rules.scaledPassingScore ? "passed" : "failed";
    put(cmi, "success_status", success);
  }
  if (credit && rules.completionThreshold !== null && progress !== null) {
    completion = Number(progress) >= rules.completionThreshold ? "completed" : "incomplete";
    put(cmi, "completion_status", completion);
  }
  const session = str(cmi, "session_time");
  const done = credit && completion === "completed" && success !== "failed";
  return outcome(completion, success, "", done, session ? durationSeconds(session) : null);
}

// ── What a launch starts from

export type LaunchContext = {
  learnerId: string;
  learnerName: string;
  /** a launch of this lesson was committed before in this cycle */
  launchedBefore: boolean;
  totalSeconds: number;
  /** false in L&D preview: browse mode, no credit */
  credit: boolean;
  item: ScormItemRules & { dataFromLms: string | null; maxTimeAllowed: string | null; timeLimitAction: string | null };
};

/**
 * The CMI a SCO starts with (scorm-again's `loadFromJSON(…, "cmi")`, before Initialize): what was stored, without
 * the last session's exit and time (write-only, per session), plus Pathway's read-only values. Entry is "resume"
 * after a suspended session, ab-initio on the first launch, and "" otherwise, as both standards define it.
 */
export function restoreCmi(standard: ScormStandardName, stored: unknown, ctx: LaunchContext): CmiValues {
  const base = (stored && typeof stored === "object" && !Array.isArray(stored) ? structuredClone(stored) : {}) as CmiValues;
  const core = (base.core && typeof base.core === "object" ? base.core : {}) as CmiValues;
  const lastExit = standard === "scorm12" ? core.exit : base.exit;
  const entry = lastExit === "suspend" ? "resume" : ctx.launchedBefore ? "" : standard === "scorm12" ? "ab-initio" : "ab_initio";
  const { item } = ctx;
  if (standard === "scorm12") {
    delete core.exit;
    delete core.session_time;
    const studentData: CmiValues = {};
    if (item.masteryScore !== null) studentData.mastery_score = String(item.masteryScore);
    if (item.maxTimeAllowed) studentData.max_time_allowed = item.maxTimeAllowed;
    if (item.timeLimitAction) studentData.time_limit_action = item.timeLimitAction;
    return {
      ...base,
      core: {
        ...core,
        student_id: ctx.learnerId,
        student_name: ctx.learnerName,
        credit: ctx.credit ? "credit" : "no-credit",
        lesson_mode: ctx.credit ? "normal" : "browse",
        entry,
        total_time: formatTimespan(ctx.totalSeconds),
      },
      launch_data: item.dataFromLms ?? "",
      student_data: studentData,
    };
  }
  delete base.exit;
  delete base.session_time;
  const out: CmiValues = {
    ...base,
    learner_id: ctx.learnerId,
    learner_name: ctx.learnerName,
    credit: ctx.credit ? "credit" : "no-credit",
    mode: ctx.credit ? "normal" : "browse",
    entry,
    total_time: formatDuration(ctx.totalSeconds),
    launch_data: item.dataFromLms ?? "",
  };
  if (item.scaledPassingScore !== null) out.scaled_passing_score = String(item.scaledPassingScore);
  if (item.completionThreshold !== null) out.completion_threshold = String(item.completionThreshold);
  if (item.maxTimeAllowed) out.max_time_allowed = item.maxTimeAllowed;
  if (item.timeLimitAction) out.time_limit_action = item.timeLimitAction;
  return out;
}

/** A score as people read it: the scaled score as a percentage, else raw out of max (as a percentage of it), else raw. */
export function scorePercent(score: { raw: number | null; min: number | null; max: number | null; scaled: number | null }): number | null {
  if (score.scaled !== null) return Math.round(score.scaled * 100);
  if (score.raw === null) return null;
  const min = score.min ?? 0;
  const max = score.max ?? 100;
  if (max <= min) return null;
  return Math.round(((score.raw - min) / (max - min)) * 100);
}
