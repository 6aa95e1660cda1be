// The route handlers' role matrix, next to the procedures' (server/api/permissions.int.test.ts): every app/**/route.ts
// file is named below with its methods and who may call them, and each (method × signed out and every role) is
// called through the exported handler. A route file or method without an entry fails the test, so a new route
// cannot ship without saying who may call it.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES, type Actor, type Role } from "~/server/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { setTestEnv } = await import("~/tests/env");
const { newSigningKey } = await import("~/server/certificates/signing-key");
setTestEnv({ CERTIFICATE_SIGNING_KEY: newSigningKey().secretKeyMultibase });
const { createActorWithRole } = await import("~/tests/factories");
const { createApiToken } = await import("~/server/api-tokens/tokens");

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];

/**
 * Who may call a route:
 * - `public`: anyone;
 * - `session`: a signed-in person (401 otherwise), with one of `roles` when given (403 otherwise);
 * - `token`: an API token of an active L&D admin or auditor (a session cookie is no token: 401 for everyone);
 * - `signature`: a webhook whose signature is checked before anything else (refused 400/404 without one, whoever asks);
 * - `scormFile`: a signed-in person (401), and a package they may not open is 404, never 403 (its existence stays hidden);
 * - `caption`: a signed caption URL for Mux, else a signed-in viewer of its video (401 signed out; 403 for a person
 *   who may not see a lesson showing it; L&D admins see every video);
 * - `trpc`: the tRPC endpoint, whose procedures have their own matrix (server/api/permissions.int.test.ts);
 * - `excluded`: not ours to guard (with the reason).
 */
type Access =
  | { kind: "public" }
  | { kind: "session"; roles?: readonly Role[] }
  | { kind: "token" }
  | { kind: "signature" }
  | { kind: "scormFile" }
  | { kind: "caption" }
  | { kind: "trpc" }
  | { kind: "excluded"; reason: string };

type RouteEntry = {
  methods: readonly Method[];
  access: Access;
  /** the URL path called (dynamic segments filled with ids that exist nowhere) */
  url: string;
  /** the dynamic segments Next.js would pass */
  params?: Record<string, string | string[]>;
};

const REPORTS = ["LD_ADMIN", "AUDITOR"] as const;
const MISSING = "cmissing0000000000000000";

/** Every route file under app/, by its path from the repository root. */
const routeAccess: Record<string, RouteEntry> = {
  "app/api/auth/[...nextauth]/route.ts": {
    methods: ["GET", "POST"],
    access: { kind: "excluded", reason: "next-auth's own sign-in/sign-out/callback endpoints; guarded by next-auth and the rate limits (server/security)" },
    url: "/api/auth/session",
  },
  "app/api/trpc/[trpc]/route.ts": { methods: ["GET", "POST"], access: { kind: "trpc" }, url: "/api/trpc" },
  "app/api/health/route.ts": { methods: ["GET"], access: { kind: "public" }, url: "/api/health" },
  "app/api/certificates/issuer/route.ts": { methods: ["GET"], access: { kind: "public" }, url: "/api/certificates/issuer" },
  "app/(app)/history/certificates/[id]/route.ts": {
    methods: ["GET"],
    access: { kind: "session" },
    url: `/history/certificates/${MISSING}`,
    params: { id: MISSING },
  },
  "app/api/certificates/[id]/credential/route.ts": {
    methods: ["GET"],
    access: { kind: "session" },
    url: `/api/certificates/${MISSING}/credential`,
    params: { id: MISSING },
  },
  "app/api/certificates/[id]/pdf/route.ts": { methods: ["GET"], access: { kind: "session" }, url: `/api/certificates/${MISSING}/pdf`, params: { id: MISSING } },
  "app/api/sessions/[id]/ics/route.ts": { methods: ["GET"], access: { kind: "session" }, url: `/api/sessions/${MISSING}/ics`, params: { id: MISSING } },
  "app/api/exports/compliance/route.ts": { methods: ["GET"], access: { kind: "session", roles: REPORTS }, url: "/api/exports/compliance" },
  "app/api/exports/mentoring/route.ts": {
    methods: ["GET"],
    access: { kind: "session", roles: REPORTS },
    url: "/api/exports/mentoring?from=2030-01-01&to=2030-06-30",
  },
  "app/api/exports/reports/training/route.ts": { methods: ["GET"], access: { kind: "session", roles: REPORTS }, url: "/api/exports/reports/training" },
  "app/api/exports/parity/route.ts": { methods: ["GET"], access: { kind: "session", roles: REPORTS }, url: "/api/exports/parity?asOf=2030-06-30" },
  "app/api/exports/programmes/route.ts": { methods: ["GET"], access: { kind: "session", roles: REPORTS }, url: "/api/exports/programmes" },
  "app/api/exports/team/route.ts": { methods: ["GET"], access: { kind: "session", roles: ["MANAGER"] }, url: "/api/exports/team" },
  // Being added on issue 14 by other engineers: the audit trail's CSV and "download my data".
  "app/api/exports/audit/route.ts": { methods: ["GET"], access: { kind: "session", roles: REPORTS }, url: "/api/exports/audit" },
  "app/api/me/data/route.ts": { methods: ["GET"], access: { kind: "session" }, url: "/api/me/data" },
  "app/api/media/assets/[assetId]/video/route.ts": {
    methods: ["GET", "HEAD"],
    access: { kind: "session" },
    url: `/api/media/assets/${MISSING}/video`,
    params: { assetId: MISSING },
  },
  "app/api/media/captions/[captionId]/route.ts": {
    methods: ["GET"],
    access: { kind: "caption" },
    url: "/api/media/captions/:caption",
    params: { captionId: ":caption" },
  },
  "app/api/media/progress/route.ts": { methods: ["POST"], access: { kind: "session" }, url: "/api/media/progress" },
  "app/api/media/uploads/[assetId]/route.ts": {
    methods: ["PUT"],
    access: { kind: "session", roles: ["LD_ADMIN"] },
    url: `/api/media/uploads/${MISSING}`,
    params: { assetId: MISSING },
  },
  "app/api/scorm/commit/route.ts": { methods: ["POST"], access: { kind: "session" }, url: "/api/scorm/commit" },
  "app/api/scorm/uploads/route.ts": { methods: ["POST"], access: { kind: "session", roles: ["LD_ADMIN"] }, url: "/api/scorm/uploads" },
  "app/api/v1/reports/training/route.ts": { methods: ["GET"], access: { kind: "token" }, url: "/api/v1/reports/training?from=2030-01-01&to=2030-12-31" },
  "app/api/v1/reports/parity/route.ts": { methods: ["GET"], access: { kind: "token" }, url: "/api/v1/reports/parity?asOf=2030-06-30" },
  "app/api/v1/reports/programmes/route.ts": { methods: ["GET"], access: { kind: "token" }, url: "/api/v1/reports/programmes" },
  "app/api/webhooks/mux/route.ts": { methods: ["POST"], access: { kind: "signature" }, url: "/api/webhooks/mux" },
  "app/scorm/[packageId]/[...path]/route.ts": {
    methods: ["GET", "HEAD"],
    access: { kind: "scormFile" },
    url: `/scorm/${MISSING}/index.html`,
    params: { packageId: MISSING, path: ["index.html"] },
  },
};

