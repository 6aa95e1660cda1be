import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, ERROR_STATUS, loggableError, renderError, toErrorBody } from "~/server/errors";

describe("AppError", () => {
  it("carries a closed code, a message key and values, and reads in English for logs and tests", () => {
    const e = new AppError("NO_FREE_PLACE", "mentoring.requests.mentorFull", { name: "Carlos García" }, { field: "mentorIds" });
    expect(e.code).toBe("NO_FREE_PLACE");
    expect(e.key).toBe("mentoring.requests.mentorFull");
    expect(e.message).toBe("Carlos García has no free place at the moment.");
    expect(e.messageFor("en")).toBe(e.message);
    expect(e.field).toBe("mentorIds");
    expect(e.status).toBe(409);
  });

  it("falls back to English for a language Pathway does not offer", () => {
    expect(renderError("xx", "common.signIn")).toBe("Please sign in.");
    expect(renderError(null, "common.signIn")).toBe("Please sign in.");
  });

  it("formats calendar dates as the organisation writes them, whatever the server's time zone", () => {
    // Stored at UTC midnight; the tests run in Pacific/Auckland, where this instant is already the 30th.
    expect(renderError("en", "mentoring.requests.expired", { expiredOn: new Date("2026-04-29T00:00:00Z") })).toContain("29 April 2026");
  });

  it("moves to another field without losing its message", () => {
    const e = new AppError("INVALID", "common.controlCharacter").withField("title");
    expect(e.field).toBe("title");
    expect(e.message).toMatch(/control character/);
  });
});

describe("the status table", () => {
  it("gives each code one HTTP status that agrees with its tRPC code", () => {
    const httpOfTrpc: Record<string, number> = {
      BAD_REQUEST: 400,
      UNAUTHORIZED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      PAYLOAD_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      TOO_MANY_REQUESTS: 429,
      INTERNAL_SERVER_ERROR: 500,
    };
    for (const [code, { http, trpc }] of Object.entries(ERROR_STATUS)) {
      if (trpc in httpOfTrpc) expect({ code, http }).toEqual({ code, http: httpOfTrpc[trpc] });
      else expect(http, code).toBeGreaterThanOrEqual(500);
    }
    expect(ERROR_STATUS.TOO_LARGE.http).toBe(413);
  });
});

describe("toErrorBody", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers an AppError with its code, message, field and status", () => {
    const { status, body } = toErrorBody(new AppError("TOO_LARGE", "common.tooLarge", undefined, { field: "file" }), "en", "test");
    expect(status).toBe(413);
    expect(body).toEqual({ error: { code: "TOO_LARGE", message: "The request is too large.", field: "file" } });
  });

  it("never shows an unexpected error's text: a generic message and a request id, which the log has with the stack", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const internal = new Error('Invalid `prisma.staff.findMany()` invocation: invalid byte sequence for encoding "UTF8": 0x00 (22021)');
    const { status, body } = toErrorBody(internal, "en", "test");
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.requestId).toMatch(/^[0-9a-f]{8}$/);
    expect(body.error.message).toContain(body.error.requestId!);
    expect(body.error.message).not.toMatch(/prisma|22021|findMany/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(body.error.requestId!));
    expect(String(log.mock.calls[0]![0])).toContain("22021");
    expect(String(log.mock.calls[0]![0])).toMatch(/\n\s+at /);
  });

  it("logs an unexpected error without the e-mail addresses, tokens and token links its message may quote", () => {
    const cause = new Error("user amina.diallo@example.org not found");
    const error = Object.assign(new Error("fetch https://pathway.example/api/auth/callback/email?token=abc123&email=x failed with Bearer pw_AbCdEfGh12345678", { cause }), { code: "E42" });
    const logged = loggableError(error);
    expect(logged).toMatch(/^Error \[E42\]: fetch https:\/\/pathway\.example\/api\/auth\/callback\/email\?token=\[secret\]&email=x failed with \[secret\]/);
    expect(logged).toContain("caused by Error: user [e-mail] not found");
    expect(logged).not.toMatch(/amina|abc123|pw_AbCd/);
  });
});

describe("problems as values", () => {
  it("words each problem of a list in the reader's language, one after another", () => {
    const e = new AppError("NOT_PUBLISHABLE", "courses.notPublishable", {
      problems: [
        { code: "INVALID", key: "common.signIn" },
        { code: "INVALID", key: "common.tooLarge" },
      ],
    });
    expect(e.message).toBe("This version cannot be published yet: Please sign in. The request is too large.");
    expect(e.messageFor("fr")).toBe("Cette version ne peut pas encore être publiée\u00a0: Veuillez vous connecter. La requête est trop volumineuse.");
    // A language Pathway does not offer reads English.
    expect(e.messageFor("de")).toBe(e.message);
  });
});
