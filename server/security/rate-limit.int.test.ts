// Rate limits counted in this file's real PostgreSQL (table rate_limit): the limit itself, the sign-in route's 429 for
// next-auth's client, an API token's 429 with Retry-After, and a quiz submission refused by the tRPC middleware.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { setTestEnv } from "~/tests/env";

// Short limits of this file's own (read once, on the first env()): the defaults are the ones people get.
setTestEnv({
  RATE_LIMIT_SIGN_IN_DEMO: "2/1",
  RATE_LIMIT_SIGN_IN_EMAIL_ADDRESS: "2/900",
  RATE_LIMIT_SIGN_IN_EMAIL_CLIENT: "4/900",
  RATE_LIMIT_SIGN_IN_OIDC: "3/60",
  RATE_LIMIT_API_TOKEN: "3/60",
  RATE_LIMIT_QUIZ_SUBMIT: "3/60",
  RATE_LIMIT_UPLOAD: "off",
  TRUSTED_PROXIES: "1",
});

// next-auth itself is not under test (it needs a Next.js request scope): an allowed request reaches this stand-in.
const nextAuth = vi.hoisted(() => ({ calls: 0 }));
vi.mock("next-auth", () => ({
  default: async () => {
    nextAuth.calls++;
    return Response.json({ url: "http://localhost:3000/verify-request" });
  },
}));
vi.mock("~/server/auth/options", () => ({ authOptions: () => ({}) }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, createCourse, createStaff, lessonsOf, answers } = await import("~/tests/factories");
const { consumeLimit, closeRateLimits, limitOf } = await import("~/server/security/rate-limit");
const { POST: authPost } = await import("~/app/api/auth/[...nextauth]/route");
const { GET: reportsApi } = await import("~/app/api/v1/reports/training/route");
const { createApiToken } = await import("~/server/api-tokens/tokens");
const { createCaller } = await import("~/server/api/root");
const { attestLesson, completeLesson, startCourse } = await import("~/server/courses/player");
const { AppError } = await import("~/server/errors");

const db = testDb();

afterAll(async () => {
  await closeRateLimits();
});

async function refusal(p: Promise<unknown>): Promise<InstanceType<typeof AppError>> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as InstanceType<typeof AppError>;
}

async function storedKeys(): Promise<string[]> {
  return (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
}

describe("consumeLimit", () => {
  it("refuses the attempt after the limit with the seconds to wait, other keys unaffected, and allows again once the window is over", async () => {
    const key = `client-${randomUUID()}`;
    await consumeLimit("signInDemo", key);
    await consumeLimit("signInDemo", key);
    const over = await refusal(consumeLimit("signInDemo", key));
    expect(over.code).toBe("TOO_MANY_REQUESTS");
    expect(over.status).toBe(429);
    expect(over.params.retryAfterSeconds).toBe(1);
    expect(over.message).toBe("Too many attempts. Please wait 1 second and try again.");
    // Refused again while blocked, whatever the number of tries.
    await expect(consumeLimit("signInDemo", key)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });

    // Someone else (another key) and another limit of the same key are counted apart.
    await consumeLimit("signInDemo", `client-${randomUUID()}`);
    await consumeLimit("signInOidc", key);

    await new Promise((r) => setTimeout(r, 1_100));
    await consumeLimit("signInDemo", key);
    await consumeLimit("signInDemo", key);
    await expect(consumeLimit("signInDemo", key)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("keeps no address or id in the table: keys are hashed, one row per limit and key", async () => {
    const email = `someone.${randomUUID()}@example.org`;
    const staffId = randomUUID();
    await consumeLimit("signInEmailAddress", email);
    await consumeLimit("quizSubmit", staffId);
    const keys = await storedKeys();
    expect(keys.filter((k) => k.includes(email) || k.includes(staffId) || k.includes("@"))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("signInEmailAddress:")).length).toBeGreaterThanOrEqual(1);
    expect(keys.every((k) => /^[a-zA-Z]+:[0-9a-f]{32}$/.test(k))).toBe(true);
  });

  it("a limit set to off counts nothing", async () => {
    expect(limitOf("upload")).toBeNull();
    const before = (await storedKeys()).filter((k) => k.startsWith("upload:")).length;
    for (let i = 0; i < 40; i++) await consumeLimit("upload", "admin-1");
    expect((await storedKeys()).filter((k) => k.startsWith("upload:")).length).toBe(before);
  });
});

describe("the sign-in route", () => {
  const ctx = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });
  const post = (path: string, form: Record<string, string>, headers: Record<string, string>) =>
    new NextRequest(`http://localhost:3000/api/auth/${path}`, {
      method: "POST",
      body: new URLSearchParams({ csrfToken: "x", callbackUrl: "/", json: "true", ...form }),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });

  it("answers the third e-mail link for one address with a 429 next-auth's client follows to the sign-in page, in the caller's language", async () => {
    const email = `Amina.${randomUUID()}@example.org`;
    const french = { "accept-language": "fr-CH,fr;q=0.9", "x-forwarded-for": "198.51.100.1" };
    const calls = nextAuth.calls;
    expect((await authPost(post("signin/email", { email }, french), ctx("signin", "email"))).status).toBe(200);
    // Another spelling of the same mailbox counts for it.
    expect((await authPost(post("signin/email", { email: ` ${email.toUpperCase()} ` }, french), ctx("signin", "email"))).status).toBe(200);
    const res = await authPost(post("signin/email", { email }, french), ctx("signin", "email"));
    expect(res.status).toBe(429);
    expect(nextAuth.calls).toBe(calls + 2);
    const wait = Number(res.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(890);
    expect(wait).toBeLessThanOrEqual(900);
    const body = (await res.json()) as { url: string; error: { code: string; message: string } };
    expect(body.url).toMatch(new RegExp(`^http://[^/]+/signin\\?error=RateLimited&retryAfter=${wait}$`));
    expect(body.error).toEqual({ code: "TOO_MANY_REQUESTS", message: "Trop de tentatives. Veuillez patienter 15 minutes avant de réessayer." });

    // Another address from another client is still served.
    expect((await authPost(post("signin/email", { email: `other.${randomUUID()}@example.org` }, { "x-forwarded-for": "198.51.100.2" }), ctx("signin", "email"))).status).toBe(200);
  });

  it("limits e-mail links per client address too, read from the right of X-Forwarded-For (a forged left entry changes nothing)", async () => {
    const client = "203.0.113.77";
    for (let i = 0; i < 4; i++) {
      const res = await authPost(post("signin/email", { email: `p${i}.${randomUUID()}@example.org` }, { "x-forwarded-for": `10.0.0.${i}, ${client}` }), ctx("signin", "email"));
      expect(res.status).toBe(200);
    }
    const res = await authPost(post("signin/email", { email: `p.${randomUUID()}@example.org` }, { "x-forwarded-for": `10.9.9.9, ${client}`, "accept-language": "zh-CN" }), ctx("signin", "email"));
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("尝试次数过多。请等待15分钟后再试。");
  });

  it("limits OIDC sign-in starts per client, and leaves sign-out and other posts alone", async () => {
    const headers = { "x-forwarded-for": "192.0.2.44" };
    for (let i = 0; i < 3; i++) expect((await authPost(post("signin/oidc", {}, headers), ctx("signin", "oidc"))).status).toBe(200);
    const res = await authPost(post("signin/oidc", {}, headers), ctx("signin", "oidc"));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^Too many attempts\. Please wait (1 minute|\d\d? seconds?) and try again\.$/);
    for (let i = 0; i < 5; i++) expect((await authPost(post("signout", {}, headers), ctx("signout"))).status).toBe(200);
  });
});

