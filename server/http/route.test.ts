import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "~/server/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { route } = await import("~/server/http/route");
const { AppError } = await import("~/server/errors");

const learner: Actor = { id: "s1", employeeId: "E1", email: "l@example.org", fullName: "Lea Learner", locale: "en", roles: ["LEARNER"] };
const admin: Actor = { ...learner, id: "s2", roles: ["LEARNER", "LD_ADMIN"] };

const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://pathway.test${path}`, { headers });

afterEach(() => {
  session.actor = null;
  vi.restoreAllMocks();
});

describe("route()", () => {
  const echo = route({ name: "echo", params: ["id"] }, ({ actor, params, query }) => Response.json({ actor: actor.id, id: params.id, q: query.get("q") }));

  it("hands the handler the signed-in person, the params and the query", async () => {
    session.actor = learner;
    const res = await echo(get("/x/abc?q=hello"), ctx({ id: "abc" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ actor: "s1", id: "abc", q: "hello" });
  });

  it("asks a signed-out visitor to sign in, as JSON with a code", async () => {
    const res = await echo(get("/x/abc"), ctx({ id: "abc" }));
    expect(res.status).toBe(401);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: { code: "UNAUTHORIZED", message: "Please sign in." } });
  });

  it("refuses a person without one of the roles, with the route's own message when it has one", async () => {
    const ldOnly = route({ name: "ld", roles: ["LD_ADMIN", "AUDITOR"] }, () => new Response("ok"));
    const reports = route({ name: "reports", roles: ["LD_ADMIN"], forbidden: "reports.forbidden" }, () => new Response("ok"));
    session.actor = learner;
    expect(await (await ldOnly(get("/x"))).json()).toEqual({ error: { code: "FORBIDDEN", message: "You do not have access to this." } });
    expect(await (await reports(get("/x"))).json()).toEqual({ error: { code: "FORBIDDEN", message: "You do not have access to reports." } });
    session.actor = admin;
    expect((await ldOnly(get("/x"))).status).toBe(200);
  });

  it("answers 400 for a control character in a route param or the query, before any handler or query runs", async () => {
    session.actor = learner;
    const handler = vi.fn(() => new Response("ok"));
    const guarded = route({ name: "guarded", params: ["id"] }, handler);
    // GET /api/sessions/%00/ics: Next.js hands the handler the decoded NUL.
    const nul = await guarded(get("/api/sessions/%00/ics"), ctx({ id: "\u0000" }));
    expect(nul.status).toBe(400);
    expect(await nul.json()).toEqual({ error: { code: "INVALID", field: "id", message: expect.stringContaining("control character") } });
    const inQuery = await guarded(get("/x/a?q=%07bell"), ctx({ id: "a" }));
    expect(inQuery.status).toBe(400);
    expect((await inQuery.json()).error.field).toBe("q");
    expect((await guarded(get("/x/a?%1Bkey=1"), ctx({ id: "a" }))).status).toBe(400);
    expect(handler).not.toHaveBeenCalled();
    // Tab and new lines are text.
    expect((await guarded(get("/x/a?q=two%0Alines%09tab"), ctx({ id: "a" }))).status).toBe(200);
  });

  it("gives every AppError the status of its code (TOO_LARGE is 413 everywhere)", async () => {
    session.actor = learner;
    const cases = [
      [new AppError("TOO_LARGE", "media.fileTooLarge", { limit: "2 GB" }), 413, "The file is larger than the limit of 2 GB."],
      [new AppError("UNSUPPORTED_MEDIA", "media.notAVideo"), 415, expect.stringContaining("not a video")],
      [new AppError("NOT_FOUND", "media.videoNotFound"), 404, "This video does not exist."],
      [new AppError("CONFLICT", "media.alreadyUploaded"), 409, "This video has been uploaded already."],
      [new AppError("MUX_UNAVAILABLE", "media.muxUploadRefused", { reason: "down" }), 502, "Mux did not accept the upload: down"],
    ] as const;
    for (const [error, status, message] of cases) {
      const res = await route({ name: "throws" }, () => {
        throw error;
      })(get("/x"));
      expect({ code: error.code, status: res.status }).toEqual({ code: error.code, status });
      expect(await res.json()).toEqual({ error: { code: error.code, message } });
    }
  });

  it("answers a zod refusal 400 with the schema's message and field", async () => {
    session.actor = learner;
    const Period = z.object({ from: z.string().min(10, { message: "Give a start date" }) });
    const res = await route({ name: "zod" }, () => Response.json(Period.parse({ from: "x" })))(get("/x"));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "INVALID", message: "Give a start date", field: "from" } });
  });

  it("never shows internal text: a generic message with a request id, which the log has with the stack", async () => {
    session.actor = learner;
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await route({ name: "broken" }, () => {
      throw new Error("Invalid `prisma.staff.findMany()` invocation … 22021");
    })(get("/x"));
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).not.toContain("prisma");
    expect(body.error.message).toContain(body.error.requestId);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(body.error.requestId));
    expect(String(log.mock.calls[0]![0])).toContain("broken");
  });

  it("refuses a cross-site write on a same-origin route", async () => {
    session.actor = learner;
    const upload = route({ name: "upload", sameOrigin: true }, () => new Response("ok"));
    const post = (origin?: string) => new Request("http://localhost:3000/x", { method: "POST", headers: { host: "localhost:3000", ...(origin ? { origin } : {}) } });
    expect((await upload(post("https://evil.example"))).status).toBe(403);
    expect((await upload(post("http://localhost:3000"))).status).toBe(200);
    expect((await upload(post())).status).toBe(200);
  });

  it("refuses every cookie-authenticated write a browser sent from another site, by Fetch Metadata or Origin", async () => {
    session.actor = learner;
    const save = route({ name: "save" }, () => new Response("ok"));
    const req = (method: string, headers: Record<string, string>) => new Request("http://localhost:3000/x", { method, headers: { host: "localhost:3000", ...headers } });
    // a form on another site, or on a sibling subdomain (same-site for cookies, still another origin)
    for (const site of ["cross-site", "same-site"]) {
      const refused = await save(req("POST", { "sec-fetch-site": site, origin: "https://evil.example" }));
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: { code: "FORBIDDEN", message: "This request came from another site and was refused. Open Pathway and try again from its own page." } });
    }
    expect((await save(req("PUT", { origin: "https://intranet.example" }))).status).toBe(403);
    expect((await save(req("DELETE", { origin: "null" }))).status).toBe(403);
    // the app's own pages, a person's own navigation, and clients that are no browser
    expect((await save(req("POST", { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" }))).status).toBe(200);
    expect((await save(req("POST", { "sec-fetch-site": "none" }))).status).toBe(200);
    expect((await save(req("POST", {}))).status).toBe(200);
    // a cross-site GET (a link) changes nothing and is answered
    expect((await save(req("GET", { "sec-fetch-site": "cross-site" }))).status).toBe(200);
  });

  it("lets anyone call a public route and a signed-out person an optional one", async () => {
    expect((await route({ name: "health", auth: "public" }, () => new Response("ok"))(get("/health"))).status).toBe(200);
    const optional = route({ name: "optional", auth: "optional" }, ({ actor }) => Response.json({ actor: actor?.id ?? null }));
    expect(await (await optional(get("/x"))).json()).toEqual({ actor: null });
  });

  it("checks a webhook's signature on the raw body before the handler sees it", async () => {
    const verify = async (raw: string) => {
      if (raw !== "signed") throw new AppError("INVALID", "media.webhookSignature", { reason: "bad" });
      return { id: "evt_1" };
    };
    const hook = route({ name: "hook", auth: "signature", verify }, ({ event }) => Response.json({ received: event.id }));
    const post = (body: string) => new Request("http://pathway.test/hook", { method: "POST", body });
    expect(await (await hook(post("signed"))).json()).toEqual({ received: "evt_1" });
    const forged = await hook(post("forged"));
    expect(forged.status).toBe(400);
    expect(await forged.json()).toEqual({ error: { code: "INVALID", message: "The webhook signature is not valid: bad" } });
  });
});
