import "server-only";
import { z } from "zod";
import { db, type Tx } from "~/server/db";
import { AppError } from "~/server/errors";
import { isMuxEnabled, muxClient } from "~/server/media/mux";
import type { MediaAssetStatus } from "~/server/generated/prisma/enums";
import type { Prisma } from "~/server/generated/prisma/client";

// Only the fields Pathway reads; Mux sends much more, and new fields must not break parsing.
const PassthroughSettings = z.object({ passthrough: z.string().optional() }).loose();
const UploadData = z
  .object({
    id: z.string(),
    asset_id: z.string().optional(),
    new_asset_settings: PassthroughSettings.optional(),
    error: z.object({ type: z.string().optional(), message: z.string().optional() }).loose().optional(),
  })
  .loose();
const AssetData = z
  .object({
    id: z.string(),
    upload_id: z.string().optional(),
    passthrough: z.string().optional(),
    duration: z.number().optional(),
    playback_ids: z.array(z.object({ id: z.string(), policy: z.string() }).loose()).optional(),
    errors: z.object({ type: z.string().optional(), messages: z.array(z.string()).optional() }).loose().optional(),
  })
  .loose();
const TrackData = z
  .object({
    id: z.string(),
    asset_id: z.string().optional(),
    error: z.object({ type: z.string().optional(), messages: z.array(z.string()).optional() }).loose().optional(),
  })
  .loose();
const Envelope = z.object({ id: z.string().min(1), type: z.string().min(1), created_at: z.string(), data: z.unknown() }).loose();
export type MuxEvent = z.infer<typeof Envelope>;

/**
 * Verifies a delivery with the webhook secret (HMAC of "timestamp.body", at most 5 minutes old) and parses it.
 * `rawBody` must be the exact bytes Mux sent: read it with `await req.text()` before any JSON parsing. A missing,
 * wrong or stale signature is INVALID (400) and changes nothing; without Mux the webhook does not exist (404).
 */
export async function verifyMuxWebhook(rawBody: string, headers: Headers): Promise<MuxEvent> {
  if (!isMuxEnabled()) throw new AppError("NOT_FOUND", "media.webhookOff");
  let parsed: unknown;
  try {
    parsed = await muxClient().webhooks.unwrap(rawBody, headers);
  } catch (error) {
    throw new AppError("INVALID", "media.webhookSignature", { reason: error instanceof Error ? error.message : "no valid signature" }, { cause: error });
  }
  const event = Envelope.safeParse(parsed);
  if (!event.success) throw new AppError("INVALID", "media.webhookNotEvent");
  return event.data;
}

/** Forward order of an asset's life; ERRORED and READY are both "processing finished". */
const RANK: Record<MediaAssetStatus, number> = { WAITING: 0, PROCESSING: 1, READY: 2, ERRORED: 2, DELETED: 3 };

export type WebhookOutcome = "applied" | "duplicate" | "stale" | "unknown-asset" | "ignored";

type Change = {
  status?: MediaAssetStatus;
  muxAssetId?: string;
  muxPlaybackId?: string;
  durationSeconds?: number;
  errorMessage?: string | null;
};
type Locator = { passthrough?: string; uploadId?: string; muxAssetId?: string };

function describeAssetEvent(type: string, data: unknown): { locator: Locator; change: Change } | null {
  if (type.startsWith("video.upload.")) {
    const u = UploadData.safeParse(data);
    if (!u.success) return null;
    const locator = { passthrough: u.data.new_asset_settings?.passthrough, uploadId: u.data.id, muxAssetId: u.data.asset_id };
    switch (type) {
      case "video.upload.asset_created":
        return { locator, change: { status: "PROCESSING", muxAssetId: u.data.asset_id } };
      case "video.upload.errored":
        return { locator, change: { status: "ERRORED", errorMessage: u.data.error?.message ?? "Mux could not receive the upload." } };
      case "video.upload.cancelled":
        return { locator, change: { status: "ERRORED", errorMessage: "The upload was cancelled before it finished." } };
      default:
        return null;
    }
  }
  const a = AssetData.safeParse(data);
  if (!a.success) return null;
  const locator = { passthrough: a.data.passthrough, uploadId: a.data.upload_id, muxAssetId: a.data.id };
  switch (type) {
    case "video.asset.created":
      return { locator, change: { status: "PROCESSING", muxAssetId: a.data.id } };
    case "video.asset.ready": {
      const ids = a.data.playback_ids ?? [];
      const playback = ids.find((p) => p.policy === "signed") ?? ids.find((p) => p.policy === "public") ?? ids[0];
      return {
        locator,
        change: { status: "READY", muxAssetId: a.data.id, muxPlaybackId: playback?.id, durationSeconds: a.data.duration, errorMessage: null },
      };
    }
    case "video.asset.errored": {
      const messages = a.data.errors?.messages?.filter(Boolean) ?? [];
      return { locator, change: { status: "ERRORED", muxAssetId: a.data.id, errorMessage: messages.join(" ") || a.data.errors?.type || "Mux could not process this video." } };
    }
    case "video.asset.deleted":
      return { locator, change: { status: "DELETED", muxAssetId: a.data.id } };
    default:
      return null;
  }
}

