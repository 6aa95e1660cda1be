import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { ensureTestSecret, setTestEnv } from "~/tests/env";

// Local storage (no Mux variables): files under a throwaway data dir; a small size limit to test it.
const dataDir = mkdtempSync(path.join(tmpdir(), "pathway-media-local-"));
ensureTestSecret();
setTestEnv({
  PATHWAY_DATA_DIR: dataDir,
  MEDIA_MAX_BYTES: String(200 * 1024),
  ...Object.fromEntries(["MUX_TOKEN_ID", "MUX_TOKEN_SECRET", "MUX_WEBHOOK_SECRET", "MUX_SIGNING_KEY_ID", "MUX_SIGNING_PRIVATE_KEY", "MUX_BASE_URL"].map((k) => [k, undefined])),
});

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, createEnrolment, createVideoCourse, learnerWhoStarted, DEMO_VIDEO, DEMO_CAPTIONS_EN } = await import("~/tests/factories");
const { createVideoUpload, addCaption, attachVideoToLesson, getLessonPlayback } = await import("~/server/media/assets");
const { PUT: uploadRoute } = await import("~/app/api/media/uploads/[assetId]/route");
const { GET: videoRoute, HEAD: videoHead } = await import("~/app/api/media/assets/[assetId]/video/route");
const { GET: captionRoute } = await import("~/app/api/media/captions/[captionId]/route");

const db = testDb();
const demo = readFileSync(DEMO_VIDEO);
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

/** A body that arrives in chunks, like a browser's upload, so the route streams it. */
function chunked(bytes: Uint8Array, chunk = 16 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunk));
      offset += chunk;
    },
  });
}

function put(assetId: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  const req = new Request(`http://localhost:3000/api/media/uploads/${assetId}`, {
    method: "PUT",
    body: chunked(bytes),
    headers: { host: "localhost:3000", "content-type": "video/mp4", ...headers },
    duplex: "half",
  } as RequestInit);
  return uploadRoute(req, params({ assetId }));
}

function getVideo(assetId: string, headers: Record<string, string> = {}, method = "GET") {
  const req = new Request(`http://localhost:3000/api/media/assets/${assetId}/video`, { method, headers });
  return (method === "HEAD" ? videoHead : videoRoute)(req, params({ assetId }));
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(path.join(dataDir, "media", dir));
  } catch {
    return [];
  }
}

let admin: Actor;
beforeEach(async () => {
  admin ??= await createActorWithRole(db, "LD_ADMIN");
  session.actor = admin;
});

