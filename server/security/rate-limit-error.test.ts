import { describe, expect, it } from "vitest";
import { AppError } from "~/server/errors";
import { retryAfterOf, tooManyAttempts, waitParams } from "~/server/security/rate-limit-error";

describe("the refusal of a request over its limit", () => {
  it("is a 429 carrying whole seconds (at least 1) for Retry-After", () => {
    const e = tooManyAttempts(239.2);
    expect(e.code).toBe("TOO_MANY_REQUESTS");
    expect(e.status).toBe(429);
    expect(e.params.retryAfterSeconds).toBe(240);
    expect(retryAfterOf(e)).toBe(240);
    expect(retryAfterOf(tooManyAttempts(0))).toBe(1);
    expect(retryAfterOf(new AppError("CONFLICT", "common.notFound"))).toBeNull();
    expect(retryAfterOf(new Error("boom"))).toBeNull();
  });

  it("says how long to wait in words, in each language: seconds under a minute, else minutes rounded up", () => {
    expect(tooManyAttempts(240).messageFor("en")).toBe("Too many attempts. Please wait 4 minutes and try again.");
    expect(tooManyAttempts(241).messageFor("en")).toBe("Too many attempts. Please wait 5 minutes and try again.");
    expect(tooManyAttempts(60).messageFor("en")).toBe("Too many attempts. Please wait 1 minute and try again.");
    expect(tooManyAttempts(1).messageFor("en")).toBe("Too many attempts. Please wait 1 second and try again.");
    expect(tooManyAttempts(45).messageFor("fr")).toBe("Trop de tentatives. Veuillez patienter 45 secondes avant de réessayer.");
    expect(tooManyAttempts(900).messageFor("fr")).toBe("Trop de tentatives. Veuillez patienter 15 minutes avant de réessayer.");
    expect(tooManyAttempts(900).messageFor("zh")).toBe("尝试次数过多。请等待15分钟后再试。");
    expect(tooManyAttempts(30).messageFor("zh")).toBe("尝试次数过多。请等待30秒后再试。");
    expect(waitParams(59)).toEqual({ retryAfterSeconds: 59, unit: "seconds", n: 59 });
  });
});
