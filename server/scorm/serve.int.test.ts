import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { ensureTestSecret, setTestEnv } from "~/tests/env";

// Serving package files under /scorm/<packageId>/…: who may open them, content types, headers, ranges.
const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-scorm-serve-"));
ensureTestSecret();
setTestEnv({ PATHWAY_DATA_DIR: dataDir });

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, learnerWhoStarted } = await import("~/tests/factories");
const { createScormCourse } = await import("~/tests/scorm-player");
const { GET, HEAD } = await import("~/app/scorm/[packageId]/[...path]/route");
const { contentTypeOf, servePackageFile } = await import("~/server/scorm/serve");

const db = testDb();

function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  const u = new URL(url, "http://localhost:3000");
  const packageId = u.pathname.split("/")[2]!;
  const req = new Request(u, { method, headers: { host: "localhost:3000", ...headers } });
  return (method === "HEAD" ? HEAD : GET)(req, { params: Promise.resolve({ packageId, path: u.pathname.split("/").slice(3) }) });
}

async function as<T>(actor: Actor | null, run: () => Promise<T>): Promise<T> {
  session.actor = actor;
  try {
    return await run();
  } finally {
    session.actor = null;
  }
}

describe("who may open a package's files", () => {
  it("a learner who started the course, L&D, and anyone for an offered course's live version; others get 404 as for nothing", async () => {
    const course = await createScormCourse(db);
    const url = `/scorm/${course.packageId}/index.html`;
    const learner = await learnerWhoStarted(db, course.id);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const other = await createActorWithRole(db, "LEARNER");

    const res = await as(learner, () => get(url));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Pathway test — SCORM 1.2 single SCO");
    expect((await as(admin, () => get(url))).status).toBe(200);
    // published and live: someone about to start may load it
    expect((await as(other, () => get(url))).status).toBe(200);
    expect((await as(null, () => get(url))).status).toBe(401);

    // A draft course's package: L&D only; for anyone else it does not exist, like an unknown package.
    const draft = await createScormCourse(db, { course: { published: false, status: "DRAFT" } });
    const draftUrl = `/scorm/${draft.packageId}/index.html`;
    const hidden = await as(other, () => get(draftUrl));
    const unknown = await as(other, () => get(`/scorm/nosuchpackage/index.html`));
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await hidden.json()).toEqual(await unknown.json());
    expect((await as(admin, () => get(draftUrl))).status).toBe(200);
  });

  it("a learner who started a version keeps access after the course is retired", async () => {
    const course = await createScormCourse(db);
    const learner = await learnerWhoStarted(db, course.id);
    const other = await createActorWithRole(db, "LEARNER");
    await db.course.update({ where: { id: course.id }, data: { status: "RETIRED" } });
    expect((await as(learner, () => get(`/scorm/${course.packageId}/index.html`))).status).toBe(200);
    expect((await as(other, () => get(`/scorm/${course.packageId}/index.html`))).status).toBe(404);
  });

  it("refuses paths outside the package and missing files with 404", async () => {
    const course = await createScormCourse(db);
    const other = await createScormCourse(db);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    // (a plain "/../" or "/%2e%2e/" is resolved by the URL itself, before any route sees it)
    for (const url of [
      `/scorm/${course.packageId}/..%2f${other.packageId}%2findex.html`,
      `/scorm/${course.packageId}/..%5c${other.packageId}%5cindex.html`,
      `/scorm/${course.packageId}/%2fetc%2fpasswd`,
      `/scorm/${course.packageId}/missing.html`,
      `/scorm/${course.packageId}/`,
    ]) {
      expect((await as(admin, () => get(url))).status, url).toBe(404);
    }
    // and the serving function itself, given a relative path that climbs out
    await expect(servePackageFile(admin, course.packageId, `../${other.packageId}/index.html`, { method: "GET", headers: new Headers() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("what is sent", () => {
  it("content types by extension, nosniff, private caching, SCORM's own CSP, framing by Pathway only", async () => {
    const course = await createScormCourse(db, { fixture: "scorm2004-multi" });
    const admin = await createActorWithRole(db, "LD_ADMIN");
    const base = `/scorm/${course.packageId}`;
    const html = await as(admin, () => get(`${base}/sco2.html?part=2`));
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");
    expect(html.headers.get("cache-control")).toMatch(/^private/);
    expect(html.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const csp = html.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'self'");
    // confined to the package's own folder: not even the rest of Pathway (its API) is reachable from the content
    expect(csp).toContain(`script-src localhost:3000/scorm/${course.packageId}/ 'unsafe-inline' 'unsafe-eval'`);
    expect(csp).toContain(`connect-src localhost:3000/scorm/${course.packageId}/;`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("object-src 'none'");
    expect((await as(admin, () => get(`${base}/shared/sco.js`))).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await as(admin, () => get(`${base}/shared/sco.css`))).headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect((await as(admin, () => get(`${base}/imsmanifest.xml`))).headers.get("content-type")).toBe("application/xml; charset=utf-8");

    expect(contentTypeOf("a/b/clip.MP4")).toBe("video/mp4");
    expect(contentTypeOf("font.woff2")).toBe("font/woff2");
    expect(contentTypeOf("captions.vtt")).toBe("text/vtt; charset=utf-8");
    expect(contentTypeOf("data.bin")).toBe("application/octet-stream");
    expect(contentTypeOf("README")).toBe("application/octet-stream");
  });

  it("serves a file with spaces in its name, byte ranges, HEAD and 304", async () => {
    const course = await createScormCourse(db);
    const admin = await createActorWithRole(db, "LD_ADMIN");
    await writeFile(path.join(dataDir, course.storagePath, "my clip.mp4"), Buffer.from("0123456789"));
    const url = `/scorm/${course.packageId}/my%20clip.mp4`;
    const part = await as(admin, () => get(url, { range: "bytes=2-5" }));
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 2-5/10");
    expect(part.headers.get("content-type")).toBe("video/mp4");
    expect(await part.text()).toBe("2345");
    const head = await as(admin, () => get(url, {}, "HEAD"));
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("10");
    const etag = head.headers.get("etag")!;
    expect((await as(admin, () => get(url, { "if-none-match": etag }))).status).toBe(304);
  });
});
