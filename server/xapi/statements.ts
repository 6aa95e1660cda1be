import "server-only";
import { createHash } from "node:crypto";
import type { ScormScore, XapiEvent } from "~/server/xapi/events";

// xAPI 1.0.3 statements from Pathway's learning events: pure functions of the event and the facts read for it.
// The person is an account under the app's address (name = employee id, never the e-mail, no name); verbs are ADL's;
// activities live under the app's address. Every id is a name-based UUID (v5) of what produced it, so the same event
// always makes the same statement id and a retried delivery never makes a second statement in the LRS.

export const XAPI_VERSION = "1.0.3";
export const PLATFORM = "Pathway";

/** Namespace of Pathway's name-based UUIDs (statement ids and registrations). Never change it: ids would change. */
const NAMESPACE = "b0bf6408-b0a3-48f0-b123-91b321e24ea4";

/** Interface languages as xAPI language-map tags (RFC 5646). */
const LANGUAGE_TAGS: Record<string, string> = { en: "en-US", fr: "fr", zh: "zh-CN" };
export const languageTag = (locale: string): string => LANGUAGE_TAGS[locale] ?? locale;

export const VERBS = {
  launched: { id: "http://adlnet.gov/expapi/verbs/launched", display: { "en-US": "launched", fr: "a lancé", "zh-CN": "启动了" } },
  completed: { id: "http://adlnet.gov/expapi/verbs/completed", display: { "en-US": "completed", fr: "a terminé", "zh-CN": "完成了" } },
  passed: { id: "http://adlnet.gov/expapi/verbs/passed", display: { "en-US": "passed", fr: "a réussi", "zh-CN": "通过了" } },
  failed: { id: "http://adlnet.gov/expapi/verbs/failed", display: { "en-US": "failed", fr: "a échoué à", "zh-CN": "未通过" } },
  attended: { id: "http://adlnet.gov/expapi/verbs/attended", display: { "en-US": "attended", fr: "a participé à", "zh-CN": "参加了" } },
} as const;
export type Verb = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  course: "http://adlnet.gov/expapi/activities/course",
  lesson: "http://adlnet.gov/expapi/activities/lesson",
  meeting: "http://adlnet.gov/expapi/activities/meeting",
} as const;

export type LanguageMap = Record<string, string>;

/** A name-based UUID, version 5 (RFC 9562 §5.5: SHA-1 of the namespace and the name). */
export function uuidV5(name: string, namespace: string = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  if (ns.length !== 16) throw new Error("uuidV5: the namespace must be a UUID");
  const bytes = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The statement id of what `sourceKey` names, in the deployment at `homePage`: two Pathway installations sending to
 * one LRS never collide, and the same event in one installation is always the same statement.
 */
export const statementIdOf = (homePage: string, sourceKey: string): string => uuidV5(`${homePage}#statement:${sourceKey}`);

/** The registration of a person's way through a course (one progress cycle) or a session (one enrolment). */
export const registrationOf = (homePage: string, of: { progressId: string } | { enrollmentId: string }): string =>
  uuidV5(`${homePage}#registration:${"progressId" in of ? `progress:${of.progressId}` : `enrolment:${of.enrollmentId}`}`);

/** An ISO 8601 duration as xAPI writes it (precision 0.01 s): 3900 → "PT1H5M", 0 → "PT0S". */
export function isoDuration(totalSeconds: number): string {
  const centis = Math.max(0, Math.round(totalSeconds * 100));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = (centis % 6_000) / 100;
  const parts = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${Number(seconds.toFixed(2))}S` : ""}`;
  return `PT${parts || "0S"}`;
}

export const courseActivityId = (homePage: string, code: string) => `${homePage}/courses/${encodeURIComponent(code)}`;
export const lessonActivityId = (homePage: string, code: string, lessonId: string) => `${courseActivityId(homePage, code)}/lessons/${encodeURIComponent(lessonId)}`;
export const sessionActivityId = (homePage: string, sessionId: string) => `${homePage}/sessions/${encodeURIComponent(sessionId)}`;

/** What the outbox reads for an event (server/xapi/outbox.ts), in the event's transaction. */
export type StatementFacts = {
  /** the app's base URL, no trailing slash */
  homePage: string;
  employeeId: string;
  course: { code: string; name: LanguageMap };
  /** quiz and SCORM: the lesson's title in the course's languages */
  lesson?: { name: LanguageMap };
  /** the language the person took it in (interface locale: en, fr, zh) */
  language: string;
  /** quiz: seconds from opening the attempt to submitting it */
  durationSeconds?: number | null;
};

export type XapiScore = { raw?: number; min?: number; max?: number; scaled?: number };
export type XapiResult = { score?: XapiScore; success?: boolean; completion?: boolean; duration?: string };

export type XapiStatementJson = {
  id: string;
  actor: { objectType: "Agent"; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: "Activity"; id: string; definition: { type: string; name: LanguageMap } };
  result?: XapiResult;
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities?: { parent: { objectType: "Activity"; id: string; definition: { type: string; name: LanguageMap } }[] };
  };
  timestamp: string;
};

export type BuiltStatement = { sourceKey: string; verb: Verb; statement: XapiStatementJson };

