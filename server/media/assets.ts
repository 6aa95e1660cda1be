import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { open } from "node:fs/promises";
import { db } from "~/server/db";
import { appUrl, env } from "~/server/env";
import { AppError } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor } from "~/server/auth/roles";
import { CAPTION_MAX_BYTES, type AttachVideoInput, type CaptionInput, type CreateVideoUploadInput } from "~/lib/schemas/media";
import { DEFAULT_WATCHED_THRESHOLD } from "~/lib/schemas/courses";
import { canManageMedia, canViewAsset, canViewLesson } from "~/server/media/policy";
import { isMuxEnabled, isSignedPlayback, muxClient, signPlaybackTokens, type PlaybackTokens } from "~/server/media/mux";
import { sniffSubtitleVtt } from "~/server/media/sniff";
import { videoDurationSeconds, type ByteSource } from "~/server/media/duration";
import { formatBytes, removeStoredFile, resolveStoredPath, storeCaptionFile, storeVideoUpload } from "~/server/media/local-storage";

function requireManager(actor: Actor) {
  if (!canManageMedia(actor)) throw new AppError("FORBIDDEN", "media.managersOnly");
}

/** Where the browser sends the file: Mux's signed upload URL, or Pathway's own upload route. */
export type VideoUploadTicket = { assetId: string; provider: "LOCAL" | "MUX"; uploadUrl: string; maxBytes: number | null };

/** How long Mux keeps a direct-upload URL open (seconds): a 2 GB file over a slow office link fits. */
const MUX_UPLOAD_TIMEOUT_SECONDS = 6 * 60 * 60;

/**
 * Starts a video upload: a MediaAsset waiting for its file, and the URL the browser PUTs the file to. With Mux, a
 * direct upload created server-side (the asset's id travels as `passthrough`, so every webhook finds it); without,
 * the local upload route. Nothing is attached to a lesson until the admin chooses to.
 */
