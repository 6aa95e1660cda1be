import { describe, expect, it } from "vitest";
import { TRPCClientError } from "@trpc/client";
import { errorMessage, fieldError, serverFieldErrors } from "~/lib/trpc/errors";

function failure(message: string, data: Record<string, unknown>) {
  const error = new TRPCClientError(message);
  Object.defineProperty(error, "data", { value: data });
  return error;
}

describe("server errors for forms", () => {
  it("puts an AppError's field and translated message under that field (new shape)", () => {
    const err = failure("Cette session est complète.", { code: "CONFLICT", appCode: "SESSION_FULL", messageKey: "errors.sessionFull", params: {}, field: "capacity", zodError: null, requestId: "r1" });
    expect(serverFieldErrors(err)).toEqual({ capacity: "Cette session est complète." });
    expect(fieldError(err)).toBe("capacity");
    expect(errorMessage(err, "fallback")).toBe("Cette session est complète.");
  });

  it("reads a flattened zod refusal, and one given as issues", () => {
    const flat = failure("bad", { code: "BAD_REQUEST", zodError: { formErrors: [], fieldErrors: { name: ["Too short"], code: [] } } });
    expect(serverFieldErrors(flat)).toEqual({ name: "Too short" });
    const issues = failure("bad", { code: "BAD_REQUEST", zodError: { issues: [{ path: ["lesson", "passMark"], message: "At most 100" }, { path: [], message: "Whole form" }] } });
    expect(serverFieldErrors(issues)).toEqual({ "lesson.passMark": "At most 100" });
    expect(errorMessage(issues, "fallback")).toBe("Whole form");
  });

  it("never shows an internal error's message, but gives its request id", () => {
    const err = failure("relation does not exist", { code: "INTERNAL_SERVER_ERROR", requestId: "abc123" });
    expect(errorMessage(err, "Something went wrong.")).toBe("Something went wrong. (abc123)");
    expect(serverFieldErrors(err)).toBeNull();
    expect(errorMessage(new TypeError("Failed to fetch"), "Something went wrong.")).toBe("Something went wrong.");
  });

  it("works with the old shape (code and field only)", () => {
    const err = failure("Choose a person", { code: "BAD_REQUEST", field: null });
    expect(serverFieldErrors(err)).toBeNull();
    expect(errorMessage(err, "fallback")).toBe("Choose a person");
  });
});