/** The statements an event makes (one, or for a SCORM result one per reported status), each with its source key. */
export function buildStatements(event: XapiEvent, facts: StatementFacts): BuiltStatement[] {
  const { homePage } = facts;
  const course = { objectType: "Activity" as const, id: courseActivityId(homePage, facts.course.code), definition: { type: ACTIVITY_TYPES.course, name: facts.course.name } };
  const lesson = (lessonId: string) => ({
    objectType: "Activity" as const,
    id: lessonActivityId(homePage, facts.course.code, lessonId),
    definition: { type: ACTIVITY_TYPES.lesson, name: facts.lesson?.name ?? facts.course.name },
  });
  const make = (sourceKey: string, verb: Verb, object: XapiStatementJson["object"], registration: string, opts: { result?: XapiResult; parent?: boolean } = {}): BuiltStatement => ({
    sourceKey,
    verb,
    statement: {
      id: statementIdOf(homePage, sourceKey),
      actor: { objectType: "Agent", account: { homePage, name: facts.employeeId } },
      verb: { id: VERBS[verb].id, display: { ...VERBS[verb].display } },
      object,
      ...(opts.result && Object.keys(opts.result).length ? { result: opts.result } : {}),
      context: {
        registration,
        platform: PLATFORM,
        language: languageTag(facts.language),
        ...(opts.parent ? { contextActivities: { parent: [course] } } : {}),
      },
      timestamp: event.at.toISOString(),
    },
  });

  switch (event.kind) {
    case "launched":
      return [make(`launched:${event.progressId}`, "launched", course, registrationOf(homePage, event))];
    case "completed":
      return [make(`completed:${event.progressId}`, "completed", course, registrationOf(homePage, event), { result: { completion: true } })];
    case "quiz": {
      const score = validScore({ raw: event.correctCount, min: 0, max: event.questionCount, scaled: event.questionCount > 0 ? event.correctCount / event.questionCount : null });
      const result: XapiResult = { success: event.passed, completion: true, ...(score ? { score } : {}) };
      if (facts.durationSeconds != null) result.duration = isoDuration(facts.durationSeconds);
      return [make(`quiz:${event.attemptId}`, event.passed ? "passed" : "failed", lesson(event.lessonId), registrationOf(homePage, event), { result, parent: true })];
    }
    case "attended": {
      const session = {
        objectType: "Activity" as const,
        id: sessionActivityId(homePage, event.sessionId),
        definition: { type: ACTIVITY_TYPES.meeting, name: facts.course.name },
      };
      return [
        make(`attended:${event.enrollmentId}`, "attended", session, registrationOf(homePage, event), {
          result: { completion: true, duration: isoDuration(event.durationSeconds) },
          parent: true,
        }),
      ];
    }
    case "scorm": {
      const verbs = scormVerbs(event.completion, event.success);
      const score = event.score ? validScore(event.score) : null;
      return verbs.map((verb) => {
        const result: XapiResult = {};
        if (score) result.score = score;
        if (verb === "passed" || verb === "failed") result.success = verb === "passed";
        if (event.completion === "completed" || event.completion === "incomplete") result.completion = event.completion === "completed";
        else if (verb === "completed") result.completion = true;
        if (event.durationSeconds != null) result.duration = isoDuration(event.durationSeconds);
        return make(`scorm:${event.attemptId}:${verb}`, verb, lesson(event.lessonId), registrationOf(homePage, event), { result, parent: true });
      });
    }
  }
}

/**
 * The statuses of a SCORM result worth a statement: completion "completed", success "passed" or "failed" (the runtime
 * maps 1.2's lesson_status onto these two). "incomplete", "unknown", "not attempted" and "browsed" make none.
 */
export function scormVerbs(completion: string | null, success: string | null): Verb[] {
  const verbs: Verb[] = [];
  if (completion === "completed") verbs.push("completed");
  if (success === "passed") verbs.push("passed");
  if (success === "failed") verbs.push("failed");
  return verbs;
}

/** A score xAPI accepts (min ≤ raw ≤ max, −1 ≤ scaled ≤ 1), keeping only the parts that fit; null when none does. */
export function validScore(s: ScormScore | { raw: number | null; min: number | null; max: number | null; scaled: number | null }): XapiScore | null {
  const finite = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);
  const out: XapiScore = {};
  let min = finite(s.min) ? s.min : undefined;
  let max = finite(s.max) ? s.max : undefined;
  if (min !== undefined && max !== undefined && min > max) min = max = undefined;
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (finite(s.raw) && (min === undefined || s.raw >= min) && (max === undefined || s.raw <= max)) out.raw = s.raw;
  if (finite(s.scaled) && s.scaled >= -1 && s.scaled <= 1) out.scaled = Math.round(s.scaled * 10_000) / 10_000;
  return Object.keys(out).length ? out : null;
}

/** A language map of a title in the course's languages: the base column, then each translation that has one. */
export function titleMap(base: { title: string; baseLocale: string }, translations: Partial<Record<string, { title?: string }>>, languages: readonly string[]): LanguageMap {
  const map: LanguageMap = {};
  const wanted = new Set([base.baseLocale, ...languages]);
  for (const locale of wanted) {
    const title = locale === base.baseLocale ? base.title : translations[locale]?.title;
    if (title?.trim()) map[languageTag(locale)] = title.trim();
  }
  if (Object.keys(map).length === 0) map[languageTag(base.baseLocale)] = base.title || "-";
  return map;
}
