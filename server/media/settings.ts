import "server-only";
import { env } from "~/server/env";
import { isMuxEnabled, isSignedPlayback } from "~/server/media/mux";

/** What the uploader shows: where videos go and the size limit of local uploads. */
export function mediaSettings() {
  const mux = isMuxEnabled();
  return { provider: mux ? ("MUX" as const) : ("LOCAL" as const), signedPlayback: mux && isSignedPlayback(), maxBytes: mux ? null : env().MEDIA_MAX_BYTES };
}
