import "server-only";
import Mux from "@mux/mux-node";
import { env } from "~/server/env";
import { AppError } from "~/server/errors";

/** How long a signed playback token lives: long enough for a lesson with pauses, short enough not to be shared. */
export const PLAYBACK_TOKEN_SECONDS = 2 * 60 * 60;

export type MuxSettings = {
  tokenId: string;
  tokenSecret: string;
  webhookSecret: string;
  signingKeyId: string | null;
  signingPrivateKey: string | null;
  baseURL: string | null;
};

/** Mux's settings when Mux is configured (the env schema requires the three API variables together), else null. */
export function muxSettings(): MuxSettings | null {
  const e = env();
  if (!e.MUX_TOKEN_ID || !e.MUX_TOKEN_SECRET || !e.MUX_WEBHOOK_SECRET) return null;
  return {
    tokenId: e.MUX_TOKEN_ID,
    tokenSecret: e.MUX_TOKEN_SECRET,
    webhookSecret: e.MUX_WEBHOOK_SECRET,
    signingKeyId: e.MUX_SIGNING_KEY_ID ?? null,
    signingPrivateKey: e.MUX_SIGNING_PRIVATE_KEY ?? null,
    baseURL: e.MUX_BASE_URL ?? null,
  };
}

/** New videos go to Mux when it is configured, to local storage otherwise. */
export function isMuxEnabled(): boolean {
  return muxSettings() !== null;
}

/** Signed playback (tokens per viewer) when a signing key is configured; public playback IDs otherwise. */
export function isSignedPlayback(): boolean {
  const s = muxSettings();
  return !!s?.signingKeyId && !!s.signingPrivateKey;
}

let cached: { key: string; client: Mux } | undefined;

/** The Mux API client; refuses with a clear message when Mux is not configured. */
export function muxClient(): Mux {
  const s = muxSettings();
  if (!s) throw new AppError("MUX_NOT_CONFIGURED", "media.muxNotConfigured");
  const key = [s.tokenId, s.tokenSecret, s.webhookSecret, s.baseURL, s.signingKeyId].join("|");
  if (cached?.key !== key) {
    cached = {
      key,
      client: new Mux({
        tokenId: s.tokenId,
        tokenSecret: s.tokenSecret,
        webhookSecret: s.webhookSecret,
        jwtSigningKey: s.signingKeyId,
        jwtPrivateKey: s.signingPrivateKey,
        // A set baseURL also overrides the per-endpoint default host (tests point it at tests/mux-stub.ts).
        ...(s.baseURL ? { baseURL: s.baseURL } : {}),
        // Requests happen inside a person's click; failing fast beats retrying for a minute.
        maxRetries: 1,
        timeout: 20_000,
      }),
    };
  }
  return cached.client;
}

export type PlaybackTokens = { playback: string; thumbnail: string; storyboard: string };

/** Short-lived tokens for a signed playback ID: the video itself, its poster and its seek-preview storyboard. */
export async function signPlaybackTokens(playbackId: string, seconds: number = PLAYBACK_TOKEN_SECONDS): Promise<PlaybackTokens> {
  const s = muxSettings();
  if (!s?.signingKeyId || !s.signingPrivateKey) {
    throw new AppError("MUX_NOT_SIGNED", "media.muxNotSigned");
  }
  const tokens = await muxClient().jwt.signPlaybackId(playbackId, {
    type: ["video", "thumbnail", "storyboard"],
    expiration: `${seconds}s`,
    keyId: s.signingKeyId,
    keySecret: s.signingPrivateKey,
  });
  const playback = tokens["playback-token"];
  const thumbnail = tokens["thumbnail-token"];
  const storyboard = tokens["storyboard-token"];
  if (!playback || !thumbnail || !storyboard) throw new Error("Mux did not sign every playback token.");
  return { playback, thumbnail, storyboard };
}
