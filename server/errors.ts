import "server-only";
import { createTranslator } from "use-intl/core";
import { randomUUID } from "node:crypto";
import { DEFAULT_LOCALE, formattingLocale, isLocale, type Locale } from "~/lib/i18n/locales";
import { catalogues, type Messages } from "~/messages";

/**
 * Every code an AppError can carry, with its HTTP status and tRPC code: the one table the tRPC error formatter,
 * the route handlers and the CLI read. A code is a closed word programs may branch on; the person reads the message.
 */
export const ERROR_STATUS = {
  // generic
  INVALID: { http: 400, trpc: "BAD_REQUEST" },
  UNAUTHORIZED: { http: 401, trpc: "UNAUTHORIZED" },
  FORBIDDEN: { http: 403, trpc: "FORBIDDEN" },
  NOT_FOUND: { http: 404, trpc: "NOT_FOUND" },
  CONFLICT: { http: 409, trpc: "CONFLICT" },
  TOO_LARGE: { http: 413, trpc: "PAYLOAD_TOO_LARGE" },
  UNSUPPORTED_MEDIA: { http: 415, trpc: "UNSUPPORTED_MEDIA_TYPE" },
  TOO_MANY_REQUESTS: { http: 429, trpc: "TOO_MANY_REQUESTS" },
  INTERNAL: { http: 500, trpc: "INTERNAL_SERVER_ERROR" },
  // courses
  COURSE_EXISTS: { http: 409, trpc: "CONFLICT" },
  COURSE_NOT_OFFERED: { http: 409, trpc: "CONFLICT" },
  NOT_SELF_PACED: { http: 409, trpc: "CONFLICT" },
  NOT_STARTED: { http: 409, trpc: "CONFLICT" },
  ALREADY_COMPLETED: { http: 409, trpc: "CONFLICT" },
  NO_ATTEMPTS_LEFT: { http: 409, trpc: "CONFLICT" },
  QUIZ_LOCKED: { http: 409, trpc: "CONFLICT" },
  NO_DRAFT: { http: 409, trpc: "CONFLICT" },
  VERSION_PUBLISHED: { http: 409, trpc: "CONFLICT" },
  NOT_PUBLISHABLE: { http: 409, trpc: "CONFLICT" },
  FIRST_VERSION: { http: 409, trpc: "CONFLICT" },
  CATEGORY_EXISTS: { http: 409, trpc: "CONFLICT" },
  // enrolment and sessions
  ENROLMENT_CLOSED: { http: 409, trpc: "CONFLICT" },
  ALREADY_ENROLLED: { http: 409, trpc: "CONFLICT" },
  NOT_ACTIVE: { http: 409, trpc: "CONFLICT" },
  TRAINING_REQUIRED: { http: 409, trpc: "CONFLICT" },
  SESSION_CANCELLED: { http: 409, trpc: "CONFLICT" },
  SESSION_STARTED: { http: 409, trpc: "CONFLICT" },
  ATTENDANCE_TAKEN: { http: 409, trpc: "CONFLICT" },
  CAPACITY_BELOW_ENROLLED: { http: 409, trpc: "CONFLICT" },
  NOT_PARTICIPANT: { http: 409, trpc: "CONFLICT" },
  DAY_NOT_STARTED: { http: 409, trpc: "CONFLICT" },
  TOO_MANY: { http: 400, trpc: "BAD_REQUEST" },
  NOBODY: { http: 400, trpc: "BAD_REQUEST" },
  ALREADY_REVIEWED: { http: 409, trpc: "CONFLICT" },
  UNCHANGED: { http: 409, trpc: "CONFLICT" },
  // imports
  ALREADY_DONE: { http: 409, trpc: "CONFLICT" },
  PREVIEW_EXPIRED: { http: 409, trpc: "CONFLICT" },
  PREVIEW_STALE: { http: 409, trpc: "CONFLICT" },
  FILE_CHANGED: { http: 409, trpc: "CONFLICT" },
  // mentoring
  NO_MENTEE_PROFILE: { http: 409, trpc: "CONFLICT" },
  ALREADY_PAIRED: { http: 409, trpc: "CONFLICT" },
  MENTEE_PAIRED: { http: 409, trpc: "CONFLICT" },
  ALREADY_ASKED: { http: 409, trpc: "CONFLICT" },
  NOT_LISTED: { http: 409, trpc: "CONFLICT" },
  REPORTING_LINE: { http: 409, trpc: "CONFLICT" },
  MENTOR_PAUSED: { http: 409, trpc: "CONFLICT" },
  NO_FREE_PLACE: { http: 409, trpc: "CONFLICT" },
  REQUEST_CLOSED: { http: 409, trpc: "CONFLICT" },
  REQUEST_EXPIRED: { http: 409, trpc: "CONFLICT" },
  PAIRING_STATE: { http: 409, trpc: "CONFLICT" },
  FEEDBACK_GIVEN: { http: 409, trpc: "CONFLICT" },
  ROUND_STATE: { http: 409, trpc: "CONFLICT" },
  ROUND_OPEN: { http: 409, trpc: "CONFLICT" },
  ROUND_CLOSED: { http: 409, trpc: "CONFLICT" },
  EXPERTISE_EXISTS: { http: 409, trpc: "CONFLICT" },
  // media
  MUX_NOT_CONFIGURED: { http: 503, trpc: "PRECONDITION_FAILED" },
  MUX_NOT_SIGNED: { http: 503, trpc: "PRECONDITION_FAILED" },
  MUX_UNAVAILABLE: { http: 502, trpc: "BAD_GATEWAY" },
} as const satisfies Record<string, { http: number; trpc: TrpcCode }>;

type TrpcCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED"
  | "BAD_GATEWAY"
  | "INTERNAL_SERVER_ERROR";

export type AppErrorCode = keyof typeof ERROR_STATUS;

/** "courses.notFound": every leaf of the `errors` catalogue (messages/en/errors/<domain>.json) is a valid key. */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ErrorKey = Leaves<Messages["errors"]>;

/**
 * Values an error message interpolates: names, counts, dates (formatted in the reader's language), and lists of
 * problems (each worded in the reader's language, one sentence after another: "cannot be published yet: {problems}").
 */
export type ErrorParams = { [name: string]: string | number | Date | readonly Problem[] };

/** A refusal as data (code, message key, values): what domain functions return when "no" is an answer, not an error. */
export type Problem = { code: AppErrorCode; key: ErrorKey; params?: ErrorParams };

/**
 * The one error type domain code throws: a closed code for programs, a message key and values for people.
 * The text is rendered from the catalogue in the reader's language (`messageFor`); `message` is the English text,
 * for logs and tests.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly key: ErrorKey;
  readonly params: ErrorParams;
  readonly field?: string;

  constructor(code: AppErrorCode, key: ErrorKey, params?: ErrorParams, options?: { field?: string; cause?: unknown }) {
    super(renderError(DEFAULT_LOCALE, key, params), options?.cause ? { cause: options.cause } : undefined);
    this.name = "AppError";
    this.code = code;
    this.key = key;
    this.params = params ?? {};
    this.field = options?.field;
  }

  static of(problem: Problem, options?: { field?: string; cause?: unknown }): AppError {
    return new AppError(problem.code, problem.key, problem.params, options);
  }

  /** The English message (kept for readers written before message keys). */
  get userMessage(): string {
    return this.message;
  }

  /** The same refusal about another field of a form. */
  withField(field: string): AppError {
    return new AppError(this.code, this.key, this.params, { field, cause: this.cause });
  }

  /** The message in a person's language. */
  messageFor(locale: string | null | undefined): string {
    return renderError(locale, this.key, this.params);
  }

  get status(): number {
    return ERROR_STATUS[this.code].http;
  }
}

// every language's messages (messages/index.ts)
type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
const translators = new Map<Locale, Translate>();

/** A message of the `errors` catalogue in `locale` (English when the locale is not offered). */
export function renderError(locale: string | null | undefined, key: ErrorKey, params?: ErrorParams): string {
  const l: Locale = isLocale(locale ?? undefined) ? (locale as Locale) : DEFAULT_LOCALE;
  let t = translators.get(l);
  if (!t) {
    t = createTranslator({
      locale: formattingLocale(l),
      messages: catalogues[l],
      namespace: "errors",
      timeZone: "UTC",
      // Calendar dates are stored at UTC midnight: "{date, date, day}" shows "24 November 2026" in English.
      formats: { dateTime: { day: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } } },
    }) as unknown as Translate;
    translators.set(l, t);
  }
  if (!params) return t(key);
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = Array.isArray(value) ? value.map((p: Problem) => renderError(l, p.key, p.params)).join(" ") : (value as string | number | Date);
  }
  return t(key, values);
}

/** The HTTP status of a code (route handlers, the CLI's exit paths). */
export function httpStatusOf(code: AppErrorCode): number {
  return ERROR_STATUS[code].http;
}

/** The tRPC code of a code. */
export function trpcCodeOf(code: AppErrorCode): TrpcCode {
  return ERROR_STATUS[code].trpc;
}

/** A short id for an unexpected error: the person sees it, the log has it with the stack. */
export function newRequestId(): string {
  return randomUUID().slice(0, 8);
}

/** The JSON body every route handler answers an error with. */
export type ErrorBody = { error: { code: AppErrorCode; message: string; field?: string; requestId?: string } };

/**
 * Turns anything thrown into what a client may see: AppErrors as they are, anything else as INTERNAL with a request
 * id (logged here with its stack, never its input).
 */
export function toErrorBody(error: unknown, locale: string | null | undefined, where: string): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.messageFor(locale), ...(error.field ? { field: error.field } : {}) } },
    };
  }
  const requestId = newRequestId();
  console.error(`[${where}] request ${requestId} failed: ${loggableError(error)}`);
  return { status: 500, body: { error: { code: "INTERNAL", message: renderError(locale, "common.internal", { requestId }), requestId } } };
}

const E_MAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[A-Za-z]{2,}/g;
const SECRETS = /\b(pw_[A-Za-z0-9_-]{8,}|Bearer\s+\S+|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)|([?&](?:token|code|state|signature|sig)=)[^&\s]+/gi;

/**
 * An unexpected error as the log keeps it: its kind, code, message and stack — with any e-mail address, API token,
 * bearer or JSON web token and token-bearing URL parameter blanked out, since a message may quote what someone sent.
 * Logs carry ids (the request id, the route), never personal data (server/house/logs.test.ts, docs/SECURITY.md).
 */
export function loggableError(error: unknown, depth = 0): string {
  const redact = (text: string) => text.replace(E_MAIL, "[e-mail]").replace(SECRETS, (_m, secret: string | undefined, param: string | undefined) => (secret ? "[secret]" : `${param}[secret]`));
  if (!(error instanceof Error)) return redact(String(error));
  const code = (error as { code?: unknown }).code;
  const head = `${error.name}${typeof code === "string" || typeof code === "number" ? ` [${code}]` : ""}: ${redact(error.message)}`;
  const frames = (error.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).join("\n");
  const cause = error.cause !== undefined && depth < 3 ? `\ncaused by ${loggableError(error.cause, depth + 1)}` : "";
  return `${head}${frames ? `\n${frames}` : ""}${cause}`;
}