describe("API token calls", () => {
  it("answer 429 with Retry-After and the JSON error after the token's limit, and other tokens go on", async () => {
    const owner = await createActorWithRole(db, "LD_ADMIN");
    const { token } = await createApiToken(owner, { name: `Limits ${randomUUID()}` });
    const { token: other } = await createApiToken(owner, { name: `Limits other ${randomUUID()}` });
    const call = (t: string) => reportsApi(new Request("http://pathway.test/api/v1/reports/training?from=2030-01-01&to=2030-01-31", { headers: { authorization: `Bearer ${t}` } }));
    for (let i = 0; i < 3; i++) expect((await call(token)).status).toBe(200);
    const res = await call(token);
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(body.error.message).toBe(wait === 60 ? "Too many attempts. Please wait 1 minute and try again." : `Too many attempts. Please wait ${wait} seconds and try again.`);
    expect((await call(other)).status).toBe(200);
  });
});

describe("quiz submissions", () => {
  it("the 4th within a minute is refused by the tRPC middleware with TOO_MANY_REQUESTS, and only 3 attempts are stored", async () => {
    const staff = await createStaff(db);
    const actor = { id: staff.id, employeeId: staff.employeeId, email: staff.email, fullName: staff.fullName, locale: "fr", roles: ["LEARNER" as const] };
    const course = await createCourse(db);
    await startCourse(actor, course.courseId, {}, new Date());
    const lessons = await lessonsOf(db, course.versionId);
    for (const l of lessons) {
      if (l.kind === "READING") await completeLesson(actor, l.id, new Date());
      if (l.kind === "ATTESTATION") await attestLesson(actor, l.id, new Date());
    }
    const quiz = lessons.find((l) => l.kind === "QUIZ")!;
    const caller = createCaller({ actor });
    const submit = async () => {
      await caller.courses.startQuiz({ lessonId: quiz.id });
      return caller.courses.submitQuiz({ lessonId: quiz.id, submissionId: randomUUID(), answers: answers(quiz.questions, 0) });
    };
    for (let i = 0; i < 3; i++) expect((await submit()).attempt.passed).toBe(false);
    const refused = await submit().then(
      () => null,
      (e: unknown) => e as { code: string; message: string; cause?: unknown },
    );
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const cause = refused!.cause as InstanceType<typeof AppError>;
    const wait = cause.params.retryAfterSeconds as number;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(cause.messageFor(actor.locale)).toBe(wait === 60 ? "Trop de tentatives. Veuillez patienter 1 minute avant de réessayer." : `Trop de tentatives. Veuillez patienter ${wait} secondes avant de réessayer.`);
    expect(await db.quizAttempt.count({ where: { lessonId: quiz.id, progress: { staffId: actor.id }, submittedAt: { not: null } } })).toBe(3);

  });
});