export async function createVideoUpload(actor: Actor, input: CreateVideoUploadInput, opts: { corsOrigin?: string } = {}): Promise<VideoUploadTicket> {
  requireManager(actor);
  if (!isMuxEnabled()) {
    const maxBytes = env().MEDIA_MAX_BYTES;
    if (input.sizeBytes > maxBytes) throw new AppError("TOO_LARGE", "media.fileTooLarge", { limit: formatBytes(maxBytes) }, { field: "file" });
    const asset = await db.$transaction(async (tx) => {
      const a = await tx.mediaAsset.create({
        data: { provider: "LOCAL", status: "WAITING", title: input.fileName, durationSeconds: input.durationSeconds, createdById: actor.id },
        select: { id: true },
      });
      await audit(tx, actor, "media.upload.start", "MediaAsset", a.id, { data: { provider: "LOCAL", fileName: input.fileName, sizeBytes: input.sizeBytes } });
      return a;
    });
    return { assetId: asset.id, provider: "LOCAL", uploadUrl: `/api/media/uploads/${asset.id}`, maxBytes };
  }

  const signed = isSignedPlayback();
  const asset = await db.mediaAsset.create({
    data: { provider: "MUX", status: "WAITING", title: input.fileName, playbackPolicy: signed ? "SIGNED" : "PUBLIC", createdById: actor.id },
    select: { id: true },
  });
  try {
    const upload = await muxClient().video.uploads.create({
      cors_origin: opts.corsOrigin ?? appOrigin(),
      timeout: MUX_UPLOAD_TIMEOUT_SECONDS,
      new_asset_settings: { playback_policies: [signed ? "signed" : "public"], passthrough: asset.id, video_quality: "basic" },
    });
    if (!upload.url) throw new Error("Mux returned a direct upload without a URL.");
    await db.$transaction(async (tx) => {
      await tx.mediaAsset.update({ where: { id: asset.id }, data: { muxUploadId: upload.id } });
      await audit(tx, actor, "media.upload.start", "MediaAsset", asset.id, { data: { provider: "MUX", fileName: input.fileName, sizeBytes: input.sizeBytes, muxUploadId: upload.id } });
    });
    return { assetId: asset.id, provider: "MUX", uploadUrl: upload.url, maxBytes: null };
  } catch (error) {
    // Nothing half-made stays behind when Mux refuses or cannot be reached.
    await db.mediaAsset.delete({ where: { id: asset.id } });
    throw new AppError("MUX_UNAVAILABLE", "media.muxUploadRefused", { reason: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
}

/** The app's public origin, which Mux needs for CORS. */
function appOrigin(): string {
  return new URL(appUrl()).origin;
}

/**
 * Receives the file of a local upload (the route streams the request body here). The type comes from the first
 * bytes, the size limit is enforced while streaming, and the duration is read from the file (else the uploader's
 * measurement is kept). A second upload to the same asset is refused and leaves the first one intact.
 */
export async function receiveLocalUpload(actor: Actor, assetId: string, body: ReadableStream<Uint8Array> | null, declaredLength: number | null) {
  requireManager(actor);
  const asset = await db.mediaAsset.findUnique({ where: { id: assetId }, select: { id: true, provider: true, status: true, durationSeconds: true } });
  if (!asset || asset.provider !== "LOCAL") throw new AppError("NOT_FOUND", "media.uploadNotFound");
  if (asset.status !== "WAITING") throw new AppError("CONFLICT", "media.alreadyUploaded");
  if (!body) throw new AppError("INVALID", "media.emptyFile");
  const maxBytes = env().MEDIA_MAX_BYTES;
  if (declaredLength !== null && declaredLength > maxBytes) throw new AppError("TOO_LARGE", "media.fileTooLarge", { limit: formatBytes(maxBytes) });

  const stored = await storeVideoUpload(body, `${asset.id}-${randomBytes(4).toString("hex")}`, maxBytes);
  try {
    const fromFile = await readDuration(stored.storagePath, stored.sizeBytes, stored.mimeType);
    const updated = await db.$transaction(async (tx) => {
      const res = await tx.mediaAsset.updateMany({
        where: { id: asset.id, status: "WAITING" },
        data: {
          status: "READY",
          storagePath: stored.storagePath,
          sizeBytes: BigInt(stored.sizeBytes),
          mimeType: stored.mimeType,
          durationSeconds: fromFile ?? asset.durationSeconds,
        },
      });
      if (res.count === 1) {
        await audit(tx, actor, "media.upload.complete", "MediaAsset", asset.id, { data: { sizeBytes: stored.sizeBytes, mimeType: stored.mimeType } });
      }
      return res.count === 1;
    });
    if (!updated) throw new AppError("CONFLICT", "media.alreadyUploaded");
  } catch (error) {
    await removeStoredFile(stored.storagePath);
    throw error;
  }
  return assetSummary(asset.id);
}

async function readDuration(storagePath: string, size: number, mimeType: string): Promise<number | null> {
  const file = await open(resolveStoredPath(storagePath), "r");
  try {
    const src: ByteSource = {
      size,
      read: async (offset, length) => {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await file.read(buffer, 0, buffer.byteLength, offset);
        return buffer.subarray(0, bytesRead);
      },
    };
    return await videoDurationSeconds(src, mimeType);
  } finally {
    await file.close();
  }
}

export type AssetSummary = {
  id: string;
  provider: "LOCAL" | "MUX";
  status: "WAITING" | "PROCESSING" | "READY" | "ERRORED" | "DELETED";
  title: string;
  errorMessage: string | null;
  durationSeconds: number | null;
  sizeBytes: number | null;
  captions: { id: string; language: string; label: string; status: "PREPARING" | "READY" | "ERRORED"; errorMessage: string | null }[];
};

async function assetSummary(assetId: string): Promise<AssetSummary> {
  const a = await db.mediaAsset.findUnique({
    where: { id: assetId },
    select: {
      id: true,
      provider: true,
      status: true,
      title: true,
      errorMessage: true,
      durationSeconds: true,
      sizeBytes: true,
      captions: { select: { id: true, language: true, label: true, status: true, errorMessage: true }, orderBy: { language: "asc" } },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", "media.videoNotFound");
  return { ...a, sizeBytes: a.sizeBytes === null ? null : Number(a.sizeBytes) };
}

/** For the lesson editor: where processing stands ("processing" until Mux says ready or errored), and the captions. */
export async function getAsset(actor: Actor, assetId: string): Promise<AssetSummary> {
  requireManager(actor);
  return assetSummary(assetId);
}

/**
 * Puts a video on a video lesson of a draft version (a published version never changes: editing a published course
 * opens a new draft first). The asset may still be processing: learners see "processing" until it is ready.
 */
export async function attachVideoToLesson(actor: Actor, input: AttachVideoInput) {
  requireManager(actor);
  return db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({ where: { id: input.lessonId }, select: { id: true, kind: true, mediaAssetId: true, version: { select: { publishedAt: true } } } });
    if (!lesson) throw new AppError("NOT_FOUND", "media.lessonNotFound");
    if (lesson.kind !== "VIDEO") throw new AppError("INVALID", "media.notVideoLesson");
    if (lesson.version.publishedAt) throw new AppError("CONFLICT", "media.versionPublished");
    const asset = await tx.mediaAsset.findUnique({ where: { id: input.assetId }, select: { id: true, status: true } });
    if (!asset) throw new AppError("NOT_FOUND", "media.videoNotFound");
    if (asset.status === "ERRORED" || asset.status === "DELETED") throw new AppError("CONFLICT", "media.videoUnplayable");
    await tx.lesson.update({ where: { id: lesson.id }, data: { mediaAssetId: asset.id } });
    await audit(tx, actor, "lesson.video.attach", "Lesson", lesson.id, { data: { from: lesson.mediaAssetId, to: asset.id } });
    return { lessonId: lesson.id, assetId: asset.id };
  });
}

// ── Captions ──

/** How long a caption URL handed to Mux stays valid: Mux fetches it within minutes of the request. */
const CAPTION_URL_SECONDS = 24 * 60 * 60;

function captionSignature(captionId: string, expires: number): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`caption:${captionId}:${expires}`).digest("hex");
}

/** A URL Mux can fetch a caption file from without a session: signed, for this caption only, for a day. */
export function signedCaptionUrl(captionId: string, asOf: Date = new Date()): string {
  const expires = Math.floor(asOf.getTime() / 1000) + CAPTION_URL_SECONDS;
  return appUrl(`/api/media/captions/${captionId}?expires=${expires}&sig=${captionSignature(captionId, expires)}`);
}

export function verifyCaptionSignature(captionId: string, expires: string | null, sig: string | null, asOf: Date = new Date()): boolean {
  if (!expires || !sig || !/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(sig)) return false;
  if (Number(expires) < Math.floor(asOf.getTime() / 1000)) return false;
  return timingSafeEqual(Buffer.from(sig, "hex"), Buffer.from(captionSignature(captionId, Number(expires)), "hex"));
}

/**
 * Adds (or replaces) an asset's caption track for a language from a WebVTT file. The file is stored with the
 * asset either way: a local video serves it as a <track>; for a Mux video it is also added to the Mux asset as a
 * text track (Mux fetches it from a signed URL), so that Mux streams it in the HLS manifest to any player.
 */
export async function addCaption(actor: Actor, input: CaptionInput, vtt: string) {
  requireManager(actor);
  if (Buffer.byteLength(vtt, "utf8") > CAPTION_MAX_BYTES) throw new AppError("TOO_LARGE", "media.captionTooLarge", { limit: formatBytes(CAPTION_MAX_BYTES) }, { field: "file" });
  if (!sniffSubtitleVtt(vtt)) throw new AppError("INVALID", "media.notWebVtt", undefined, { field: "file" });
  const asset = await db.mediaAsset.findUnique({ where: { id: input.assetId }, select: { id: true, provider: true, status: true, muxAssetId: true } });
  if (!asset || asset.status === "DELETED") throw new AppError("NOT_FOUND", "media.videoNotFound");
  if (asset.provider === "MUX" && (asset.status !== "READY" || !asset.muxAssetId)) {
    throw new AppError("CONFLICT", "media.captionsBeforeReady");
  }
  const existing = await db.captionTrack.findUnique({ where: { assetId_language: { assetId: asset.id, language: input.language } }, select: { id: true, muxTrackId: true, storagePath: true } });
  const storagePath = await storeCaptionFile(asset.id, input.language, vtt.replace(/^\uFEFF/, ""));
  const sizeBytes = Buffer.byteLength(vtt, "utf8");

  const caption = await db.$transaction(async (tx) => {
    const c = await tx.captionTrack.upsert({
      where: { assetId_language: { assetId: asset.id, language: input.language } },
      create: { assetId: asset.id, language: input.language, label: input.label, storagePath, sizeBytes, status: asset.provider === "MUX" ? "PREPARING" : "READY" },
      update: { label: input.label, storagePath, sizeBytes, muxTrackId: null, errorMessage: null, status: asset.provider === "MUX" ? "PREPARING" : "READY" },
      select: { id: true },
    });
    await audit(tx, actor, existing ? "media.caption.replace" : "media.caption.add", "CaptionTrack", c.id, { data: { assetId: asset.id, language: input.language } });
    return c;
  });

  if (asset.provider === "MUX" && asset.muxAssetId) {
    const mux = muxClient();
    if (existing?.muxTrackId) await mux.video.assets.deleteTrack(asset.muxAssetId, existing.muxTrackId).catch(() => undefined);
    try {
      const track = await mux.video.assets.createTrack(asset.muxAssetId, {
        type: "text",
        text_type: "subtitles",
        language_code: input.language,
        name: input.label,
        closed_captions: false,
        url: signedCaptionUrl(caption.id),
        passthrough: caption.id,
      });
      await db.captionTrack.update({ where: { id: caption.id }, data: { muxTrackId: track.id ?? null } });
    } catch (error) {
      await db.captionTrack.update({ where: { id: caption.id }, data: { status: "ERRORED", errorMessage: `Mux did not accept the caption track: ${error instanceof Error ? error.message : String(error)}` } });
    }
  }
  return assetSummary(asset.id);
}

export async function removeCaption(actor: Actor, captionId: string) {
  requireManager(actor);
  const caption = await db.captionTrack.findUnique({ where: { id: captionId }, select: { id: true, assetId: true, language: true, storagePath: true, muxTrackId: true, asset: { select: { muxAssetId: true } } } });
  if (!caption) throw new AppError("NOT_FOUND", "media.captionNotFound");
  await db.$transaction(async (tx) => {
    await tx.captionTrack.delete({ where: { id: caption.id } });
    await audit(tx, actor, "media.caption.remove", "CaptionTrack", caption.id, { data: { assetId: caption.assetId, language: caption.language } });
  });
  await removeStoredFile(caption.storagePath);
  if (caption.muxTrackId && caption.asset.muxAssetId) {
    await muxClient().video.assets.deleteTrack(caption.asset.muxAssetId, caption.muxTrackId).catch(() => undefined);
  }
  return assetSummary(caption.assetId);
}

/**
 * A caption file for the serving route: for a viewer of its video, or for Mux holding a valid signed URL. Without
 * either, a signed-out request is asked to sign in and a signed-in one is refused.
 */
export async function captionForViewer(actor: Actor | null, captionId: string, signature: { expires: string | null; sig: string | null }): Promise<{ storagePath: string }> {
  const caption = await db.captionTrack.findUnique({ where: { id: captionId }, select: { id: true, assetId: true, storagePath: true } });
  if (!caption) throw new AppError("NOT_FOUND", "media.captionNotFound");
  if (verifyCaptionSignature(caption.id, signature.expires, signature.sig)) return caption;
  // A URL whose signature fails is refused as such; a plain request without a session is asked to sign in.
  if (!actor) throw signature.sig ? new AppError("FORBIDDEN", "media.captionsForbidden") : new AppError("UNAUTHORIZED", "common.signIn");
  if (await canViewAsset(actor, caption.assetId)) return caption;
  throw new AppError("FORBIDDEN", "media.captionsForbidden");
}

/** A local video's file for the range-serving route, only for someone allowed to see a lesson showing it. */
export async function videoFileForViewer(actor: Actor, assetId: string): Promise<{ storagePath: string; mimeType: string }> {
  const asset = await db.mediaAsset.findUnique({ where: { id: assetId }, select: { id: true, provider: true, status: true, storagePath: true, mimeType: true } });
  if (!asset || asset.provider !== "LOCAL" || asset.status !== "READY" || !asset.storagePath || !asset.mimeType) throw new AppError("NOT_FOUND", "media.videoNotFound");
  if (!(await canViewAsset(actor, asset.id))) throw new AppError("FORBIDDEN", "media.videoForbidden");
  return { storagePath: asset.storagePath, mimeType: asset.mimeType };
}

// ── Playback ──

export type CaptionSource = { id: string; language: string; label: string; src: string };

export type LessonPlayback =
  | { state: "none" }
  | { state: "processing" }
  | { state: "errored"; message: string | null }
  /** removed at Mux: the player words it in the learner's language */
  | { state: "deleted" }
  | {
      state: "ready";
      assetId: string;
      durationSeconds: number | null;
      source:
        | { provider: "LOCAL"; src: string; mimeType: string; captions: CaptionSource[] }
        | { provider: "MUX"; playbackId: string; tokens: PlaybackTokens | null; captions: CaptionSource[] };
    };

/**
 * What the player needs for a video lesson, only for someone allowed to see the lesson: a local file's URL and
 * its caption tracks, or a Mux playback ID (with short-lived signed tokens when playback is signed).
 */
export async function getLessonPlayback(actor: Actor, lessonId: string): Promise<LessonPlayback> {
  if (!(await canViewLesson(actor, lessonId))) throw new AppError("FORBIDDEN", "media.lessonForbidden");
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      kind: true,
      mediaAsset: {
        select: {
          id: true,
          provider: true,
          status: true,
          errorMessage: true,
          mimeType: true,
          muxPlaybackId: true,
          playbackPolicy: true,
          durationSeconds: true,
          captions: { where: { status: "READY" }, select: { id: true, language: true, label: true }, orderBy: { language: "asc" } },
        },
      },
    },
  });
  if (!lesson || lesson.kind !== "VIDEO") throw new AppError("NOT_FOUND", "media.noVideo");
  const a = lesson.mediaAsset;
  if (!a) return { state: "none" };
  if (a.status === "DELETED") return { state: "deleted" };
  if (a.status === "ERRORED") return { state: "errored", message: a.errorMessage };
  if (a.status !== "READY") return { state: "processing" };
  const captions = a.captions.map((c) => ({ ...c, src: `/api/media/captions/${c.id}` }));
  if (a.provider === "LOCAL") {
    return { state: "ready", assetId: a.id, durationSeconds: a.durationSeconds, source: { provider: "LOCAL", src: `/api/media/assets/${a.id}/video`, mimeType: a.mimeType ?? "video/mp4", captions } };
  }
  if (!a.muxPlaybackId) return { state: "processing" };
  const tokens = a.playbackPolicy === "SIGNED" ? await signPlaybackTokens(a.muxPlaybackId) : null;
  return { state: "ready", assetId: a.id, durationSeconds: a.durationSeconds, source: { provider: "MUX", playbackId: a.muxPlaybackId, tokens, captions } };
}

/** The share of a lesson's video a learner must watch, 0..1 (the lesson's percentage, 90 % when unset). */
export function lessonThreshold(watchedThreshold: number | null): number {
  return (watchedThreshold ?? DEFAULT_WATCHED_THRESHOLD) / 100;
}