const root = path.resolve(import.meta.dirname, "../..");
const routeFiles = (await readdir(path.join(root, "app"), { recursive: true }))
  .filter((f) => path.basename(f) === "route.ts")
  .map((f) => path.posix.join("app", f.split(path.sep).join("/")))
  .sort();

type Handler = (req: Request, ctx?: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const modules = new Map<string, Record<string, unknown>>();
async function moduleOf(file: string) {
  if (!modules.has(file)) modules.set(file, (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>);
  return modules.get(file)!;
}

const ORIGIN = "http://localhost:3000";
function request(method: Method, url: string, headers: Record<string, string> = {}): Request {
  const write = method === "POST" || method === "PUT" || method === "PATCH";
  return new Request(`${ORIGIN}${url}`, {
    method,
    // A same-site request from the app's own page, so only the identity decides.
    headers: { host: "localhost:3000", origin: ORIGIN, "sec-fetch-site": "same-origin", ...(write ? { "content-type": "application/json" } : {}), ...headers },
    ...(write ? { body: "{}" } : {}),
  });
}

/** Ids of rows made in beforeAll, for routes that must find their object before they can refuse it. */
const made: Record<string, string> = {};
const fill = (s: string) => s.replace(/:(\w+)/g, (all, name: string) => made[name] ?? all);

async function call(file: string, method: Method, actor: Actor | null, init?: { url?: string; headers?: Record<string, string> }) {
  const entry = routeAccess[file]!;
  const handler = (await moduleOf(file))[method] as Handler;
  session.actor = actor;
  const params = Object.fromEntries(Object.entries(entry.params ?? {}).map(([k, v]) => [k, typeof v === "string" ? fill(v) : v.map(fill)]));
  const res = await handler(request(method, fill(init?.url ?? entry.url), init?.headers), { params: Promise.resolve(params) });
  const body: unknown = method === "HEAD" ? null : res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
  return { status: res.status, body };
}

const errorBody = (code: string) => ({ error: expect.objectContaining({ code, message: expect.any(String) }) });
const walked = Object.entries(routeAccess)
  .filter(([file, e]) => routeFiles.includes(file) && e.access.kind !== "excluded" && e.access.kind !== "trpc")
  .flatMap(([file, e]) => e.methods.map((method) => [file, method] as [string, Method]));

describe("the route handlers' role matrix", () => {
  const actors = new Map<Role, Actor>();
  beforeAll(async () => {
    const db = testDb();
    for (const role of ROLES) actors.set(role, await createActorWithRole(db, role));
    // A caption of a video no lesson shows: nobody may fetch it without a signed URL.
    const asset = await db.mediaAsset.create({ data: { provider: "LOCAL", status: "READY", title: "matrix.mp4", storagePath: "videos/matrix.mp4", mimeType: "video/mp4" } });
    made.caption = (await db.captionTrack.create({ data: { assetId: asset.id, language: "en", label: "English", storagePath: "captions/matrix.vtt", sizeBytes: 10 } })).id;
  });

  it("names every route file under app/, and nothing else", () => {
    expect(routeFiles.filter((f) => !(f in routeAccess))).toEqual([]);
    expect(Object.keys(routeAccess).filter((f) => !routeFiles.includes(f))).toEqual([]);
  });

  it("names every method each route file exports", async () => {
    for (const file of routeFiles.filter((f) => f in routeAccess && routeAccess[f]!.access.kind !== "excluded")) {
      const mod = await moduleOf(file);
      const exported = METHODS.filter((m) => typeof mod[m] === "function");
      expect({ file, methods: exported }).toEqual({ file, methods: [...routeAccess[file]!.methods].sort((a, b) => METHODS.indexOf(a) - METHODS.indexOf(b)) });
    }
  });

  it.each(walked)("%s %s answers exactly whom the list allows", async (file, method) => {
    const { access } = routeAccess[file]!;
    const json = method !== "HEAD";
    const anonymous = await call(file, method, null);
    switch (access.kind) {
      case "public":
        expect(anonymous.status).toBeLessThan(400);
        for (const role of ROLES) expect({ role, status: (await call(file, method, actors.get(role)!)).status }).toEqual({ role, status: anonymous.status });
        return;
      case "session":
      case "scormFile":
      case "caption": {
        expect(anonymous.status).toBe(401);
        if (json) expect(anonymous.body).toEqual(errorBody("UNAUTHORIZED"));
        for (const role of ROLES) {
          const { status, body } = await call(file, method, actors.get(role)!);
          const allowed = access.kind === "session" ? !access.roles || access.roles.includes(role) : access.kind === "scormFile" || role === "LD_ADMIN";
          if (!allowed) {
            expect({ role, status }).toEqual({ role, status: 403 });
            if (json) expect(body).toEqual(errorBody("FORBIDDEN"));
          } else if (access.kind === "scormFile") {
            // A package nobody may see is not found, for every role (L&D included): never a hint that it exists.
            expect({ role, status }).toEqual({ role, status: 404 });
            if (json) expect(body).toEqual(errorBody("NOT_FOUND"));
          } else {
            expect({ role, status: [401, 403].includes(status) || status >= 500 ? status : "allowed" }).toEqual({ role, status: "allowed" });
          }
        }
        return;
      }
      case "token":
        // A signed-in person's cookie is no API token, whatever their role.
        for (const actor of [null, ...actors.values()]) {
          const { status, body } = await call(file, method, actor);
          expect({ role: actor?.roles.at(-1) ?? "signed out", status }).toEqual({ role: actor?.roles.at(-1) ?? "signed out", status: 401 });
          expect(body).toEqual(errorBody("UNAUTHORIZED"));
        }
        return;
      case "signature":
        for (const actor of [null, ...actors.values()]) {
          const { status } = await call(file, method, actor);
          expect([400, 401, 403, 404]).toContain(status);
        }
        return;
    }
  });

  it("lets an L&D admin's or auditor's API token read the reports API, not a token of anyone else", async () => {
    const file = "app/api/v1/reports/training/route.ts";
    const { token: admin } = await createApiToken(actors.get("LD_ADMIN")!, { name: "Route matrix" });
    const { token: auditor } = await createApiToken(actors.get("AUDITOR")!, { name: "Route matrix (auditor)" });
    // Made by the domain function directly: the page would never issue one to a manager.
    const { token: manager } = await createApiToken(actors.get("MANAGER")!, { name: "Route matrix (manager)" });
    expect((await call(file, "GET", null, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
    expect((await call(file, "GET", null, { headers: { authorization: `Bearer ${auditor}` } })).status).toBe(200);
    const refused = await call(file, "GET", null, { headers: { authorization: `Bearer ${manager}` } });
    expect(refused).toEqual({ status: 403, body: errorBody("FORBIDDEN") });
    expect((await call(file, "GET", null, { headers: { authorization: `Bearer ${admin}x` } })).status).toBe(401);
  });

  it("refuses signed-out and wrong-role tRPC calls through the HTTP endpoint with 401 and 403", async () => {
    const file = "app/api/trpc/[trpc]/route.ts";
    expect((await call(file, "GET", null, { url: "/api/trpc/health.ping" })).status).toBe(200);
    expect((await call(file, "GET", null, { url: "/api/trpc/me.get" })).status).toBe(401);
    expect((await call(file, "GET", actors.get("LEARNER")!, { url: "/api/trpc/people.search?input=%7B%7D" })).status).toBe(403);
    expect((await call(file, "GET", actors.get("LEARNER")!, { url: "/api/trpc/me.get" })).status).toBe(200);
  });
});