describe("local uploads", () => {
  it("streams a real video to disk, types it by its content and reads its duration from the file", async () => {
    const ticket = await createVideoUpload(admin, { fileName: "breathing.mp4", sizeBytes: demo.byteLength, durationSeconds: null });
    expect(ticket).toMatchObject({ provider: "LOCAL", uploadUrl: `/api/media/uploads/${ticket.assetId}`, maxBytes: 200 * 1024 });
    const res = await put(ticket.assetId, demo, { "content-type": "application/octet-stream" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "READY", sizeBytes: demo.byteLength });
    const asset = await db.mediaAsset.findUniqueOrThrow({ where: { id: ticket.assetId } });
    expect(asset).toMatchObject({ status: "READY", mimeType: "video/mp4", sizeBytes: BigInt(demo.byteLength) });
    expect(asset.durationSeconds).toBeCloseTo(12, 2);
    expect(readFileSync(path.join(dataDir, "media", asset.storagePath!)).equals(demo)).toBe(true);
    // The same upload URL cannot overwrite it afterwards.
    expect((await put(ticket.assetId, demo)).status).toBe(409);
  });

  it("refuses a text file renamed to .mp4 (415), keeps nothing and lets the admin try again", async () => {
    const ticket = await createVideoUpload(admin, { fileName: "notes.mp4", sizeBytes: 2000, durationSeconds: 30 });
    const text = new TextEncoder().encode("Meeting notes: remember to book travel security clearance.\n".repeat(40));
    const res = await put(ticket.assetId, text);
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatchObject({ code: "UNSUPPORTED_MEDIA", message: expect.stringMatching(/not a video/) });
    expect(await db.mediaAsset.findUniqueOrThrow({ where: { id: ticket.assetId } })).toMatchObject({ status: "WAITING", storagePath: null });
    expect(filesIn("tmp")).toEqual([]);
    expect((await put(ticket.assetId, demo)).status).toBe(200);
  });

  it("stops an upload at the size limit, before or while it streams (413)", async () => {
    await expect(createVideoUpload(admin, { fileName: "long.mp4", sizeBytes: 300 * 1024, durationSeconds: null })).rejects.toMatchObject({ code: "TOO_LARGE" });
    const ticket = await createVideoUpload(admin, { fileName: "lied-about-size.mp4", sizeBytes: 1000, durationSeconds: null });
    const big = new Uint8Array(300 * 1024);
    big.set(demo.subarray(0, 64));
    const res = await put(ticket.assetId, big);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: "TOO_LARGE", message: "The file is larger than the limit of 200 KB." } });
    expect(await db.mediaAsset.findUniqueOrThrow({ where: { id: ticket.assetId } })).toMatchObject({ status: "WAITING" });
    expect(filesIn("tmp")).toEqual([]);
  });

  it("takes uploads from L&D admins only", async () => {
    const ticket = await createVideoUpload(admin, { fileName: "a.mp4", sizeBytes: demo.byteLength, durationSeconds: null });
    session.actor = await createActorWithRole(db, "LEARNER");
    expect((await put(ticket.assetId, demo)).status).toBe(403);
    await expect(createVideoUpload(session.actor, { fileName: "a.mp4", sizeBytes: 10, durationSeconds: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    session.actor = null;
    expect((await put(ticket.assetId, demo)).status).toBe(401);
  });

  it("attaches a video to a lesson of a draft version only", async () => {
    const published = await createVideoCourse(db);
    const draft = await createVideoCourse(db, { draft: true });
    const ticket = await createVideoUpload(admin, { fileName: "b.mp4", sizeBytes: demo.byteLength, durationSeconds: null });
    await expect(attachVideoToLesson(admin, { lessonId: published.videoLessonId, assetId: ticket.assetId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(attachVideoToLesson(admin, { lessonId: draft.readingLessonId, assetId: ticket.assetId })).rejects.toMatchObject({ code: "INVALID" });
    await attachVideoToLesson(admin, { lessonId: draft.videoLessonId, assetId: ticket.assetId });
    // Until the file arrives the lesson shows "processing".
    expect(await getLessonPlayback(admin, draft.videoLessonId)).toEqual({ state: "processing" });
    await put(ticket.assetId, demo);
    expect(await getLessonPlayback(admin, draft.videoLessonId)).toMatchObject({ state: "ready", source: { provider: "LOCAL", src: `/api/media/assets/${ticket.assetId}/video`, mimeType: "video/mp4" } });
  });
});

describe("a video lesson built in the course editor", () => {
  it("needs no video address: the admin adds the lesson, uploads the file and it is on the lesson", async () => {
    const { addLesson } = await import("~/server/courses/authoring");
    const { LessonContentInput } = await import("~/lib/schemas/courses");
    const course = await createVideoCourse(db, { draft: true });
    const lesson = LessonContentInput.parse({ kind: "VIDEO", title: "Breathing at your desk", required: true, url: "", body: "", watchedThreshold: 80 });
    const created = await addLesson(admin, { courseId: course.courseId, lesson });
    expect(await db.lesson.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ url: null, mediaAssetId: null, watchedThreshold: 80 });
    expect(await getLessonPlayback(admin, created.id)).toEqual({ state: "none" });

    const ticket = await createVideoUpload(admin, { fileName: "desk.mp4", sizeBytes: demo.byteLength, durationSeconds: 12 });
    expect((await put(ticket.assetId, demo)).status).toBe(200);
    await attachVideoToLesson(admin, { lessonId: created.id, assetId: ticket.assetId });
    expect(await getLessonPlayback(admin, created.id)).toMatchObject({ state: "ready", assetId: ticket.assetId });
  });
});

describe("streaming a local video with Range requests", () => {
  it("serves whole files and byte ranges to a learner who started the course", async () => {
    const course = await createVideoCourse(db);
    session.actor = await learnerWhoStarted(db, course.courseId);
    const size = demo.byteLength;

    const full = await getVideo(course.assetId);
    expect(full.status).toBe(200);
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    expect(full.headers.get("content-type")).toBe("video/mp4");
    expect(full.headers.get("content-length")).toBe(String(size));
    expect(full.headers.get("etag")).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(full.headers.get("last-modified")).toMatch(/GMT$/);
    expect(full.headers.get("cache-control")).toContain("private");
    expect(Buffer.from(await full.arrayBuffer()).equals(demo)).toBe(true);

    const first = await getVideo(course.assetId, { range: "bytes=0-99" });
    expect(first.status).toBe(206);
    expect(first.headers.get("content-range")).toBe(`bytes 0-99/${size}`);
    expect(first.headers.get("content-length")).toBe("100");
    expect(Buffer.from(await first.arrayBuffer()).equals(demo.subarray(0, 100))).toBe(true);

    const middle = await getVideo(course.assetId, { range: "bytes=20000-29999" });
    expect(middle.status).toBe(206);
    expect(middle.headers.get("content-range")).toBe(`bytes 20000-29999/${size}`);
    expect(Buffer.from(await middle.arrayBuffer()).equals(demo.subarray(20000, 30000))).toBe(true);

    const open = await getVideo(course.assetId, { range: `bytes=${size - 10}-` });
    expect(open.status).toBe(206);
    expect(Buffer.from(await open.arrayBuffer()).equals(demo.subarray(size - 10))).toBe(true);

    const suffix = await getVideo(course.assetId, { range: "bytes=-500" });
    expect(suffix.status).toBe(206);
    expect(suffix.headers.get("content-range")).toBe(`bytes ${size - 500}-${size - 1}/${size}`);
    expect(Buffer.from(await suffix.arrayBuffer()).equals(demo.subarray(size - 500))).toBe(true);

    const beyond = await getVideo(course.assetId, { range: `bytes=${size}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${size}`);

    const etag = full.headers.get("etag")!;
    expect((await getVideo(course.assetId, { "if-none-match": etag })).status).toBe(304);
    // If-Range naming another version of the file: the whole (current) file, not a piece of it.
    const stale = await getVideo(course.assetId, { range: "bytes=0-99", "if-range": '"0-0"' });
    expect(stale.status).toBe(200);
    expect((await getVideo(course.assetId, { range: "bytes=0-99", "if-range": etag })).status).toBe(206);

    const head = await getVideo(course.assetId, { range: "bytes=0-99" }, "HEAD");
    expect(head.status).toBe(206);
    expect(head.body).toBeNull();
  });

  it("checks the viewer's right: 401 signed out, 403 for someone not on the course, 404 for no such video", async () => {
    const course = await createVideoCourse(db);
    session.actor = null;
    expect((await getVideo(course.assetId)).status).toBe(401);
    session.actor = await createActorWithRole(db, "LEARNER");
    expect((await getVideo(course.assetId)).status).toBe(403);
    // An enrolment in the published course is enough to watch, before starting it.
    await createEnrolment(db, { staffId: session.actor.id, courseId: course.id });
    expect((await getVideo(course.assetId, { range: "bytes=0-1" })).status).toBe(206);
    session.actor = admin;
    expect((await getVideo(course.assetId, { range: "bytes=0-1" })).status).toBe(206);
    expect((await getVideo("no-such-asset")).status).toBe(404);
  });
});

describe("captions for a local video", () => {
  it("stores WebVTT per language and serves it as a <track> to viewers of the lesson", async () => {
    const course = await createVideoCourse(db);
    const en = readFileSync(DEMO_CAPTIONS_EN, "utf8");
    await addCaption(admin, { assetId: course.assetId, language: "en", label: "English" }, en);
    await addCaption(admin, { assetId: course.assetId, language: "fr", label: "Français" }, "WEBVTT\n\n00:00.000 --> 00:02.000\nRespirez.\n");
    await addCaption(admin, { assetId: course.assetId, language: "zh", label: "中文" }, "\uFEFFWEBVTT\n\n00:00.000 --> 00:02.000\n深呼吸。\n");
    // Replacing a language keeps one track for it.
    const summary = await addCaption(admin, { assetId: course.assetId, language: "fr", label: "Français" }, "WEBVTT\n\n00:00.000 --> 00:02.000\nInspirez.\n");
    expect(summary.captions.map((c) => [c.language, c.label, c.status])).toEqual([["en", "English", "READY"], ["fr", "Français", "READY"], ["zh", "中文", "READY"]]);

    const learner = await learnerWhoStarted(db, course.courseId);
    const playback = await getLessonPlayback(learner, course.videoLessonId);
    if (playback.state !== "ready" || playback.source.provider !== "LOCAL") throw new Error("expected a ready local video");
    const fr = playback.source.captions.find((c) => c.language === "fr")!;
    session.actor = learner;
    const res = await captionRoute(new Request(`http://localhost:3000${fr.src}`), params({ captionId: fr.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await res.text()).toContain("Inspirez.");
    session.actor = await createActorWithRole(db, "LEARNER");
    expect((await captionRoute(new Request(`http://localhost:3000${fr.src}`), params({ captionId: fr.id }))).status).toBe(403);
  });

  it("refuses a file that is not WebVTT, and changes nothing", async () => {
    const course = await createVideoCourse(db);
    await expect(addCaption(admin, { assetId: course.assetId, language: "en", label: "English" }, "1\n00:00:00,000 --> 00:00:02,000\nAn SRT file\n")).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await db.captionTrack.count({ where: { assetId: course.assetId } })).toBe(0);
  });
});
