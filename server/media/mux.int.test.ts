import { generateKeyPairSync, verify } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "~/server/auth/roles";
import { startMuxStub, type MuxStub, type MuxWebhookEvent } from "~/tests/mux-stub";
import { ensureTestSecret, setTestEnv } from "~/tests/env";

// Mux configured with signed playback, mux-node pointed at the local stand-in: the whole flow runs offline.
const MUX = { tokenId: "test-token-id", tokenSecret: "test-token-secret", webhookSecret: "test-webhook-secret" };
const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const stub: MuxStub = await startMuxStub(MUX);
ensureTestSecret();
setTestEnv({
  PATHWAY_DATA_DIR: mkdtempSync(path.join(tmpdir(), "pathway-media-mux-")),
  NEXTAUTH_URL: "https://pathway.example.org",
  MUX_TOKEN_ID: MUX.tokenId,
  MUX_TOKEN_SECRET: MUX.tokenSecret,
  MUX_WEBHOOK_SECRET: MUX.webhookSecret,
  MUX_SIGNING_KEY_ID: "test-signing-key",
  // Mux hands out signing keys as base64-encoded PEM.
  MUX_SIGNING_PRIVATE_KEY: Buffer.from(keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString()).toString("base64"),
  MUX_BASE_URL: stub.url,
});

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("~/server/auth/session", () => ({ getActor: async () => session.actor }));

const { testDb } = await import("~/tests/db");
const { createActorWithRole, createVideoCourse, learnerWhoStarted, DEMO_VIDEO } = await import("~/tests/factories");
const { createVideoUpload, getLessonPlayback, addCaption, getAsset } = await import("~/server/media/assets");
const { POST: webhookRoute } = await import("~/app/api/webhooks/mux/route");
const { GET: captionRoute } = await import("~/app/api/media/captions/[captionId]/route");

const db = testDb();
let admin: Actor;

beforeAll(async () => {
  admin = await createActorWithRole(db, "LD_ADMIN");
});
afterAll(() => stub.close());

async function deliver(event: MuxWebhookEvent, opts: { secret?: string; timestamp?: number; tamper?: (body: string) => string; headers?: Record<string, string> } = {}) {
  const signed = stub.sign(event, opts);
  const body = opts.tamper ? opts.tamper(signed.body) : signed.body;
  const res = await webhookRoute(new Request("https://pathway.example.org/api/webhooks/mux", { method: "POST", body, headers: opts.headers ?? signed.headers }));
  return { status: res.status, json: (await res.json()) as { outcome?: string; error?: { code: string; message: string } } };
}

function assetRow(id: string) {
  return db.mediaAsset.findUniqueOrThrow({
    where: { id },
    select: { status: true, muxUploadId: true, muxAssetId: true, muxPlaybackId: true, durationSeconds: true, errorMessage: true, playbackPolicy: true },
  });
}

/** An admin's upload: the direct upload on Mux, the browser's PUT of the file to it, and Mux creating the asset. */
async function uploadedToMux() {
  const ticket = await createVideoUpload(admin, { fileName: "three-breath-pause.mp4", sizeBytes: 53979, durationSeconds: null });
  const file = readFileSync(DEMO_VIDEO);
  const put = await fetch(ticket.uploadUrl, { method: "PUT", body: file, headers: { origin: "https://pathway.example.org" } });
  expect(put.status).toBe(200);
  const upload = [...stub.uploads.values()].find((u) => u.new_asset_settings.passthrough === ticket.assetId)!;
  expect(upload.receivedBytes).toBe(file.byteLength);
  const muxAsset = stub.createAssetFromUpload(upload.id);
  return { ticket, upload, muxAsset };
}

function decodeJwt(token: string) {
  const [header, payload, signature] = token.split(".");
  const ok = verify("RSA-SHA256", Buffer.from(`${header}.${payload}`), keys.publicKey, Buffer.from(signature!, "base64url"));
  return { ok, header: JSON.parse(Buffer.from(header!, "base64url").toString()), claims: JSON.parse(Buffer.from(payload!, "base64url").toString()) };
}