async function findAsset(tx: Tx, l: Locator) {
  const select = { id: true, status: true, lastEventAt: true, muxAssetId: true, muxPlaybackId: true, durationSeconds: true } as const;
  if (l.passthrough) {
    const byId = await tx.mediaAsset.findFirst({ where: { id: l.passthrough, provider: "MUX" }, select });
    if (byId) return byId;
  }
  if (l.uploadId) {
    const byUpload = await tx.mediaAsset.findUnique({ where: { muxUploadId: l.uploadId }, select });
    if (byUpload) return byUpload;
  }
  if (l.muxAssetId) return tx.mediaAsset.findUnique({ where: { muxAssetId: l.muxAssetId }, select });
  return null;
}

/**
 * Applies one verified Mux event. Idempotent and order-tolerant: a delivery seen before changes nothing; the
 * asset's status only moves forward (an older "asset_created" after "ready" cannot send it back to processing);
 * between the two final states the newer event wins; identifiers and the duration are filled in from whichever
 * event carries them first, so every delivery order ends in the same state.
 */
export async function applyMuxEvent(event: MuxEvent): Promise<WebhookOutcome> {
  const at = new Date(event.created_at);
  const eventAt = Number.isNaN(at.getTime()) ? new Date(0) : at;
  return db.$transaction(async (tx) => {
    const inserted = await tx.muxWebhookEvent.createMany({
      data: [{ id: event.id, type: event.type, objectId: objectIdOf(event.data) }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return "duplicate";

    if (event.type === "video.asset.track.ready" || event.type === "video.asset.track.errored") {
      return applyTrackEvent(tx, event.type, event.data);
    }
    const described = describeAssetEvent(event.type, event.data);
    if (!described) return "ignored";
    const found = await findAsset(tx, described.locator);
    if (!found) return "unknown-asset";
    // Serialise concurrent deliveries for the same asset.
    await tx.$queryRaw`SELECT id FROM "MediaAsset" WHERE id = ${found.id} FOR UPDATE`;
    const asset = (await findAsset(tx, { passthrough: found.id }))!;

    const { change } = described;
    const data: Prisma.MediaAssetUpdateInput = {};
    // Identifiers never change once known; fill the ones still missing.
    if (change.muxAssetId && !asset.muxAssetId) data.muxAssetId = change.muxAssetId;
    if (change.muxPlaybackId && !asset.muxPlaybackId) data.muxPlaybackId = change.muxPlaybackId;
    if (change.durationSeconds && !asset.durationSeconds) data.durationSeconds = change.durationSeconds;

    const newer = !asset.lastEventAt || eventAt > asset.lastEventAt;
    const target = change.status;
    const forward = target !== undefined && (RANK[target] > RANK[asset.status] || (RANK[target] === RANK[asset.status] && target !== asset.status && newer));
    if (forward) {
      data.status = target;
      if (change.errorMessage !== undefined) data.errorMessage = change.errorMessage;
    }
    if (newer) data.lastEventAt = eventAt;
    if (Object.keys(data).length === 0) return "stale";
    await tx.mediaAsset.update({ where: { id: asset.id }, data });
    return forward || data.muxAssetId || data.muxPlaybackId || data.durationSeconds ? "applied" : "stale";
  });
}

async function applyTrackEvent(tx: Tx, type: string, data: unknown): Promise<WebhookOutcome> {
  const t = TrackData.safeParse(data);
  if (!t.success) return "ignored";
  const track = await tx.captionTrack.findUnique({ where: { muxTrackId: t.data.id }, select: { id: true, status: true } });
  if (!track) return "unknown-asset";
  // A caption that failed stays failed until an admin uploads it again (which creates a new Mux track).
  if (track.status !== "PREPARING") return "stale";
  const errored = type === "video.asset.track.errored";
  await tx.captionTrack.update({
    where: { id: track.id },
    data: errored
      ? { status: "ERRORED", errorMessage: t.data.error?.messages?.join(" ") || "Mux could not read this caption file." }
      : { status: "READY", errorMessage: null },
  });
  return "applied";
}

function objectIdOf(data: unknown): string | null {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id.slice(0, 255) : null;
}