describe("Mux: direct upload → webhook → ready, offline", () => {
  it("creates the direct upload server-side, shows processing, then plays with short-lived signed tokens", async () => {
    const { ticket, upload, muxAsset } = await uploadedToMux();
    expect(ticket).toMatchObject({ provider: "MUX", uploadUrl: upload.url, maxBytes: null });
    expect(upload).toMatchObject({ cors_origin: "https://pathway.example.org", new_asset_settings: { playback_policies: ["signed"], passthrough: ticket.assetId } });
    expect(await assetRow(ticket.assetId)).toMatchObject({ status: "WAITING", muxUploadId: upload.id, playbackPolicy: "SIGNED" });

    const course = await createVideoCourse(db, { assetId: ticket.assetId });
    const learner = await learnerWhoStarted(db, course.courseId);

    expect(await deliver(stub.event("video.upload.asset_created", upload))).toEqual({ status: 200, json: expect.objectContaining({ outcome: "applied" }) });
    expect(await assetRow(ticket.assetId)).toMatchObject({ status: "PROCESSING", muxAssetId: muxAsset.id });
    expect(await getLessonPlayback(learner, course.videoLessonId)).toEqual({ state: "processing" });

    const ready = stub.finishAsset(muxAsset.id, 12.04);
    expect((await deliver(stub.event("video.asset.ready", ready))).json.outcome).toBe("applied");
    expect(await assetRow(ticket.assetId)).toMatchObject({ status: "READY", muxPlaybackId: ready.playback_ids[0]!.id, durationSeconds: 12.04, errorMessage: null });

    const before = Math.floor(Date.now() / 1000);
    const playback = await getLessonPlayback(learner, course.videoLessonId);
    if (playback.state !== "ready" || playback.source.provider !== "MUX") throw new Error("expected a ready Mux video");
    expect(playback.source.playbackId).toBe(ready.playback_ids[0]!.id);
    const video = decodeJwt(playback.source.tokens!.playback);
    expect(video.ok).toBe(true);
    expect(video.header).toMatchObject({ alg: "RS256" });
    expect(video.claims).toMatchObject({ sub: ready.playback_ids[0]!.id, aud: "v", kid: "test-signing-key" });
    expect(video.claims.exp - before).toBeGreaterThanOrEqual(2 * 3600 - 5);
    expect(video.claims.exp - before).toBeLessThanOrEqual(2 * 3600 + 5);
    expect(decodeJwt(playback.source.tokens!.thumbnail).claims.aud).toBe("t");
    expect(decodeJwt(playback.source.tokens!.storyboard).claims.aud).toBe("s");

    // No token for someone who may not see the lesson.
    const stranger = await createActorWithRole(db, "LEARNER");
    await expect(getLessonPlayback(stranger, course.videoLessonId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reports Mux's own message when processing fails", async () => {
    const { ticket, upload, muxAsset } = await uploadedToMux();
    await deliver(stub.event("video.upload.asset_created", upload));
    const course = await createVideoCourse(db, { assetId: ticket.assetId });
    const errored = { ...muxAsset, status: "errored", errors: { type: "invalid_input", messages: ["The input file could not be decoded."] } };
    expect((await deliver(stub.event("video.asset.errored", errored))).json.outcome).toBe("applied");
    expect(await assetRow(ticket.assetId)).toMatchObject({ status: "ERRORED", errorMessage: "The input file could not be decoded." });
    expect(await getLessonPlayback(admin, course.videoLessonId)).toEqual({ state: "errored", message: "The input file could not be decoded." });
  });

  it("leaves nothing behind when Mux refuses to create the upload", async () => {
    const before = await db.mediaAsset.count();
    stub.failNext("POST /video/v1/uploads", 400, "cors_origin is not a valid origin");
    await expect(createVideoUpload(admin, { fileName: "x.mp4", sizeBytes: 10, durationSeconds: null })).rejects.toMatchObject({ code: "MUX_UNAVAILABLE" });
    expect(await db.mediaAsset.count()).toBe(before);
  });
});

describe("Mux webhook signatures and deliveries", () => {
  it("refuses a wrong secret, a tampered body, a stale timestamp and a missing signature with 400, changing nothing", async () => {
    const { ticket, upload } = await uploadedToMux();
    const event = stub.event("video.upload.asset_created", upload);
    const unchanged = await assetRow(ticket.assetId);

    const wrongSecret = await deliver(event, { secret: "not-the-secret" });
    expect(wrongSecret.status).toBe(400);
    const tampered = await deliver(event, { tamper: (b) => b.replace(upload.asset_id!, "as-forged") });
    expect(tampered.status).toBe(400);
    const stale = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(stale.status).toBe(400);
    expect(stale.json.error).toMatchObject({ code: "INVALID", message: expect.stringMatching(/too old/) });
    const unsigned = await deliver(event, { headers: { "content-type": "application/json" } });
    expect(unsigned.status).toBe(400);

    expect(await assetRow(ticket.assetId)).toEqual(unchanged);
    expect(await db.muxWebhookEvent.count({ where: { id: event.id } })).toBe(0);
    // The genuine delivery of the same event is then accepted.
    expect((await deliver(event)).status).toBe(200);
    expect((await assetRow(ticket.assetId)).status).toBe("PROCESSING");
  });

  it("applies a delivery twice as once", async () => {
    const { ticket, upload, muxAsset } = await uploadedToMux();
    await deliver(stub.event("video.upload.asset_created", upload));
    const ready = stub.event("video.asset.ready", stub.finishAsset(muxAsset.id, 12));
    expect((await deliver(ready)).json.outcome).toBe("applied");
    const after = await assetRow(ticket.assetId);
    expect((await deliver(ready)).json.outcome).toBe("duplicate");
    expect(await assetRow(ticket.assetId)).toEqual(after);
  });

  it("ends in the same state whatever order the events arrive in", async () => {
    const inOrder = await uploadedToMux();
    const outOfOrder = await uploadedToMux();
    const t = Date.now();
    const events = (u: Awaited<ReturnType<typeof uploadedToMux>>) => {
      const created = stub.event("video.upload.asset_created", u.upload, new Date(t - 3000));
      const ready = stub.event("video.asset.ready", stub.finishAsset(u.muxAsset.id, 12), new Date(t - 1000));
      return { created, ready };
    };
    const a = events(inOrder);
    await deliver(a.created);
    await deliver(a.ready);
    const b = events(outOfOrder);
    expect((await deliver(b.ready)).json.outcome).toBe("applied");
    // The older "asset created" arrives last: it must not send the video back to processing.
    expect((await deliver(b.created)).json.outcome).toBe("stale");

    const x = await assetRow(inOrder.ticket.assetId);
    const y = await assetRow(outOfOrder.ticket.assetId);
    expect(x.status).toBe("READY");
    expect(y).toMatchObject({ status: x.status, durationSeconds: x.durationSeconds, errorMessage: x.errorMessage, muxAssetId: outOfOrder.muxAsset.id });
    expect(y.muxPlaybackId).toBeTruthy();
  });

  it("keeps a deleted asset deleted when an older event arrives late", async () => {
    const { ticket, upload, muxAsset } = await uploadedToMux();
    const t = Date.now();
    const ready = stub.event("video.asset.ready", stub.finishAsset(muxAsset.id, 12), new Date(t - 2000));
    await deliver(stub.event("video.upload.asset_created", upload, new Date(t - 3000)));
    await deliver(stub.event("video.asset.deleted", muxAsset, new Date(t - 1000)));
    await deliver(ready);
    expect((await assetRow(ticket.assetId)).status).toBe("DELETED");
  });

  it("acknowledges events for assets Pathway does not know, without changing anything", async () => {
    const res = await deliver(stub.event("video.asset.ready", { id: "as-elsewhere", playback_ids: [], status: "ready" }));
    expect(res).toEqual({ status: 200, json: expect.objectContaining({ outcome: "unknown-asset" }) });
    expect((await deliver(stub.event("video.live_stream.idle", { id: "ls-1" }))).json.outcome).toBe("ignored");
  });
});

describe("captions on a Mux video", () => {
  it("adds the WebVTT file to the Mux asset as a text track Mux fetches from a signed URL", async () => {
    const { ticket, upload, muxAsset } = await uploadedToMux();
    const track = { assetId: ticket.assetId, language: "fr" as const, label: "Français" };
    const vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nRespirez.\n";
    await expect(addCaption(admin, track, vtt)).rejects.toMatchObject({ code: "CONFLICT" });
    await deliver(stub.event("video.upload.asset_created", upload));
    await deliver(stub.event("video.asset.ready", stub.finishAsset(muxAsset.id, 12)));

    const summary = await addCaption(admin, track, vtt);
    expect(summary.captions).toEqual([expect.objectContaining({ language: "fr", status: "PREPARING" })]);
    const sent = stub.assets.get(muxAsset.id)!.tracks;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "text", text_type: "subtitles", language_code: "fr", name: "Français" });
    const url = new URL(sent[0]!.url);
    expect(url.origin).toBe("https://pathway.example.org");

    // Mux fetching the URL (no session): the file; a forged signature: nothing.
    const captionId = summary.captions[0]!.id;
    session.actor = null;
    const fetched = await captionRoute(new Request(url), { params: Promise.resolve({ captionId }) });
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toBe(vtt);
    url.searchParams.set("sig", "0".repeat(64));
    expect((await captionRoute(new Request(url), { params: Promise.resolve({ captionId }) })).status).toBe(403);

    // Mux reports the track ready; a replacement swaps the Mux track instead of adding a second one.
    const muxTrackId = sent[0]!.id;
    await deliver(stub.event("video.asset.track.ready", { ...sent[0], asset_id: muxAsset.id, status: "ready" }));
    expect((await getAsset(admin, ticket.assetId)).captions[0]).toMatchObject({ status: "READY" });
    await addCaption(admin, track, "WEBVTT\n\n00:00.000 --> 00:02.000\nInspirez.\n");
    expect(stub.assets.get(muxAsset.id)!.tracks.map((t) => t.id)).not.toContain(muxTrackId);
    expect(stub.assets.get(muxAsset.id)!.tracks).toHaveLength(1);
  });
});
